// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "common/iammerror.h"
#include "store/actionconflict.h"

namespace iamm {

class StoreContext;

// The follow-up actions planned for the items of an assessment.
class ActionRecords
{
public:
    explicit ActionRecords(StoreContext &context);

    qint64 add(const QString &assessmentId, const Action &action);
    // Returns the action as stored. Throws ActionConflict when action.updatedAt is set and someone
    // else changed the action after that, or when another writer commits first.
    Action update(const Action &action);
    void remove(qint64 actionId);
    QList<Action> list(const QString &assessmentId, const QString &itemId) const;
    // Records the review of an action carried over from the previous round: done and dropped also set its
    // status. Throws IammError for an action that was not carried over.
    void review(const QString &assessmentId, qint64 actionId, ActionReview review);
    // Copies the open and in-progress actions of one assessment to another, linked to the originals and
    // waiting for review; returns how many. No audit entry (the caller records the new round).
    qint64 carryOver(const QString &fromAssessmentId, const QString &toAssessmentId);

    // Writes the row, with an audit entry when audited.
    qint64 insert(const QString &assessmentId, const Action &action, bool audited);
    void writeCarriedFrom(qint64 actionId, qint64 fromActionId);

    // An action of another assessment carried from one of this assessment's, and that one's place among
    // this assessment's actions (0-based, in order of creation), item and text.
    struct CarriedLink
    {
        qint64 actionId = 0;
        QString assessmentId;
        qsizetype place = 0;
        QString itemId;
        QString text;
    };
    QList<CarriedLink> linksInto(const QString &assessmentId) const;

private:
    // The conflict to throw for an action someone else changed or removed after this user read it.
    ActionConflict conflict(const Action &edited) const;
    IammError noAction(qint64 actionId) const;
    void validate(const QString &assessmentId, const Action &action) const;

    StoreContext &m_context;
};

} // namespace iamm
