// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace iamm::ReportTypography {

// The report's two text sizes, in points: running text, and tables.
inline constexpr double bodyFontPt = 9;
inline constexpr double tableFontPt = 8;

} // namespace iamm::ReportTypography
