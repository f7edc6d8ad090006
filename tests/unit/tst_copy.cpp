// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"
#include "exchange/recorddigest.h"
#include "store/assessmentstore.h"
#include "store/peergrouprecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace iamm;
using iamm::test::CliResult;
using iamm::test::databaseFingerprint;
using iamm::test::describe;
using iamm::test::linesOf;
using iamm::test::runCli;
using iamm::test::TempDatabase;
using iamm::test::verifyRejected;
using iamm::test::writeFile;

namespace {

QByteArray evidenceBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i * 13 % 256));
    return bytes;
}

QStringList copyArguments(const QString &from, const QString &to, const QStringList &more = {})
{
    return QStringList{QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to} + more;
}

// Whole records (audit log included) of the given assessments, or of all, read through the store.
QList<AssessmentRecord> recordsOf(const AssessmentStore &store, QStringList ids = {})
{
    if (ids.isEmpty()) {
        for (const AssessmentInfo &info : store.assessments())
            ids << info.id;
    }
    ids.sort();
    QList<AssessmentRecord> records;
    for (const QString &id : ids) {
        records << store.record(id, true);
        records.last().auditLog = store.auditLog(id);
    }
    return records;
}

// Everything a database holds about the assessments and the user's peer groups, without surrogate ids:
// the canonical records, the pinned framework snapshots and the groups.
QString contentOf(const QString &path, const QStringList &ids = {})
{
    const AssessmentStore store(path, SqlConnection::Access::ReadOnly);
    const QList<AssessmentRecord> records = recordsOf(store, ids);
    const RecordDigest digest(records);
    QJsonArray assessments;
    for (const AssessmentRecord &record : records) {
        QJsonObject entry = digest.canonical(record);
        entry.insert(QStringLiteral("pinnedFramework"),
                     QString::fromLatin1(store.frameworkOf(record.info.id).canonicalJson.toBase64()));
        assessments.append(entry);
    }
    QJsonArray groups;
    if (ids.isEmpty()) {
        for (const PeerGroup &group : store.peerGroups().groups())
            groups.append(QJsonObject{{QStringLiteral("id"), group.id},
                                      {QStringLiteral("name"), group.name},
                                      {QStringLiteral("members"), QJsonArray::fromStringList(group.members)},
                                      {QStringLiteral("copiedFrom"), group.copiedFrom},
                                      {QStringLiteral("createdAt"), group.createdAt.toString(Qt::ISODate)}});
    }
    const QJsonObject all{{QStringLiteral("assessments"), assessments}, {QStringLiteral("groups"), groups}};
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
}

} // namespace

