// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/calendardate.h"

#include "common/iammerror.h"

#include <QRegularExpression>

namespace iamm {

QDate CalendarDate::parse(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (pattern.match(trimmed).hasMatch() && date.isValid())
        return date;
    const QString example = QDate::currentDate().toString(Qt::ISODate);
    if (trimmed.isEmpty())
        throw IammError(
            QStringLiteral("the %1 is missing: enter it in the form YYYY-MM-DD (e.g. %2)").arg(field, example));
    throw IammError(
        QStringLiteral("the %1 \"%2\" is not a date in the form YYYY-MM-DD (e.g. %3)").arg(field, trimmed, example));
}

} // namespace iamm
