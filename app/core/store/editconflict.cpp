// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/editconflict.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

QString describe(const QString &itemId, const Response &current)
{
    const QString when = QLocale().toString(current.updatedAt.toLocalTime(), QLocale::ShortFormat);
    if (current.updatedBy.isEmpty())
        return QCoreApplication::translate("iamm::EditConflict",
                                           "%1 was changed at %2 after you opened it; your change was not saved")
            .arg(itemId, when);
    return QCoreApplication::translate("iamm::EditConflict",
                                       "%1 was changed by %2 at %3 after you opened it; your change was not saved")
        .arg(itemId, current.updatedBy, when);
}

} // namespace

EditConflict::EditConflict(const QString &itemId, const Response &current)
    : WriteConflict(describe(itemId, current))
    , m_current(current)
{}

} // namespace iamm
