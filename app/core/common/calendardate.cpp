// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/calendardate.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace iamm {

namespace {

// %1 an example date.
QString missing(CalendarDate::Field field)
{
    switch (field) {
    case CalendarDate::Field::AssessmentDate:
        return QCoreApplication::translate("CalendarDate",
                                           "the assessment date is missing: enter it in the form YYYY-MM-DD (e.g. %1)");
    case CalendarDate::Field::NewRoundDate:
        return QCoreApplication::translate(
            "CalendarDate", "the date of the new round is missing: enter it in the form YYYY-MM-DD (e.g. %1)");
    }
    return {};
}

// %1 the text typed, %2 an example date.
QString malformed(CalendarDate::Field field)
{
    switch (field) {
    case CalendarDate::Field::AssessmentDate:
        return QCoreApplication::translate("CalendarDate",
                                           "the assessment date \"%1\" is not a date in the form YYYY-MM-DD (e.g. %2)");
    case CalendarDate::Field::NewRoundDate:
        return QCoreApplication::translate(
            "CalendarDate", "the date of the new round \"%1\" is not a date in the form YYYY-MM-DD (e.g. %2)");
    }
    return {};
}

} // namespace

QDate CalendarDate::parse(const QString &text, Field field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (pattern.match(trimmed).hasMatch() && date.isValid())
        return date;
    const QString example = QDate::currentDate().toString(Qt::ISODate);
    if (trimmed.isEmpty())
        throw IammError(missing(field).arg(example));
    throw IammError(malformed(field).arg(trimmed, example));
}

} // namespace iamm
