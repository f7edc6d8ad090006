// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/facilitatornoteconflict.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

QString describe(const QString &itemId, const std::optional<AuditEntry> &lastChange)
{
    if (!lastChange || lastChange->changedBy.isEmpty())
        return QCoreApplication::translate("iamm::FacilitatorNoteConflict",
                                           "the facilitator's note on %1 was changed after you opened it; "
                                           "your change was not saved")
            .arg(itemId);
    const QString when = QLocale().toString(lastChange->changedAt.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("iamm::FacilitatorNoteConflict",
                                       "the facilitator's note on %1 was changed by %2 at %3 after you opened it; "
                                       "your change was not saved")
        .arg(itemId, lastChange->changedBy, when);
}

} // namespace

FacilitatorNoteConflict::FacilitatorNoteConflict(const QString &itemId, const QString &current,
                                                 const std::optional<AuditEntry> &lastChange)
    : WriteConflict(describe(itemId, lastChange))
    , m_current(current)
{}

} // namespace iamm
