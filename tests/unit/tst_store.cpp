// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "common/datapaths.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "assessment/actionedit.h"
#include "assessment/teamroster.h"
#include "store/actionconflict.h"
#include "store/editconflict.h"
#include "store/facilitatornoteconflict.h"
#include "store/teamconflict.h"
#include "store/migrationrunner.h"
#include "store/sqlconnection.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace iamm;

namespace {

const Framework &iamm2004()
{
    static const FrameworkRegistry registry({DataPaths::frameworksDir()});
    return registry.require(QStringLiteral("iamm-2004"));
}

QString createDraft(AssessmentStore &store, const QString &state = QStringLiteral("MEX"))
{
    return store.createAssessment(
        NewAssessment{state,
                      QStringLiteral("Workshop"),
                      QDate(2025, 5, 1),
                      {{QStringLiteral("Ana"), QStringLiteral("Interior"), QStringLiteral("Chair")}}},
        iamm2004());
}

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const IammError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyDatabase()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        QCOMPARE(store.schemaVersion(), MigrationRunner::latestVersion(DataPaths::migrationsDir()));
        QCOMPARE(store.schemaVersion(), 7);
        QVERIFY(store.createdDatabase());
        QVERIFY(store.assessments().isEmpty());
    }

    void writesASqliteFileDurably()
    {
        test::TempDatabase db(test::TempDatabase::Kind::File);
        AssessmentStore store(db.path());
        QCOMPARE(SqlConnection(store.path()).scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(SqlConnection(store.path()).scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(SqlConnection(store.path()).scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    }

    void migratesAnExistingDatabaseKeepingItsData()
    {
        test::TempDatabase db;
        QTemporaryDir onlyFirst;
        QVERIFY(QFile::copy(DataPaths::migrationsDir() + QStringLiteral("/001_initial.sql"),
                            onlyFirst.filePath(QStringLiteral("001_initial.sql"))));
        QString id;
        {
            SqlConnection connection(db.path());
            MigrationRunner::migrate(connection, onlyFirst.path());
            QCOMPARE(connection.schemaVersion(), 1);
            const QString missing = errorOf(
                [&] { connection.scalar(QStringLiteral("SELECT COUNT(*) FROM peer_groups")); });
            QVERIFY2(missing.contains(QStringLiteral("peer_groups")), qPrintable(missing));
        }
        {
            AssessmentStore store(db.path());
            QCOMPARE(store.schemaVersion(), 7);
            id = createDraft(store);
            store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(2), {}, {}, {}});
        }
        AssessmentStore reopened(db.path());
        QCOMPARE(reopened.schemaVersion(), 7);
        QCOMPARE(reopened.response(id, QStringLiteral("CU-01")).rating, Rating::level(2));
        QCOMPARE(SqlConnection(reopened.path()).scalar(QStringLiteral("SELECT COUNT(*) FROM peer_groups")).toInt(), 0);
    }

    void refusesANewerDatabase()
    {
        test::TempDatabase db;
        {
            SqlConnection connection(db.path());
            connection.setSchemaVersion(99);
        }
        const QString message = errorOf([&] { AssessmentStore store(db.path()); });
        QVERIFY2(message.contains(QStringLiteral("schema version 99")), qPrintable(message));
    }

    void reportsAnUnwritableLocation()
    {
        const QString message = errorOf([] { AssessmentStore store(QStringLiteral("/proc/iamm/none.sqlite")); });
        QVERIFY2(message.startsWith(QStringLiteral("/proc/iamm/none.sqlite: cannot")), qPrintable(message));
    }

    void createsAndListsAssessments()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        const AssessmentInfo info = store.assessment(id);
        QCOMPARE(info.stateCode, QStringLiteral("MEX"));
        QCOMPARE(info.frameworkId, QStringLiteral("iamm-2004"));
        QCOMPARE(info.frameworkHash, iamm2004().hash);
        QCOMPARE(info.status, AssessmentStatus::Draft);
        QCOMPARE(info.itemCount, 40);
        QCOMPARE(info.remainingCount(), 40);
        QCOMPARE(info.team.size(), 1);
        QCOMPARE(info.team[0].agency, QStringLiteral("Interior"));
        QCOMPARE(store.assessments(QStringLiteral("MEX")).size(), 1);
        QCOMPARE(store.assessments(QStringLiteral("USA")).size(), 0);
        QVERIFY(errorOf([&] {
                    createDraft(store, QStringLiteral("XYZ"));
                }).contains(QStringLiteral("\"XYZ\" is not an ISO 3166")));
        QCOMPARE(store.assessments().size(), 1);
        const QString old = createDraft(store, QStringLiteral("SCG"));
        QCOMPARE(store.assessment(old).stateCode, QStringLiteral("SCG"));
    }

    void scoringRules()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.updateResponse(
            id, QStringLiteral("CU-01"),
            ResponseUpdate{Rating::level(3), std::optional<int>(4), Confidence::High, QStringLiteral("Agreed")});
        store.updateResponse(id, QStringLiteral("CU-02"), ResponseUpdate{Rating::na(), {}, {}, {}});
        store.updateResponse(id, QStringLiteral("CU-03"), ResponseUpdate{Rating::level(0), {}, {}, {}});
        store.updateResponse(id, QStringLiteral("CU-04"), ResponseUpdate{{}, {}, {}, QStringLiteral("Only a note")});
        const Response first = store.response(id, QStringLiteral("CU-01"));
        QCOMPARE(first.rating.score, std::optional<int>(3));
        QCOMPARE(first.target, std::optional<int>(4));
        QCOMPARE(vocabulary::toText(first.confidence), QStringLiteral("high"));
        QCOMPARE(first.rationale, QStringLiteral("Agreed"));
        QVERIFY(first.counts());
        QVERIFY(!store.response(id, QStringLiteral("CU-02")).counts());
        QVERIFY(store.response(id, QStringLiteral("CU-03")).counts());
        QVERIFY(!store.response(id, QStringLiteral("CU-04")).counts());
        QVERIFY(!store.response(id, QStringLiteral("CU-05")).counts());
        AssessmentInfo info = store.assessment(id);
        QCOMPARE(info.scoredCount, 2);
        QCOMPARE(info.notApplicableCount, 1);
        QCOMPARE(info.remainingCount(), 37);

        store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::notAssessed(), {}, {}, {}});
        QCOMPARE(store.response(id, QStringLiteral("CU-01")).rating, Rating::notAssessed());
        QCOMPARE(store.response(id, QStringLiteral("CU-01")).rationale, QStringLiteral("Agreed"));
        QCOMPARE(store.assessment(id).scoredCount, 1);
    }

    void rejectsBadResponsesAndChangesNothing()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.updateResponse(id, QStringLiteral("EP-01"), ResponseUpdate{Rating::level(1), {}, {}, {}});
        const QByteArray before = test::databaseFingerprint(db.path());
        QVERIFY(errorOf([&] {
                    store.updateResponse(id, QStringLiteral("EP-01"), ResponseUpdate{Rating::level(5), {}, {}, {}});
                }).contains(QStringLiteral("score 5 is off the scale 0–4")));
        QVERIFY(errorOf([&] {
                    store.updateResponse(id, QStringLiteral("EP-01"), ResponseUpdate{Rating::level(-1), {}, {}, {}});
                }).contains(QStringLiteral("off the scale")));
        QVERIFY(
            errorOf([&] {
                store.updateResponse(id, QStringLiteral("EP-01"), ResponseUpdate{{}, std::optional<int>(7), {}, {}});
            }).contains(QStringLiteral("target 7")));
        QVERIFY(errorOf([&] {
                    store.updateResponse(id, QStringLiteral("EP-21"), ResponseUpdate{Rating::level(1), {}, {}, {}});
                }).contains(QStringLiteral("no item \"EP-21\"")));
        QVERIFY(errorOf([&] {
                    vocabulary::require<Confidence>(QStringLiteral("certain"));
                }).contains(QStringLiteral("confidence \"certain\"")));
        QVERIFY(errorOf([&] {
                    store.updateResponse(id, QStringLiteral("EP-01"), ResponseUpdate{Rating{2, true}, {}, {}, {}});
                }).contains(QStringLiteral("not both")));
        QVERIFY(errorOf([&] {
                    store.updateResponse(QStringLiteral("nope"), QStringLiteral("EP-01"),
                                         ResponseUpdate{Rating::level(1), {}, {}, {}});
                }).contains(QStringLiteral("no assessment with id \"nope\"")));
        QCOMPARE(test::databaseFingerprint(db.path()), before);
    }

    void finalAssessmentsAreReadOnlyUntilReopened()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.setStatus(id, AssessmentStatus::Final);
        QVERIFY(errorOf([&] {
                    store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(1), {}, {}, {}});
                }).contains(QStringLiteral("is final; reopen it")));
        QVERIFY(
            !errorOf([&] { store.addNote(id, QStringLiteral("CU-01"), {}, QStringLiteral("x"), false); }).isEmpty());
        store.setStatus(id, AssessmentStatus::Draft);
        store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(1), {}, {}, {}});
        QCOMPARE(store.response(id, QStringLiteral("CU-01")).rating.score, std::optional<int>(1));
    }

    void auditsEveryChange()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(2), {}, {}, {}});
        store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::na(), {}, {}, QStringLiteral("why")});
        store.setChecklistStatus(id, QStringLiteral("EP-01.1"), ChecklistState::Partial);
        store.setStatus(id, AssessmentStatus::Final);
        const QList<AuditEntry> log = store.auditLog(id);
        QCOMPARE(log.size(), 6);
        QCOMPARE(log[0].field, QStringLiteral("created"));
        QCOMPARE(log[1].field, QStringLiteral("rating"));
        QCOMPARE(log[1].oldValue, QString());
        QCOMPARE(log[1].newValue, QStringLiteral("2"));
        QCOMPARE(log[2].oldValue, QStringLiteral("2"));
        QCOMPARE(log[2].newValue, QStringLiteral("N/A"));
        QCOMPARE(log[3].field, QStringLiteral("rationale"));
        QCOMPARE(log[3].newValue, QStringLiteral("why"));
        QCOMPARE(log[4].entityKey, QStringLiteral("EP-01.1"));
        QCOMPARE(log[4].newValue, QStringLiteral("partial"));
        QCOMPARE(log[5].field, QStringLiteral("status"));
        QCOMPARE(log[5].newValue, QStringLiteral("final"));
    }

    // Two connections to one database (two laptops on a server, or two windows on a file): the
    // edit started from the older version is refused and names who changed the item and when.
    void anEditFromAnOlderVersionIsRefused()
    {
        test::TempDatabase db;
        AssessmentStore mine(db.path());
        const QString id = createDraft(mine);
        const Response first = mine.updateResponse(id, QStringLiteral("CU-02"), {.rating = Rating::level(1)});
        QCOMPARE(first.version, 1);
        QCOMPARE(first.updatedBy, mine.response(id, QStringLiteral("CU-02")).updatedBy);
        QVERIFY(!first.updatedBy.isEmpty());

        AssessmentStore theirs(db.path());
        const Response second = theirs.updateResponse(id, QStringLiteral("CU-02"),
                                                      {.rating = Rating::level(3), .expectedVersion = first.version});
        QCOMPARE(second.version, 2);

        Response shown;
        QString message;
        try {
            mine.updateResponse(id, QStringLiteral("CU-02"),
                                {.rationale = QStringLiteral("typed while they scored"), .expectedVersion = 1});
        } catch (const EditConflict &conflict) {
            shown = conflict.current();
            message = conflict.message();
        }
        QVERIFY2(message.startsWith(QStringLiteral("CU-02 was changed by %1 at ").arg(second.updatedBy)),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("after you opened it; your change was not saved")),
                 qPrintable(message));
        QCOMPARE(shown.rating, Rating::level(3));
        QCOMPARE(shown.version, 2);

        const Response stored = mine.response(id, QStringLiteral("CU-02"));
        QCOMPARE(stored.rating, Rating::level(3));
        QCOMPARE(stored.rationale, QString());
        QCOMPARE(stored.version, 2);
        QCOMPARE(mine.auditLog(id).size(), 3); // created, and the two ratings

        // Started from the newer version, the same edit is written.
        QCOMPARE(mine.updateResponse(id, QStringLiteral("CU-02"),
                                     {.rationale = QStringLiteral("typed again"), .expectedVersion = 2})
                     .version,
                 3);
        // An item never answered is version 0: someone else's first answer is newer.
        theirs.updateResponse(id, QStringLiteral("CU-03"), {.rating = Rating::level(2)});
        QVERIFY(errorOf([&] {
                    mine.updateResponse(id, QStringLiteral("CU-03"), {.rating = Rating::na(), .expectedVersion = 0});
                }).contains(QStringLiteral("CU-03 was changed by")));
    }

    // The same for an action: the change started from the older action is refused, names who
    // changed it and when, and carries the newer action; applied over the newer one it is written.
    void anActionChangedMeanwhileIsRefused()
    {
        test::TempDatabase db;
        AssessmentStore mine(db.path());
        const QString id = createDraft(mine);
        mine.addAction(id, Action{0, QStringLiteral("EP-05"), QStringLiteral("Map agreements"), QString(), QDate(),
                                  ActionStatus::Open});
        const Action read = mine.actions(id).constFirst();

        AssessmentStore theirs(db.path());
        Action changed = theirs.actions(id).constFirst();
        changed.owner = QStringLiteral("Interior");
        const Action written = theirs.updateAction(changed);
        QVERIFY(written.updatedAt > read.updatedAt);
        QCOMPARE(theirs.actions(id).constFirst().updatedAt, written.updatedAt);

        Action typed = read;
        typed.text = QStringLiteral("Map every bilateral agreement");
        Action shown;
        QString message;
        try {
            mine.updateAction(typed);
        } catch (const ActionConflict &conflict) {
            QVERIFY(conflict.current());
            shown = *conflict.current();
            message = conflict.message();
        }
        QCOMPARE(message, QStringLiteral("the action \"Map agreements\" of EP-05 was changed by %1 at %2 after you "
                                         "opened it; your change was not saved")
                              .arg(mine.auditLog(id).constLast().changedBy,
                                   QLocale().toString(written.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(shown.owner, QStringLiteral("Interior"));
        QCOMPARE(shown.text, QStringLiteral("Map agreements"));
        QCOMPARE(mine.actions(id).constFirst().text, QStringLiteral("Map agreements"));

        // This user's change applied again over the newer action keeps the owner they set.
        const Action mineWritten = mine.updateAction(ActionEdit{read, typed}.over(shown));
        QCOMPARE(mineWritten.text, typed.text);
        QVERIFY(mineWritten.updatedAt > shown.updatedAt);
        const Action stored = theirs.actions(id).constFirst();
        QCOMPARE(stored.text, typed.text);
        QCOMPARE(stored.owner, QStringLiteral("Interior"));
        QCOMPARE(stored.updatedAt, mineWritten.updatedAt);
        // A second change from the version just written needs no reading in between.
        Action again = mineWritten;
        again.status = ActionStatus::InProgress;
        QCOMPARE(mine.updateAction(again).status, ActionStatus::InProgress);
    }

    // An action removed by someone else while this user changed it: the change is refused as a
    // conflict that says who removed it and when, and carries no action; without a version read
    // (nothing to have seen removed) it is the plain "no action" error.
    void anActionRemovedMeanwhileIsRefused()
    {
        test::TempDatabase db;
        AssessmentStore mine(db.path());
        const QString id = createDraft(mine);
        mine.addAction(id, Action{0, QStringLiteral("EP-05"), QStringLiteral("Map agreements"), QString(), QDate(),
                                  ActionStatus::Open});
        Action typed = mine.actions(id).constFirst();
        typed.text = QStringLiteral("Map every bilateral agreement");

        AssessmentStore theirs(db.path());
        theirs.removeAction(typed.id);
        const AuditEntry removal = theirs.auditLog(id).constLast();
        QCOMPARE(removal.field, QStringLiteral("removed"));

        bool refused = false;
        try {
            mine.updateAction(typed);
        } catch (const ActionConflict &conflict) {
            refused = true;
            QVERIFY(!conflict.current());
            QCOMPARE(
                conflict.message(),
                QStringLiteral("the action \"Map every bilateral agreement\" of EP-05 was removed by %1 at %2 after "
                               "you opened it; your change was not saved")
                    .arg(removal.changedBy, QLocale().toString(removal.changedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        QVERIFY(refused);
        QVERIFY(mine.actions(id).isEmpty());
        QCOMPARE(mine.auditLog(id).constLast().id, removal.id);

        typed.updatedAt = QDateTime();
        QVERIFY(errorOf([&] {
                    mine.updateAction(typed);
                }).endsWith(QStringLiteral(": no action with id %1").arg(typed.id)));
    }

    // The facilitator's note is changed only from the text its editor read: a change over a
    // colleague's later note is refused with who and when, carries their note and writes nothing.
    void aFacilitatorNoteChangedMeanwhileIsRefused()
    {
        test::TempDatabase db;
        AssessmentStore mine(db.path());
        const QString id = createDraft(mine);
        const QString item = QStringLiteral("EP-05");
        mine.changeFacilitatorNote(id, item, QString(), QStringLiteral("Ask Labour"));
        AssessmentStore theirs(db.path());
        theirs.changeFacilitatorNote(id, item, QStringLiteral("Ask Labour"), QStringLiteral("Ask Labour and Interior"));
        const AuditEntry change = theirs.auditLog(id).constLast();

        QString message;
        QString shown;
        try {
            mine.changeFacilitatorNote(id, item, QStringLiteral("Ask Labour"), QStringLiteral("Ask Labour today"));
        } catch (const FacilitatorNoteConflict &conflict) {
            message = conflict.message();
            shown = conflict.current();
        }
        QCOMPARE(message,
                 QStringLiteral("the facilitator's note on EP-05 was changed by %1 at %2 after you opened "
                                "it; your change was not saved")
                     .arg(change.changedBy, QLocale().toString(change.changedAt.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(shown, QStringLiteral("Ask Labour and Interior"));
        QCOMPARE(mine.facilitatorNotes(id).constFirst().text, shown);
        QCOMPARE(mine.auditLog(id).constLast().id, change.id);
        // A note someone else wrote first is newer than none; removing it needs the text too.
        QVERIFY(errorOf([&] {
                    mine.changeFacilitatorNote(id, item, QString(), QStringLiteral("x"));
                }).startsWith(QStringLiteral("the facilitator's note on EP-05 was changed by")));
        QVERIFY(errorOf([&] {
                    mine.changeFacilitatorNote(id, item, QStringLiteral("Ask Labour"), QString());
                }).startsWith(QStringLiteral("the facilitator's note on EP-05 was changed by")));

        // From the newer note, the change is written; and the note is removed from its own text.
        mine.changeFacilitatorNote(id, item, shown, QStringLiteral("  Ask Labour today "));
        QCOMPARE(theirs.facilitatorNotes(id).constFirst().text, QStringLiteral("Ask Labour today"));
        theirs.changeFacilitatorNote(id, item, QStringLiteral("Ask Labour today"), QString());
        QVERIFY(mine.facilitatorNotes(id).isEmpty());
    }

    // A member is removed by number only from the team its editor read: after a colleague's change
    // of the team the number may be someone else's, so the removal is refused and carries the team.
    void aTeamChangedMeanwhileRefusesARemovalByNumber()
    {
        test::TempDatabase db;
        AssessmentStore mine(db.path());
        const QString id = createDraft(mine);
        TeamRoster(mine).add(id, {QStringLiteral("Ben"), QStringLiteral("Labour"), QString()});
        const QList<TeamMember> seen = TeamRoster(mine).members(id);
        QCOMPARE(seen.size(), 2);

        AssessmentStore theirs(db.path());
        TeamRoster(theirs).remove(id, 1, TeamRoster(theirs).members(id));
        const AuditEntry change = theirs.auditLog(id).constLast();
        QCOMPARE(change.field, QStringLiteral("team"));

        QList<TeamMember> shown;
        QString message;
        try {
            TeamRoster(mine).remove(id, 2, seen);
        } catch (const TeamConflict &conflict) {
            message = conflict.message();
            shown = conflict.current();
        }
        QCOMPARE(message,
                 QStringLiteral("the team of \"Workshop\" was changed by %1 at %2 after you opened it; "
                                "your change was not saved")
                     .arg(change.changedBy, QLocale().toString(change.changedAt.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().name, QStringLiteral("Ben"));
        QCOMPARE(TeamRoster(mine).members(id), shown);
        QCOMPARE(mine.auditLog(id).constLast().id, change.id);

        // Adding needs no version: it goes after whoever is there now.
        QCOMPARE(TeamRoster(mine).add(id, {QStringLiteral("Carla"), QStringLiteral("Health"), QString()}), 2);
        TeamRoster(mine).remove(id, 1, TeamRoster(mine).members(id));
        QCOMPARE(TeamRoster(theirs).members(id).constFirst().name, QStringLiteral("Carla"));
        // The number out of range is refused inside the same write, which then changes nothing.
        QVERIFY(errorOf([&] {
                    TeamRoster(mine).remove(id, 3);
                }).contains(QStringLiteral("has no team member 3 (members are 1 to 1)")));
        QCOMPARE(TeamRoster(theirs).members(id).size(), 1);
    }

    void checklistStatuses()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.setChecklistStatus(id, QStringLiteral("EP-13.S1"), ChecklistState::InPlace);
        store.setChecklistStatus(id, QStringLiteral("EP-04.6"), ChecklistState::NotApplicable);
        QList<ChecklistStatus> list = store.checklist(id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].entryId, QStringLiteral("EP-04.6"));
        QCOMPARE(list[0].itemId, QStringLiteral("EP-04"));
        QCOMPARE(list[1].itemId, QStringLiteral("EP-13"));
        store.setChecklistStatus(id, QStringLiteral("EP-13.S1"), std::nullopt);
        QCOMPARE(store.checklist(id).size(), 1);
        QVERIFY(errorOf([&] {
                    store.setChecklistStatus(id, QStringLiteral("EP-13.S9"), ChecklistState::Partial);
                }).contains(QStringLiteral("no sub-topic or statement \"EP-13.S9\"")));
        QVERIFY(errorOf([&] {
                    vocabulary::require<ChecklistState>(QStringLiteral("done"));
                }).contains(QStringLiteral("checklist status \"done\"")));
    }

    void attachmentRoundTripByHash()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        QByteArray bytes;
        for (int i = 0; i < 70000; ++i)
            bytes.append(char(i * 7 % 256));
        QFile file(db.file(QStringLiteral("minutes.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const qint64 evidenceId = store.addFile(id, QStringLiteral("CU-19"), {}, file.fileName(), true);
        const Evidence listed = store.evidence(id, QStringLiteral("CU-19")).constFirst();
        QCOMPARE(listed.fileName, QStringLiteral("minutes.pdf"));
        QCOMPARE(listed.title, QStringLiteral("minutes.pdf"));
        QCOMPARE(listed.size, qint64(70000));
        QVERIFY(listed.confidential);
        QVERIFY(listed.content.isEmpty());
        QCOMPARE(listed.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const Evidence loaded = store.evidenceItem(evidenceId, true);
        QCOMPARE(loaded.content, bytes);
        QVERIFY(store.integrityProblems().isEmpty());
        SqlConnection(store.path())
            .run(QStringLiteral("UPDATE evidence_files SET content = ? WHERE evidence_id = ?"),
                 {QByteArray("tampered"), evidenceId});
        const QStringList problems = store.integrityProblems();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.filter(QStringLiteral("SHA-256 does not match")).size() == 1);
        QVERIFY(problems[0].contains(QStringLiteral("minutes.pdf")));
    }

    void evidenceNotesLinksAndLimits()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.addNote(id, QStringLiteral("CU-01"), QStringLiteral("Minutes"), QStringLiteral("Agreed in plenary"),
                      false);
        store.addLink(id, QStringLiteral("CU-01"), {}, QStringLiteral("https://example.org/law"), false);
        QCOMPARE(store.evidence(id).size(), 2);
        QCOMPARE(store.evidence(id)[1].text, QStringLiteral("https://example.org/law"));
        QVERIFY(errorOf([&] {
                    store.addLink(id, QStringLiteral("CU-01"), {}, QStringLiteral("not a link"), false);
                }).contains(QStringLiteral("not a complete link")));
        QVERIFY(errorOf([&] {
                    store.addNote(id, QStringLiteral("CU-01"), {}, QStringLiteral("  "), false);
                }).contains(QStringLiteral("needs a text")));
        QFile big(db.file(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(21 * 1024 * 1024));
        big.close();
        QVERIFY(errorOf([&] {
                    store.addFile(id, QStringLiteral("CU-01"), {}, big.fileName(), false);
                }).contains(QStringLiteral("limited to 20 MiB")));
        QVERIFY(errorOf([&] {
                    store.addFile(id, QStringLiteral("CU-01"), {}, db.file(QStringLiteral("missing.txt")), false);
                }).contains(QStringLiteral("missing.txt: no such file")));
        store.removeEvidence(store.evidence(id)[0].id);
        QCOMPARE(store.evidence(id).size(), 1);
    }

    void actions()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        const qint64 actionId = store.addAction(id, Action{0, QStringLiteral("EP-05"), QStringLiteral("Map agreements"),
                                                           QStringLiteral("Labour"), QDate(2026, 1, 31),
                                                           ActionStatus::Open});
        Action action = store.actions(id).constFirst();
        QCOMPARE(action.id, actionId);
        QCOMPARE(action.due, QDate(2026, 1, 31));
        action.status = ActionStatus::Done;
        store.updateAction(action);
        QCOMPARE(store.actions(id, QStringLiteral("EP-05")).constFirst().status, ActionStatus::Done);
        QVERIFY(errorOf([&] {
                    vocabulary::require<ActionStatus>(QStringLiteral("later"));
                }).contains(QStringLiteral("action status \"later\"")));
        store.removeAction(actionId);
        QVERIFY(store.actions(id).isEmpty());
    }

    void newRoundCopiesRatingsAndKeepsTheOld()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.updateResponse(id, QStringLiteral("CU-01"),
                             ResponseUpdate{Rating::level(2), std::optional<int>(4), {}, QStringLiteral("r")});
        store.setChecklistStatus(id, QStringLiteral("EP-01.1"), ChecklistState::Partial);
        store.setStatus(id, AssessmentStatus::Final);
        const QString next = store.startNewRound(id, QStringLiteral("Round 2"), QDate(2026, 5, 1));
        QCOMPARE(store.assessment(next).status, AssessmentStatus::Draft);
        QCOMPARE(store.assessment(next).title, QStringLiteral("Round 2"));
        QCOMPARE(store.response(next, QStringLiteral("CU-01")).rating.score, std::optional<int>(2));
        QCOMPARE(store.response(next, QStringLiteral("CU-01")).target, std::optional<int>(4));
        QCOMPARE(store.checklist(next).size(), 1);
        store.updateResponse(next, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(3), {}, {}, {}});
        QCOMPARE(store.response(id, QStringLiteral("CU-01")).rating.score, std::optional<int>(2));
        QCOMPARE(store.assessments().size(), 2);
    }

    void deleteRemovesEverythingButTheAudit()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(2), {}, {}, {}});
        store.addNote(id, QStringLiteral("CU-01"), {}, QStringLiteral("n"), false);
        store.deleteAssessment(id);
        QVERIFY(!store.hasAssessment(id));
        QCOMPARE(SqlConnection(store.path()).scalar(QStringLiteral("SELECT COUNT(*) FROM responses")).toInt(), 0);
        QCOMPARE(SqlConnection(store.path()).scalar(QStringLiteral("SELECT COUNT(*) FROM evidence")).toInt(), 0);
        QCOMPARE(store.auditLog(id).constLast().field, QStringLiteral("deleted"));
    }

    void pinnedFrameworkSurvivesFileEdits()
    {
        test::TempDatabase db;
        Framework edited = iamm2004();
        QString id;
        {
            AssessmentStore store(db.path());
            id = createDraft(store);
        }
        edited.sections[0].items[0].text = QStringLiteral("Changed in the file");
        AssessmentStore store(db.path());
        QCOMPARE(store.frameworkOf(id).item(QStringLiteral("CU-01"))->text,
                 QStringLiteral("The continuing movement of people across borders is an integral feature of a rapidly "
                                "globalizing world."));
        QCOMPARE(store.frameworkOf(id).hash, iamm2004().hash);
    }

    void failedWriteInsideATransactionRollsBack()
    {
        test::TempDatabase db;
        AssessmentStore store(db.path());
        const QString id = createDraft(store);
        const QByteArray before = test::databaseFingerprint(db.path());
        const QString message = errorOf([&] {
            AssessmentStore::Batch transaction(store);
            store.updateResponse(id, QStringLiteral("CU-01"), ResponseUpdate{Rating::level(2), {}, {}, {}});
            store.updateResponse(id, QStringLiteral("CU-02"), ResponseUpdate{Rating::level(9), {}, {}, {}});
            transaction.commit();
        });
        QVERIFY(message.contains(QStringLiteral("off the scale")));
        QCOMPARE(test::databaseFingerprint(db.path()), before);
        QCOMPARE(store.response(id, QStringLiteral("CU-01")).rating, Rating::notAssessed());
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
