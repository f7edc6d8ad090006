// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/textfit.h"

#include "display/textfitter.h"

#include <cmath>

namespace iamm::gui {

int TextFit::largestPixelSize(const QStringList &texts, const QFont &font, qreal width, qreal height, int minimum,
                              int maximum) const
{
    return iamm::TextFitter::largestFittingSize(font, texts, std::floor(width), std::floor(height), minimum, maximum);
}

int TextFit::largestBlockPixelSize(const QStringList &headings, const QStringList &bodies, const QFont &font,
                                   qreal width, qreal height, int minimum, int maximum) const
{
    return iamm::TextFitter::largestFittingSize(font, headings, bodies, std::floor(width), std::floor(height), minimum,
                                                maximum);
}

} // namespace iamm::gui
