// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/facilitatornoteconflict.h"

#include <QCoreApplication>

namespace iamm {

FacilitatorNoteConflict::FacilitatorNoteConflict(const QString &itemId, const QString &current,
                                                 const std::optional<AuditEntry> &lastChange)
    : WriteConflict(naming(lastChange, itemId,
                           QCoreApplication::translate("iamm::FacilitatorNoteConflict",
                                                       "the facilitator's note on %1 was changed after you opened "
                                                       "it; your change was not saved"),
                           QCoreApplication::translate("iamm::FacilitatorNoteConflict",
                                                       "the facilitator's note on %1 was changed by %2 at %3 after "
                                                       "you opened it; your change was not saved")))
    , m_current(current)
{}

} // namespace iamm
