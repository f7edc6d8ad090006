// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

namespace iamm {

// A change one user made to an action, kept with the version it started from, so that it can be
// applied again over a newer version someone else wrote meanwhile: only the fields this user
// changed take this user's values, the others keep the newer ones.
struct ActionEdit
{
    Action base;
    Action mine;

    Action over(const Action &newer) const;
};

} // namespace iamm
