// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/writeconflict.h"

namespace iamm {

// An action's update refused because someone else changed the action after the editor read it
// (Action::updatedAt). Says who and when, and carries the stored action.
class ActionConflict : public WriteConflict
{
public:
    // changedBy: the database user of the last change, empty when not known.
    ActionConflict(const Action &current, const QString &changedBy);

    const Action &current() const { return m_current; }

private:
    Action m_current;
};

} // namespace iamm
