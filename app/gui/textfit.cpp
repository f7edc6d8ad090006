#include "textfit.h"

#include "textfitter.h"

#include <cmath>

int TextFit::largestPixelSize(const QStringList &texts, const QFont &font, qreal width, qreal height, int minimum,
                              int maximum) const
{
    return iamm::TextFitter::largestFittingSize(font, texts, std::floor(width), std::floor(height), minimum, maximum);
}
