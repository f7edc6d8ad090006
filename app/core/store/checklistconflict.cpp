// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/checklistconflict.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

QString describe(const QString &entryId, const std::optional<AuditEntry> &lastChange)
{
    if (!lastChange || lastChange->changedBy.isEmpty())
        return QCoreApplication::translate("iamm::ChecklistConflict",
                                           "the checklist status of %1 was changed after you opened it; "
                                           "your change was not saved")
            .arg(entryId);
    const QString when = QLocale().toString(lastChange->changedAt.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("iamm::ChecklistConflict",
                                       "the checklist status of %1 was changed by %2 at %3 after you opened it; "
                                       "your change was not saved")
        .arg(entryId, lastChange->changedBy, when);
}

} // namespace

ChecklistConflict::ChecklistConflict(const QString &entryId, std::optional<ChecklistState> current,
                                     const std::optional<AuditEntry> &lastChange)
    : WriteConflict(describe(entryId, lastChange))
    , m_current(current)
{}

} // namespace iamm
