// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

namespace iamm {

class ActionRecords;
class AssessmentRecords;
class AuditLog;
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
                   ContributionRecords &contributions, FacilitationRecords &facilitation, AuditLog &auditLog);

    // withContent loads evidence file bytes.
    AssessmentRecord record(const QString &assessmentId, bool withContent) const;
    // Writes all records in one transaction, replacing any assessment with the same id.
    void replaceRecords(const QList<AssessmentRecord> &records, const QList<Framework> &frameworks);
    // Writes whole records as they are (timestamps and audit log included, no audit entry of its own),
    // replacing any assessment with the same id and its audit log. Evidence, actions, contributions and
    // parked questions get new ids; an action carried from an action among the records is linked to that
    // one's new id, other links are cleared, and links into a replaced assessment from others are kept
    // (linksFromOutside). frameworks holds every snapshot the records pin, by hash.
    void copyRecords(const QList<AssessmentRecord> &records, const QHash<QString, Framework> &frameworks);
    // Copies ratings, targets, confidence, rationale and checklist into a new draft (no dissent
    // notes, no contributions and no facilitator's notes, parking lot or agenda: those belong to the earlier workshop).
    QString startNewRound(const QString &fromAssessmentId, const QString &title, const QDate &date);

private:
    // An action of an assessment outside a copy, carried from an action of a copied record (by its id there).
    struct OutsideLink
    {
        qint64 actionId = 0;
        qint64 fromSourceActionId = 0;
    };
    QList<OutsideLink> linksFromOutside(const QList<AssessmentRecord> &records) const;
    // Deletes the assessment with the record's id and inserts the record's rows without audit entries;
    // returns the new ids of its actions by their ids in the record.
    QHash<qint64, qint64> writeRecord(const AssessmentRecord &record, const Framework &framework);
    void linkPreviousRounds(const QList<AssessmentRecord> &records);

    StoreContext &m_context;
    AssessmentRecords &m_assessments;
    ResponseRecords &m_responses;
    ChecklistRecords &m_checklist;
    EvidenceRecords &m_evidence;
    ActionRecords &m_actions;
    ContributionRecords &m_contributions;
    FacilitationRecords &m_facilitation;
    AuditLog &m_auditLog;
};

} // namespace iamm
