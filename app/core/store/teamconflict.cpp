// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/teamconflict.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

QString describe(const QString &assessmentId, const std::optional<AuditEntry> &lastChange)
{
    if (!lastChange || lastChange->changedBy.isEmpty())
        return QCoreApplication::translate("iamm::TeamConflict",
                                           "the team of assessment %1 was changed after you opened it; "
                                           "your change was not saved")
            .arg(assessmentId);
    const QString when = QLocale().toString(lastChange->changedAt.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("iamm::TeamConflict",
                                       "the team of assessment %1 was changed by %2 at %3 after you opened it; "
                                       "your change was not saved")
        .arg(assessmentId, lastChange->changedBy, when);
}

} // namespace

TeamConflict::TeamConflict(const QString &assessmentId, const QList<TeamMember> &current,
                           const std::optional<AuditEntry> &lastChange)
    : WriteConflict(describe(assessmentId, lastChange))
    , m_current(current)
{}

} // namespace iamm
