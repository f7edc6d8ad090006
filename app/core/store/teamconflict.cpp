// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/teamconflict.h"

#include <QCoreApplication>

namespace iamm {

TeamConflict::TeamConflict(const QString &assessmentTitle, const QList<TeamMember> &current,
                           const std::optional<AuditEntry> &lastChange)
    : WriteConflict(
        naming(lastChange, assessmentTitle,
               QCoreApplication::translate("iamm::TeamConflict", "the team of %1 was changed after you opened it; "
                                                                 "your change was not saved"),
               QCoreApplication::translate("iamm::TeamConflict", "the team of %1 was changed by %2 at %3 after you "
                                                                 "opened it; your change was not saved")))
    , m_current(current)
{}

} // namespace iamm
