// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace iamm {

// An item's rating: a level on the scale, "not applicable", or (neither) not assessed.
struct Rating
{
    std::optional<int> score;
    bool notApplicable = false;

    static Rating level(int value) { return {value, false}; }
    static Rating na() { return {std::nullopt, true}; }
    static Rating notAssessed() { return {}; }
    bool operator==(const Rating &) const = default;
};

} // namespace iamm
