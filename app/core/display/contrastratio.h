// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace iamm {

// WCAG 2.1 contrast between two colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
class ContrastRatio
{
public:
    static constexpr double normalText = 4.5; // success criterion 1.4.3, level AA
    static constexpr double largeText = 3.0; // 18 pt, or 14 pt bold, and larger

    // (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker: 1 to 21.
    static double of(const QColor &first, const QColor &second);
    static double relativeLuminance(const QColor &color);
    // What a colour drawn with the given opacity over an opaque background looks like.
    static QColor composite(const QColor &color, double opacity, const QColor &background);
};

} // namespace iamm
