// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/rating.h"

#include <QString>

namespace iamm {

// One participant's vote on one item, as the voting page sent it. The client is the random id
// the page keeps in its local storage, so that a changed vote replaces the earlier one.
struct PollVote
{
    QString client;
    QString itemId;
    Rating rating;
    // Optional; empty when the participant gave none.
    QString name;
    QString agency;

    bool operator==(const PollVote &) const = default;
};

} // namespace iamm
