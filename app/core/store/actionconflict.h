// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/writeconflict.h"

#include <optional>

namespace iamm {

// An action's update refused because someone else changed or removed the action after the editor
// read it (Action::updatedAt). Says who and when, and carries the stored action (none when removed).
class ActionConflict : public WriteConflict
{
public:
    // edited: the action as this user changed it; lastChange: the newest audit entry of the action.
    ActionConflict(const Action &edited, const std::optional<Action> &current,
                   const std::optional<AuditEntry> &lastChange);

    const std::optional<Action> &current() const { return m_current; }

private:
    std::optional<Action> m_current;
};

} // namespace iamm