class CopyTest : public QObject
{
    Q_OBJECT

private:
    // The demo plus an evidence file, a contribution, a facilitator's note, a parked question and a peer group.
    void fillSource(const TempDatabase &db, test::DemoRounds &rounds)
    {
        test::createDemo(db.path(), rounds);
        const QString file = writeFile(db.file(QStringLiteral("minutes.bin")), evidenceBytes());
        RUN_OK(evidence, db.path(),
               {QStringLiteral("evidence"), QStringLiteral("add"), rounds.draftId, QStringLiteral("EP-01"),
                QStringLiteral("--file"), file, QStringLiteral("--title"), QStringLiteral("Workshop minutes")});
        const QString votes = writeFile(db.file(QStringLiteral("votes.csv")),
                                        "participant,agency,item,score,comment\n"
                                        "Nadia Okafor,Labour Office,EP-01,2,\"Labour data, partly\"\n");
        RUN_OK(contribution, db.path(),
               {QStringLiteral("contribution"), QStringLiteral("import"), rounds.draftId, votes});
        RUN_OK(
            note, db.path(),
            {QStringLiteral("note"), rounds.draftId, QStringLiteral("EP-02"), QStringLiteral("Ask about 2025 data")});
        RUN_OK(parked, db.path(),
               {QStringLiteral("parking"), QStringLiteral("add"), rounds.draftId, QStringLiteral("--item"),
                QStringLiteral("EP-03"), QStringLiteral("Who owns the registry?")});
        RUN_OK(group, db.path(),
               {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("MINE"), QStringLiteral("--name"),
                QStringLiteral("My neighbours"), QStringLiteral("FRA"), QStringLiteral("DEU")});
    }

private slots:
    void copiesLosslesslyThereAndBack()
    {
        TempDatabase a, b, c;
        test::DemoRounds rounds;
        fillSource(a, rounds);
        const QByteArray sourceBefore = databaseFingerprint(a.path());

        RUN_OK(toB, b.path(), copyArguments(a.path(), b.path()));
        QCOMPARE(databaseFingerprint(a.path()), sourceBefore);
        RUN_OK(toC, c.path(), copyArguments(b.path(), c.path()));

        const QString original = contentOf(a.path());
        QCOMPARE(contentOf(b.path()), original);
        QCOMPARE(contentOf(c.path()), original);

        const AssessmentStore source(a.path(), SqlConnection::Access::ReadOnly);
        const AssessmentStore target(c.path(), SqlConnection::Access::ReadOnly);
        const int count = int(source.assessments().size());
        QVERIFY(count >= 3);
        const QStringList lines = linesOf(toC.out);
        QCOMPARE(lines.size(), count + 2);
        // "assessment(s)" until iamm_en.ts has the plural forms.
        QVERIFY2(
            lines.at(count).startsWith(QStringLiteral("copied %1 assessment").arg(count))
                && lines.at(count).endsWith(
                    QStringLiteral(" from %1 to %2, each read back and verified by SHA-256").arg(b.path(), c.path())),
            qPrintable(describe(toC)));
        const qsizetype groups = source.peerGroups().groups().size();
        QVERIFY(groups >= 2);
        QVERIFY2(lines.last().startsWith(QStringLiteral("copied %1 peer group").arg(groups)),
                 qPrintable(describe(toC)));
        const AssessmentInfo draft = source.assessment(rounds.draftId);
        QVERIFY2(toC.out.contains(QStringLiteral("copied %1 (XAA, %2): %3 responses, ")
                                      .arg(rounds.draftId, draft.title)
                                      .arg(source.responses(rounds.draftId).size())),
                 qPrintable(describe(toC)));

        // The audit log is the source's, entry by entry and time by time, with nothing added by the copies.
        const QList<AuditEntry> written = source.auditLog(rounds.draftId);
        const QList<AuditEntry> copied = target.auditLog(rounds.draftId);
        QVERIFY(written.size() > 5);
        QCOMPARE(copied.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            QCOMPARE(copied[i].changedAt, written[i].changedAt);
            QCOMPARE(copied[i].field, written[i].field);
            QCOMPARE(copied[i].newValue, written[i].newValue);
        }
        const QList<Evidence> files = target.evidence(rounds.draftId, QStringLiteral("EP-01"));
        const auto file = std::find_if(files.cbegin(), files.cend(),
                                       [](const Evidence &e) { return e.title == QLatin1String("Workshop minutes"); });
        QVERIFY(file != files.cend());
        QCOMPARE(target.evidenceItem(file->id, true).content, evidenceBytes());
        QCOMPARE(target.contributions(rounds.draftId).constLast().participant, QStringLiteral("Nadia Okafor"));
        QCOMPARE(target.assessment(rounds.draftId).createdAt, draft.createdAt);
        QVERIFY(target.integrityProblems().isEmpty());
    }

    // Rows of other assessments already in the target: the copied rows get other ids, the links follow them.
    void copiesBesideOtherDataWithNewIds()
    {
        TempDatabase a, target;
        test::DemoRounds rounds;
        fillSource(a, rounds);
        RUN_OK(
            created, target.path(),
            {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("FRA")});
        const QString ownId = linesOf(created.out).constFirst().trimmed();
        for (int i = 0; i < 7; ++i) {
            RUN_OK(action, target.path(),
                   {QStringLiteral("action"), QStringLiteral("add"), ownId, QStringLiteral("EP-01"),
                    QStringLiteral("--text"), QStringLiteral("Own action %1").arg(i)});
        }
        const QString ownBefore = contentOf(target.path(), {ownId});

        RUN_OK(copy, target.path(), copyArguments(a.path(), target.path()));

        const AssessmentStore source(a.path(), SqlConnection::Access::ReadOnly);
        QStringList copiedIds;
        for (const AssessmentInfo &info : source.assessments())
            copiedIds << info.id;
        QCOMPARE(contentOf(target.path(), copiedIds), contentOf(a.path(), copiedIds));
        QCOMPARE(contentOf(target.path(), {ownId}), ownBefore);

        const AssessmentStore copied(target.path(), SqlConnection::Access::ReadOnly);
        const QList<Action> carried = copied.actions(rounds.draftId);
        const auto link = std::find_if(carried.cbegin(), carried.cend(),
                                       [](const Action &action) { return action.carriedFromActionId != 0; });
        QVERIFY2(link != carried.cend(), "the demo's second round carries actions over");
        const QList<Action> previous = copied.actions(rounds.finalId);
        const auto original = std::find_if(previous.cbegin(), previous.cend(),
                                           [&](const Action &a) { return a.id == link->carriedFromActionId; });
        QVERIFY2(original != previous.cend(), "the link points into the copied previous round");
        QCOMPARE(original->text, link->text);
        QVERIFY(source.actions(rounds.draftId).constFirst().id != carried.constFirst().id);
    }

