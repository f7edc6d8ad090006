// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/contrastratio.h"

#include <algorithm>
#include <cmath>

namespace iamm {

namespace {

double linearChannel(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double ContrastRatio::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
           + 0.0722 * linearChannel(rgb.blueF());
}

double ContrastRatio::of(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ContrastRatio::composite(const QColor &color, double opacity, const QColor &background)
{
    auto channel = [&](double top, double bottom) { return top * opacity + bottom * (1 - opacity); };
    const QColor top = color.toRgb();
    const QColor bottom = background.toRgb();
    return QColor::fromRgbF(float(channel(top.redF(), bottom.redF())), float(channel(top.greenF(), bottom.greenF())),
                            float(channel(top.blueF(), bottom.blueF())));
}

} // namespace iamm
