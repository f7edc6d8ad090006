// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/actionconflict.h"

#include "display/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

QString describe(const Action &current, const QString &changedBy)
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

} // namespace

ActionConflict::ActionConflict(const Action &current, const QString &changedBy)
    : WriteConflict(describe(current, changedBy))
    , m_current(current)
{}

} // namespace iamm
