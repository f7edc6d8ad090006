// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordtransfer.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "store/actionrecords.h"
#include "store/assessmentrecords.h"
#include "store/auditlog.h"
#include "store/checklistrecords.h"
#include "store/contributionrecords.h"
#include "store/evidencerecords.h"
#include "store/facilitationrecords.h"
#include "store/responserecords.h"
#include "store/storecontext.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace iamm {

RecordTransfer::RecordTransfer(StoreContext &context, AssessmentRecords &assessments, ResponseRecords &responses,
                               ChecklistRecords &checklist, EvidenceRecords &evidence, ActionRecords &actions,
                               ContributionRecords &contributions, FacilitationRecords &facilitation,
                               AuditLog &auditLog)
    : m_context(context)
    , m_assessments(assessments)
    , m_responses(responses)
    , m_checklist(checklist)
    , m_evidence(evidence)
    , m_actions(actions)
    , m_contributions(contributions)
    , m_facilitation(facilitation)
    , m_auditLog(auditLog)
{}

AssessmentRecord RecordTransfer::record(const QString &assessmentId, bool withContent) const
{
    AssessmentRecord record;
    record.info = m_assessments.get(assessmentId);
    record.responses = m_responses.of({assessmentId}).value(assessmentId);
    record.checklist = m_checklist.list(assessmentId);
    record.evidence = m_evidence.list(assessmentId, QString());
    if (withContent) {
        for (Evidence &e : record.evidence)
            e.content = m_evidence.get(e.id, true).content;
    }
    record.actions = m_actions.list(assessmentId, QString());
    record.contributions = m_contributions.list(assessmentId);
    record.facilitatorNotes = m_facilitation.notes(assessmentId);
    record.parkingLot = m_facilitation.questions(assessmentId);
    record.agenda = m_facilitation.agenda(assessmentId);
    // Creation order, so that an import recreates the rows with the same relative ids.
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(record.evidence.begin(), record.evidence.end(), byId);
    std::sort(record.actions.begin(), record.actions.end(), byId);
    return record;
}

void RecordTransfer::replaceRecords(const QList<AssessmentRecord> &records, const QList<Framework> &frameworks)
{
    const auto frameworkFor = [&](const AssessmentInfo &info) -> const Framework & {
        for (const Framework &framework : frameworks) {
            if (framework.id == info.frameworkId)
                return framework;
        }
        throw IammError(
            QCoreApplication::translate("RecordTransfer", "assessment %1: framework \"%2\" was not supplied")
                .arg(info.id, info.frameworkId));
    };
    Transaction transaction(m_context.connection);
    for (const AssessmentRecord &record : records) {
        const bool replacing = m_assessments.has(record.info.id);
        writeRecord(record, frameworkFor(record.info));
        // One audit entry records the whole import rather than one per row.
        m_context.audit(record.info.id, QStringLiteral("assessment"), record.info.id,
                        replacing ? QStringLiteral("replaced by import") : QStringLiteral("imported"), QString(),
                        record.info.title);
    }
    linkPreviousRounds(records);
    transaction.commit();
}

void RecordTransfer::copyRecords(const QList<AssessmentRecord> &records, const QHash<QString, Framework> &frameworks)
{
    Transaction transaction(m_context.connection);
    const QList<OutsideLink> outside = linksFromOutside(records);
    QHash<qint64, qint64> newActionIds;
    for (const AssessmentRecord &record : records) {
        const auto framework = frameworks.constFind(record.info.frameworkHash);
        if (framework == frameworks.constEnd())
            throw IammError(
                QCoreApplication::translate("RecordTransfer", "assessment %1: framework snapshot %2 was not supplied")
                    .arg(record.info.id, record.info.frameworkHash));
        m_auditLog.removeEntries(record.info.id);
        newActionIds.insert(writeRecord(record, *framework));
        for (const AuditEntry &entry : record.auditLog)
            m_auditLog.append(entry);
    }
    for (const AssessmentRecord &record : records) {
        for (const Action &action : record.actions) {
            if (newActionIds.contains(action.carriedFromActionId))
                m_actions.writeCarriedFrom(newActionIds.value(action.id),
                                           newActionIds.value(action.carriedFromActionId));
        }
    }
    for (const OutsideLink &link : outside)
        m_actions.writeCarriedFrom(link.actionId, newActionIds.value(link.fromSourceActionId));
    linkPreviousRounds(records);
    transaction.commit();
}

