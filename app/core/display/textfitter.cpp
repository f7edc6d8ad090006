// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/textfitter.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>
#include <functional>
#include <limits>

namespace iamm {

namespace {

bool fits(const QFont &font, int pixelSize, const QStringList &texts, qreal width, qreal height)
{
    for (const QString &text : texts) {
        if (TextFitter::wrappedHeight(font, pixelSize, text, width) > height)
            return false;
    }
    return true;
}

bool blocksFit(const QFont &font, int pixelSize, const QStringList &headings, const QStringList &bodies, qreal width,
               qreal height)
{
    QFont bold = font;
    bold.setBold(true);
    for (int i = 0; i < headings.size(); ++i) {
        const QString body = bodies.value(i);
        const qreal bodyHeight = body.isEmpty() ? 0 : TextFitter::wrappedHeight(font, pixelSize, body, width);
        if (TextFitter::wrappedHeight(bold, pixelSize, headings[i], width) + bodyHeight > height)
            return false;
    }
    return true;
}

// The largest size in [minimum, maximum] for which fitsAt holds, assuming it holds for all
// sizes below one where it holds; minimum when it holds for none.
int largestSize(int minimum, int maximum, const std::function<bool(int)> &fitsAt)
{
    int low = minimum; // the largest size known to fit (or the minimum)
    int high = maximum + 1; // the smallest size known not to fit
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        if (fitsAt(middle))
            low = middle;
        else
            high = middle;
    }
    return low;
}

} // namespace

qreal TextFitter::wrappedHeight(QFont font, int pixelSize, const QString &text, qreal width)
{
    font.setPixelSize(pixelSize);
    const QFontMetricsF metrics(font);
    qreal height = 0;
    // Each paragraph is laid out as the Text item does: wrapped at word boundaries, and a
    // word longer than the line overflows it (which counts as not fitting).
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (line.naturalTextWidth() > width + 0.5)
                return std::numeric_limits<qreal>::infinity();
            height += line.height();
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            height += metrics.height();
    }
    return height;
}

int TextFitter::largestFittingSize(const QFont &font, const QStringList &texts, qreal width, qreal height, int minimum,
                                   int maximum)
{
    if (width <= 0 || height <= 0 || maximum <= minimum)
        return minimum;
    return largestSize(minimum, maximum, [&](int size) { return fits(font, size, texts, width, height); });
}

int TextFitter::largestFittingSize(const QFont &font, const QStringList &headings, const QStringList &bodies,
                                   qreal width, qreal height, int minimum, int maximum)
{
    if (width <= 0 || height <= 0 || maximum <= minimum)
        return minimum;
    return largestSize(minimum, maximum,
                       [&](int size) { return blocksFit(font, size, headings, bodies, width, height); });
}

} // namespace iamm
