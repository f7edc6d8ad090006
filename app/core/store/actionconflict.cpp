// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/actionconflict.h"

#include "display/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

QString changed(const Action &current, const QString &changedBy)
{
    const QString when = QLocale().toString(current.updatedAt.toLocalTime(), QLocale::ShortFormat);
    const QString text = DisplayText::quoted(current.text);
    if (changedBy.isEmpty())
        return QCoreApplication::translate("iamm::ActionConflict",
                                           "the action %1 of %2 was changed at %3 after you opened it; "
                                           "your change was not saved")
            .arg(text, current.itemId, when);
    return QCoreApplication::translate("iamm::ActionConflict",
                                       "the action %1 of %2 was changed by %3 at %4 after you opened it; "
                                       "your change was not saved")
        .arg(text, current.itemId, changedBy, when);
}

QString removed(const Action &edited, const std::optional<AuditEntry> &removal)
{
    const QString text = DisplayText::quoted(edited.text);
    if (!removal || removal->changedBy.isEmpty())
        return QCoreApplication::translate("iamm::ActionConflict",
                                           "the action %1 of %2 was removed after you opened it; "
                                           "your change was not saved")
            .arg(text, edited.itemId);
    const QString when = QLocale().toString(removal->changedAt.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("iamm::ActionConflict",
                                       "the action %1 of %2 was removed by %3 at %4 after you opened it; "
                                       "your change was not saved")
        .arg(text, edited.itemId, removal->changedBy, when);
}

} // namespace

ActionConflict::ActionConflict(const Action &edited, const std::optional<Action> &current,
                               const std::optional<AuditEntry> &lastChange)
    : WriteConflict(current ? changed(*current, lastChange ? lastChange->changedBy : QString())
                            : removed(edited, lastChange))
    , m_current(current)
{}

} // namespace iamm
