// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/databasecopy.h"

#include "common/iammerror.h"
#include "exchange/recorddigest.h"
#include "store/assessmentstore.h"
#include "store/peergrouprecords.h"

#include <algorithm>
#include <QCoreApplication>

namespace iamm {

namespace {

struct SourceContent
{
    QList<AssessmentRecord> records;
    QHash<QString, Framework> frameworks;
    QList<PeerGroup> groups;
};

QStringList chosenIds(const AssessmentStore &store, const QStringList &requested)
{
    QStringList ids;
    if (requested.isEmpty()) {
        for (const AssessmentInfo &info : store.assessments())
            ids << info.id;
        return ids;
    }
    for (const QString &id : requested) {
        if (!store.hasAssessment(id))
            throw IammError(
                QCoreApplication::translate("DatabaseCopy", "%1: no assessment with id \"%2\"; nothing was copied")
                    .arg(store.path(), id));
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

AssessmentRecord wholeRecord(const AssessmentStore &store, const QString &id)
{
    AssessmentRecord record = store.record(id, true);
    record.auditLog = store.auditLog(id);
    return record;
}

SourceContent readSource(const QString &path, const QStringList &requested)
{
    const AssessmentStore store(path, SqlConnection::Access::ReadOnly);
    SourceContent content;
    for (const QString &id : chosenIds(store, requested)) {
        content.records << wholeRecord(store, id);
        const QString hash = content.records.constLast().info.frameworkHash;
        if (!content.frameworks.contains(hash))
            content.frameworks.insert(hash, store.frameworkOf(id));
    }
    if (requested.isEmpty())
        content.groups = store.peerGroups().groups();
    return content;
}

void requireWritable(const AssessmentStore &target)
{
    if (target.isReadOnly())
        throw IammError(
            QCoreApplication::translate("DatabaseCopy", "%1: the database is read-only (%2); nothing was copied")
                .arg(target.path(), target.readOnlyReason()));
    if (!target.damage().isEmpty())
        throw IammError(QCoreApplication::translate(
                            "DatabaseCopy", "%1: the database is damaged (%2): run `iamm check`; nothing was copied")
                            .arg(target.path(), target.damage().constFirst()));
}

bool sameGroup(const PeerGroup &a, const PeerGroup &b)
{
    return a.id == b.id && a.name == b.name && a.members == b.members && a.copiedFrom == b.copiedFrom
           && a.createdAt == b.createdAt;
}

void verifyGroups(const AssessmentStore &target, const QList<PeerGroup> &groups)
{
    const QList<PeerGroup> written = target.peerGroups().groups();
    for (const PeerGroup &group : groups) {
        const auto it = std::find_if(written.cbegin(), written.cend(),
                                     [&](const PeerGroup &w) { return w.id == group.id; });
        if (it == written.cend() || !sameGroup(*it, group))
            throw IammError(
                QCoreApplication::translate("DatabaseCopy",
                                            "%1: peer group %2 read back differs from the source; nothing was copied")
                    .arg(target.path(), group.id));
    }
}

CopiedAssessment summary(const AssessmentRecord &record, const QString &sha256)
{
    CopiedAssessment copied;
    copied.info = record.info;
    copied.responses = record.responses.size();
    copied.checklist = record.checklist.size();
    copied.evidence = record.evidence.size();
    copied.files = std::count_if(record.evidence.cbegin(), record.evidence.cend(),
                                 [](const Evidence &e) { return e.kind == EvidenceKind::File; });
    copied.actions = record.actions.size();
    copied.contributions = record.contributions.size();
    copied.facilitatorNotes = record.facilitatorNotes.size();
    copied.parkedQuestions = record.parkingLot.size();
    copied.agendaSessions = record.agenda.size();
    copied.auditEntries = record.auditLog.size();
    copied.sha256 = sha256;
    return copied;
}

// Reads every copied assessment back from the target and compares its digest with the source's.
QList<CopiedAssessment> verify(const AssessmentStore &target, const QList<AssessmentRecord> &sources)
{
    QList<AssessmentRecord> expected = sources;
    QList<AssessmentRecord> written;
    for (AssessmentRecord &record : expected) {
        // A previous round the target does not hold is left unnamed (RecordTransfer::copyRecords).
        if (!target.hasAssessment(record.info.previousAssessmentId))
            record.info.previousAssessmentId.clear();
        written << wholeRecord(target, record.info.id);
    }
    const RecordDigest sourceDigest(expected);
    const RecordDigest targetDigest(written);
    QList<CopiedAssessment> copied;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString digest = sourceDigest.sha256(expected.at(i));
        const QString actual = targetDigest.sha256(written.at(i));
        if (actual != digest)
            throw IammError(QCoreApplication::translate(
                                "DatabaseCopy", "%1: assessment %2 read back differs from the source (SHA-256 %3, "
                                                "expected %4); nothing was copied")
                                .arg(target.path(), sources.at(i).info.id, actual.left(12), digest.left(12)));
        copied << summary(sources.at(i), digest);
    }
    return copied;
}

} // namespace

CopyResult DatabaseCopy::run(const QString &source, const QString &target, const QStringList &assessmentIds,
                             SqlConnection::Access targetAccess)
{
    const SourceContent content = readSource(source, assessmentIds);
    AssessmentStore store(target, targetAccess);
    requireWritable(store);
    CopyResult result;
    result.createdTarget = store.createdDatabase();
    AssessmentStore::Batch batch(store);
    store.copyRecords(content.records, content.frameworks);
    for (const PeerGroup &group : content.groups)
        store.peerGroups().replace(group);
    result.assessments = verify(store, content.records);
    verifyGroups(store, content.groups);
    result.peerGroups = content.groups.size();
    batch.commit();
    return result;
}

} // namespace iamm
