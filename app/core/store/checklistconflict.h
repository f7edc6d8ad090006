// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/writeconflict.h"

#include <optional>

namespace iamm {

// A checklist status refused because someone else changed the entry's status after the editor
// read it. Says who and when (from the audit log), and carries the stored status.
class ChecklistConflict : public WriteConflict
{
public:
    ChecklistConflict(const QString &entryId, std::optional<ChecklistState> current,
                      const std::optional<AuditEntry> &lastChange);

    std::optional<ChecklistState> current() const { return m_current; }

private:
    std::optional<ChecklistState> m_current;
};

} // namespace iamm
