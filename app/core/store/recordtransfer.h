// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

namespace iamm {

class ActionRecords;
class AssessmentRecords;
class ChecklistRecords;
class ContributionRecords;
class EvidenceRecords;
class FacilitationRecords;
class ResponseRecords;
class StoreContext;

// Whole assessments read and written at once: for exchange files and for a new round.
class RecordTransfer
{
public:
    RecordTransfer(StoreContext &context, AssessmentRecords &assessments, ResponseRecords &responses,
                   ChecklistRecords &checklist, EvidenceRecords &evidence, ActionRecords &actions,
                   ContributionRecords &contributions, FacilitationRecords &facilitation);

    // withContent loads evidence file bytes.
    AssessmentRecord record(const QString &assessmentId, bool withContent) const;
    // Writes all records in one transaction, replacing any assessment with the same id.
    void replaceRecords(const QList<AssessmentRecord> &records, const QList<Framework> &frameworks);
    // Copies ratings, targets, confidence, rationale and checklist into a new draft (no dissent
    // notes, no contributions and no facilitator's notes, parking lot or agenda: those belong to the earlier workshop).
    QString startNewRound(const QString &fromAssessmentId, const QString &title, const QDate &date);

private:
    StoreContext &m_context;
    AssessmentRecords &m_assessments;
    ResponseRecords &m_responses;
    ChecklistRecords &m_checklist;
    EvidenceRecords &m_evidence;
    ActionRecords &m_actions;
    ContributionRecords &m_contributions;
    FacilitationRecords &m_facilitation;
};

} // namespace iamm
