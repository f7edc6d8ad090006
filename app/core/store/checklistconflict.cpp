// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/checklistconflict.h"

#include <QCoreApplication>

namespace iamm {

ChecklistConflict::ChecklistConflict(const QString &entryId, std::optional<ChecklistState> current,
                                     const std::optional<AuditEntry> &lastChange)
    : WriteConflict(naming(lastChange, entryId,
                           QCoreApplication::translate("iamm::ChecklistConflict",
                                                       "the checklist status of %1 was changed after you opened it; "
                                                       "your change was not saved"),
                           QCoreApplication::translate("iamm::ChecklistConflict",
                                                       "the checklist status of %1 was changed by %2 at %3 after you "
                                                       "opened it; your change was not saved")))
    , m_current(current)
{}

} // namespace iamm
