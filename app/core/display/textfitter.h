// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace iamm {

// The largest type size at which texts fit their boxes, measured with the font's metrics
// (word-wrapped as a Text item with Text.Wrap lays them out).
class TextFitter
{
public:
    // The height text takes at pixelSize, word-wrapped to width.
    static qreal wrappedHeight(QFont font, int pixelSize, const QString &text, qreal width);

    // The largest pixel size in [minimum, maximum] at which each text, word-wrapped to width, is
    // at most height high and no word is wider than width; minimum when none fits.
    static int largestFittingSize(const QFont &font, const QStringList &texts, qreal width, qreal height, int minimum,
                                  int maximum);

    // The same for blocks of a bold heading above a body in font: headings[i] over bodies[i].
    static int largestFittingSize(const QFont &font, const QStringList &headings, const QStringList &bodies,
                                  qreal width, qreal height, int minimum, int maximum);
};

} // namespace iamm
