#include "textfitter.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>
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
    int low = minimum; // the largest size known to fit (or the minimum)
    int high = maximum + 1; // the smallest size known not to fit
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        if (fits(font, middle, texts, width, height))
            low = middle;
        else
            high = middle;
    }
    return low;
}

} // namespace iamm
