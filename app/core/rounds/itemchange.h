// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/rating.h"

#include <QCoreApplication>
#include <QString>

namespace iamm {

// How an item's rating moved from one round to the next. Only two levels give a number (current −
// previous); a move into or out of "not applicable" or "not assessed" is its own labelled case.
class ItemChange
{
    Q_DECLARE_TR_FUNCTIONS(ItemChange)

public:
    enum class Kind {
        Numeric, // both rounds have a level: delta = current − previous
        NewlyApplicable, // N/A before, a level now
        NowNotApplicable, // a level or not assessed before, N/A now
        NewlyAssessed, // not assessed before, a level now
        NoLongerAssessed, // a level or N/A before, not assessed now
        StillNotApplicable, // N/A in both rounds
        NotAssessed, // not assessed in either round
    };

    static ItemChange between(const Rating &previous, const Rating &current);

    Kind kind() const { return m_kind; }
    // current − previous; 0 unless the kind is Numeric.
    int delta() const { return m_delta; }
    bool isNumeric() const { return m_kind == Kind::Numeric; }
    // True when the rating is not the same as in the previous round.
    bool isChange() const;
    // "+1", "0", "-2" for a numeric change; "newly applicable", "now not applicable", "newly assessed",
    // "no longer assessed"; empty when neither round has a level (still N/A, not assessed). The
    // same in every language: JSON and CSV output carry it.
    QString text() const;
    // text() for people, in the installed language ("nouvellement applicable").
    QString displayText() const;

private:
    ItemChange(Kind kind, int delta)
        : m_kind(kind)
        , m_delta(delta)
    {}

    Kind m_kind;
    int m_delta;
};

} // namespace iamm
