// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/walkthroughorder.h"

namespace iamm {

bool visitsBefore(WalkthroughStop a, WalkthroughStop b, WalkthroughOrder order)
{
    if (order == WalkthroughOrder::DivergentFirst && a.divergent != b.divergent)
        return a.divergent;
    return a.position < b.position;
}

} // namespace iamm