// Replacing an assessment deletes its actions, which clears the links of actions carried from them in
// assessments the copy leaves alone. Each is linked again to the copied action in the same place
// (order of creation) when that one has the same item and text.
QList<RecordTransfer::OutsideLink> RecordTransfer::linksFromOutside(const QList<AssessmentRecord> &records) const
{
    QSet<QString> copied;
    for (const AssessmentRecord &record : records)
        copied.insert(record.info.id);
    QList<OutsideLink> links;
    for (const AssessmentRecord &record : records) {
        for (const ActionRecords::CarriedLink &link : m_actions.linksInto(record.info.id)) {
            if (copied.contains(link.assessmentId) || link.place >= record.actions.size())
                continue;
            const Action &same = record.actions.at(link.place);
            if (same.itemId == link.itemId && same.text == link.text)
                links << OutsideLink{link.actionId, same.id};
        }
    }
    return links;
}

QHash<qint64, qint64> RecordTransfer::writeRecord(const AssessmentRecord &record, const Framework &framework)
{
    const QStringList followers = m_assessments.followers(record.info.id);
    m_context.connection.run(QStringLiteral("DELETE FROM assessments WHERE id = ?"), {record.info.id});
    AssessmentInfo info = record.info;
    // Linked by linkPreviousRounds, once every record of the batch is there to be linked to.
    info.previousAssessmentId.clear();
    m_assessments.insert(info, framework);
    for (const QString &follower : followers)
        m_assessments.writePrevious(follower, info.id);
    for (const Response &response : record.responses)
        m_responses.write(info.id, response);
    for (const ChecklistStatus &status : record.checklist)
        m_checklist.write(info.id, status);
    for (const Evidence &e : record.evidence)
        m_evidence.insert(info.id, e, false);
    QHash<qint64, qint64> newActionIds;
    for (Action action : record.actions) {
        const qint64 oldId = action.id;
        action.carriedFromActionId = 0; // action ids are local to one database; copyRecords links them
        newActionIds.insert(oldId, m_actions.insert(info.id, action, false));
    }
    for (const Contribution &contribution : record.contributions)
        m_contributions.insert(info.id, contribution);
    for (const FacilitatorNote &note : record.facilitatorNotes)
        m_facilitation.insertNote(info.id, note);
    for (const ParkedQuestion &question : record.parkingLot)
        m_facilitation.insertQuestion(info.id, question);
    m_facilitation.insertAgenda(info.id, record.agenda);
    return newActionIds;
}

// A previous round that is neither in this database nor among the records is left unnamed.
void RecordTransfer::linkPreviousRounds(const QList<AssessmentRecord> &records)
{
    for (const AssessmentRecord &record : records) {
        if (!record.info.previousAssessmentId.isEmpty() && m_assessments.has(record.info.previousAssessmentId))
            m_assessments.writePrevious(record.info.id, record.info.previousAssessmentId);
    }
}

QString RecordTransfer::startNewRound(const QString &fromAssessmentId, const QString &title, const QDate &date)
{
    const AssessmentRecord previous = record(fromAssessmentId, false);
    if (!date.isValid())
        throw IammError(QCoreApplication::translate("RecordTransfer", "the assessment date is not a valid date"));
    AssessmentInfo info = previous.info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString suffix = QStringLiteral(" (new round)");
    info.title = title.trimmed().isEmpty()
                     ? previous.info.title.left(InputLimits::maxNameLength - suffix.size()) + suffix
                     : title.trimmed();
    InputLimits::checkLength(InputLimits::Text::AssessmentTitle, info.title);
    info.date = date;
    info.status = AssessmentStatus::Draft;
    info.previousAssessmentId = fromAssessmentId;
    info.createdAt = info.updatedAt = QDateTime();
    Transaction transaction(m_context.connection);
    m_assessments.insert(info, m_context.snapshot(previous.info.frameworkHash));
    for (Response response : previous.responses) {
        response.dissent.clear();
        response.changeReason.reset();
        response.changeNote.clear();
        response.updatedAt = QDateTime();
        m_responses.write(info.id, response);
    }
    for (const ChecklistStatus &status : previous.checklist)
        m_checklist.write(info.id, status);
    m_actions.carryOver(fromAssessmentId, info.id);
    m_context.audit(info.id, QStringLiteral("assessment"), info.id, QStringLiteral("created"), fromAssessmentId,
                    info.title);
    transaction.commit();
    return info.id;
}

} // namespace iamm
