// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/writeconflict.h"

namespace iamm {

// A facilitator's note refused because someone else changed the item's note after the editor read
// it. Says who and when (from the audit log), and carries the stored text (empty: no note).
class FacilitatorNoteConflict : public WriteConflict
{
public:
    FacilitatorNoteConflict(const QString &itemId, const QString &current, const std::optional<AuditEntry> &lastChange);

    const QString &current() const { return m_current; }

private:
    QString m_current;
};

} // namespace iamm
