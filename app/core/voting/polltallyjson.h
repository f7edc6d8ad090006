// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/consensus.h"

#include <QByteArray>

namespace iamm {

// A closed vote's tally as `iamm poll serve` prints it:
// {"item", "votes", "counts": {"0".."4", "na"}, "median", "min", "max"}, with the figures of the
// consensus issue (Consensus::ofItem) so that `iamm consensus show` agrees.
class PollTallyJson
{
public:
    static QByteArray toJson(const ItemConsensus &tally);
};

} // namespace iamm
