// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace iamm {

// The order in which the walkthrough visits the items.
enum class WalkthroughOrder {
    Framework,
    // The items where the participants' views diverge first, so the workshop spends its time
    // where views differ; within each group, framework order.
    DivergentFirst,
};

// An item as the walkthrough sees it: its place in the framework and whether views diverge on it.
struct WalkthroughStop
{
    int position = 0;
    bool divergent = false;
};

// Whether the walkthrough in the given order visits a before b.
bool visitsBefore(WalkthroughStop a, WalkthroughStop b, WalkthroughOrder order);

} // namespace iamm
