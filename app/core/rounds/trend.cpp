// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/trend.h"

namespace iamm {

std::optional<double> Trend::overallChange(int index) const
{
    if (index <= 0 || index >= rounds.size())
        return std::nullopt;
    const std::optional<double> &now = rounds.at(index).overall;
    const std::optional<double> &before = rounds.at(index - 1).overall;
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

} // namespace iamm