    void copiesOneAssessmentAndReplacesItOnTheNextCopy()
    {
        TempDatabase a, b;
        test::DemoRounds rounds;
        fillSource(a, rounds);
        const QStringList one{QStringLiteral("--assessment"), rounds.draftId};
        RUN_OK(first, b.path(), copyArguments(a.path(), b.path(), one));
        QCOMPARE(linesOf(first.out).size(), 2);
        QVERIFY(linesOf(first.out).constFirst().startsWith(QStringLiteral("copied %1 (XAA, ").arg(rounds.draftId)));

        RUN_OK(score, a.path(),
               {QStringLiteral("score"), rounds.draftId, QStringLiteral("EP-01"), QStringLiteral("--score"),
                QStringLiteral("4"), QStringLiteral("--rationale"), QStringLiteral("Changed after the workshop")});
        RUN_OK(again, b.path(), copyArguments(a.path(), b.path(), one));

        const AssessmentStore source(a.path(), SqlConnection::Access::ReadOnly);
        const AssessmentStore target(b.path(), SqlConnection::Access::ReadOnly);
        QCOMPARE(target.assessments().size(), 1);
        QVERIFY(target.peerGroups().groups().isEmpty());
        const Response response = target.response(rounds.draftId, QStringLiteral("EP-01"));
        QCOMPARE(response.rating.score, std::optional<int>(4));
        QCOMPARE(response.rationale, QStringLiteral("Changed after the workshop"));
        QCOMPARE(target.responses(rounds.draftId).size(), source.responses(rounds.draftId).size());
        QCOMPARE(target.evidence(rounds.draftId).size(), source.evidence(rounds.draftId).size());
        QCOMPARE(target.actions(rounds.draftId).size(), source.actions(rounds.draftId).size());
        QCOMPARE(target.auditLog(rounds.draftId).size(), source.auditLog(rounds.draftId).size());
        // The previous round is not in the target: the link to it is left out, as an import does.
        QVERIFY(target.assessment(rounds.draftId).previousAssessmentId.isEmpty());
        for (const Action &action : target.actions(rounds.draftId))
            QCOMPARE(action.carriedFromActionId, 0);
    }

    // Replacing the previous round alone keeps the next round's carried actions linked to its actions.
    void keepsLinksIntoAReplacedRound()
    {
        TempDatabase a, b;
        test::DemoRounds rounds;
        fillSource(a, rounds);
        RUN_OK(all, b.path(), copyArguments(a.path(), b.path()));
        const auto links = [&] {
            const AssessmentStore target(b.path(), SqlConnection::Access::ReadOnly);
            QStringList texts;
            for (const Action &carried : target.actions(rounds.draftId)) {
                for (const Action &original : target.actions(rounds.finalId)) {
                    if (original.id == carried.carriedFromActionId)
                        texts << original.text;
                }
            }
            return texts;
        };
        const QStringList before = links();
        QVERIFY(!before.isEmpty());

        RUN_OK(one, b.path(), copyArguments(a.path(), b.path(), {QStringLiteral("--assessment"), rounds.finalId}));
        QCOMPARE(links(), before);
        QCOMPARE(contentOf(b.path()), contentOf(a.path()));
    }

