// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace iamm {

// Dates typed by a person, always in the ISO 8601 form YYYY-MM-DD.
class CalendarDate
{
public:
    // The date a person types, which names it in the messages refusing it.
    enum class Field { AssessmentDate, NewRoundDate };

    // The date, or IammError naming the field, the text and the expected form:
    // `the assessment date "31/12/2026" is not a date in the form YYYY-MM-DD (e.g. 2026-12-31)`.
    static QDate parse(const QString &text, Field field);
};

} // namespace iamm
