// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace iamm {

// Plain text wrapped to a width: markup in the text is never interpreted.
// Lines break at word boundaries, or anywhere when a word (a URL, a hash) is wider than the block.
class ReportTextBlock
{
public:
    ReportTextBlock(const QString &text, const QFont &font, double width, QPaintDevice *device,
                    Qt::Alignment alignment = Qt::AlignLeft);

    double height() const;
    int lineCount() const;
    double lineTop(int line) const;
    double lineBottom(int line) const;
    // The first line that does not end within maxHeight of the top (lineCount() when all fit).
    int linesFitting(int fromLine, double maxHeight) const;
    // Draws lines [fromLine, toLine) so that fromLine's top is at topLeft.
    void draw(QPainter &painter, const QPointF &topLeft, int fromLine = 0, int toLine = -1) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
};

} // namespace iamm