    void refusesAndLeavesTheTargetUnchanged()
    {
        TempDatabase a, b;
        test::DemoRounds rounds;
        fillSource(a, rounds);
        RUN_OK(demo, b.path(), {QStringLiteral("demo")});
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        verifyRejected(b.path(),
                       copyArguments(a.path(), b.path(), {QStringLiteral("--assessment"), rounds.draftId, unknown}), 1,
                       {a.path(), unknown});
        const QString notDatabase = writeFile(a.file(QStringLiteral("notes.sqlite")), QByteArray(4096, 'x'));
        verifyRejected(b.path(), copyArguments(notDatabase, b.path()), 1, {notDatabase});
        verifyRejected(b.path(), copyArguments(a.file(QStringLiteral("missing.sqlite")), b.path()), 1,
                       {a.file(QStringLiteral("missing.sqlite"))});
        verifyRejected(b.path(), QStringList{QStringLiteral("--read-only")} + copyArguments(a.path(), b.path()), 1,
                       {b.path(), QStringLiteral("read-only")});
        const QString underAFile = notDatabase + QStringLiteral("/target.sqlite");
        verifyRejected(b.path(), copyArguments(a.path(), underAFile), 1, {underAFile});
        verifyRejected(b.path(), copyArguments(b.path(), b.path()), 2, {QStringLiteral("same database")});
        verifyRejected(b.path(), {QStringLiteral("copy"), QStringLiteral("--from"), a.path()}, 2,
                       {QStringLiteral("--to")});
        verifyRejected(b.path(), copyArguments(a.path(), b.path(), {rounds.draftId}), 2, {rounds.draftId});
    }

    // What the copy's verification compares: every byte and time, but not the surrogate ids.
    void theDigestSeesContentNotIds()
    {
        TempDatabase a;
        test::DemoRounds rounds;
        fillSource(a, rounds);
        const AssessmentStore store(a.path(), SqlConnection::Access::ReadOnly);
        const QList<AssessmentRecord> records = recordsOf(store, {rounds.draftId});
        const AssessmentRecord &original = records.constFirst();
        const QString digest = RecordDigest(records).sha256(original);
        QCOMPARE(digest.size(), 64);

        AssessmentRecord renumbered = original;
        for (Evidence &e : renumbered.evidence)
            e.id += 1000;
        for (AuditEntry &entry : renumbered.auditLog)
            entry.id += 1000;
        QCOMPARE(RecordDigest({renumbered}).sha256(renumbered), digest);

        AssessmentRecord changedByte = original;
        const auto file = std::find_if(changedByte.evidence.begin(), changedByte.evidence.end(),
                                       [](const Evidence &e) { return e.kind == EvidenceKind::File; });
        QVERIFY(file != changedByte.evidence.end());
        file->content[100] = char(file->content.at(100) ^ 1);
        QVERIFY(RecordDigest({changedByte}).sha256(changedByte) != digest);

        AssessmentRecord changedTime = original;
        changedTime.auditLog.last().changedAt = changedTime.auditLog.last().changedAt.addMSecs(1);
        QVERIFY(RecordDigest({changedTime}).sha256(changedTime) != digest);

        AssessmentRecord unlinked = original;
        const auto carried = std::find_if(unlinked.actions.begin(), unlinked.actions.end(),
                                          [](const Action &action) { return action.carriedFromActionId != 0; });
        QVERIFY(carried != unlinked.actions.end());
        const QList<AssessmentRecord> withPrevious = recordsOf(store, {rounds.draftId, rounds.finalId});
        const RecordDigest linked(withPrevious);
        const AssessmentRecord &draft = withPrevious.at(withPrevious.at(0).info.id == rounds.draftId ? 0 : 1);
        carried->carriedFromActionId = 0;
        QVERIFY(linked.sha256(draft) != linked.sha256(unlinked));
    }

    void helpAndManPageShowCopy()
    {
        TempDatabase db;
        RUN_OK(help, db.path(), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QLatin1String("copy --from SOURCE --to TARGET [--assessment ID ...]")),
                 qPrintable(help.out));
        const QString manual = QString::fromUtf8(
            test::readFile(test::fixture(QStringLiteral("../../packaging/iamm.1"))));
        QVERIFY(manual.contains(QLatin1String(".TP\n\\fBcopy \\-\\-from\\fR \\fISOURCE\\fR")));
    }
};

QTEST_GUILESS_MAIN(CopyTest)
#include "tst_copy.moc"
