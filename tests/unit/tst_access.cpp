// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"
#include "store/assessmentstore.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>
#include <QUuid>

using iamm::test::CliResult;
using iamm::test::DemoRounds;
using iamm::test::describe;
using iamm::test::linesOf;
using iamm::test::runCli;
using iamm::test::TestServer;
using iamm::test::verifyOneLineError;

namespace {

// What one statement did as one login role: the rows read, the rows changed, or the refusal.
struct Outcome
{
    bool ok = false;
    QString error;
    QList<QVariantList> rows;
    int affected = -1;

    QVariant value() const { return rows.isEmpty() ? QVariant() : rows.first().value(0); }
    QStringList column() const
    {
        QStringList values;
        for (const QVariantList &row : rows)
            values << row.value(0).toString();
        return values;
    }
};

QString urlAs(const QString &url, const QString &user)
{
    QUrl parsed(url);
    parsed.setUserName(user);
    return parsed.toString();
}

Outcome runAs(const QString &url, const QString &user, const QString &sql)
{
    const QUrl parsed(url);
    const QString name = QUuid::createUuid().toString();
    Outcome outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setUserName(user);
        db.setHostName(parsed.host());
        db.setPort(parsed.port());
        db.setDatabaseName(parsed.path().mid(1));
        if (!db.open())
            qFatal("cannot connect as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        outcome.ok = query.exec(sql);
        outcome.error = query.lastError().text();
        outcome.affected = query.numRowsAffected();
        while (outcome.ok && query.isSelect() && query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            outcome.rows << row;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

QStringList gapArguments(const QString &state, const QStringList &more = {})
{
    return QStringList{QStringLiteral("gap"),     QStringLiteral("--state"), state,
                       QStringLiteral("--group"), QStringLiteral("DEMO"),    QStringLiteral("--format"),
                       QStringLiteral("json")}
           + more;
}

QStringList adminArguments(const QStringList &more)
{
    return QStringList{QStringLiteral("admin")} + more;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private:
    Outcome as(const QString &user, const QString &sql) const { return runAs(m_url, user, sql); }
    Outcome asOwner(const QString &sql) const { return runAs(m_url, QStringLiteral("iamm"), sql); }
    void verifyRefused(const QString &user, const QString &sql) const;
    void grant(const QStringList &options);

    QString m_url;
    DemoRounds m_rounds;
    QString m_xab;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void initRunsAgainChangingNothing();
    void teamReadsItsOwnStateOnly();
    void teamCannotWriteAnotherState();
    void teamScoresThroughTheCli();
    void observerReadsItsStateOnly();
    void secretariatReadsFinalScoresOnly();
    void secretariatReadsNothingElse();
    void grantsAreReadableByTheirOwnUserOnly();
    void auditLogOfAnotherStateIsHidden();
    void listAndRevoke();
    void badRequestsGrantNothing();
    void sqliteIsRefused();
    void helpAndManPageShowAdmin();
    void backupIsTheServersJob();
    void teamGapUsesSharedFigures();
    void sharedFiguresHoldNothingElse();
    void secretariatRunsGapAndReport();
};

void TestAccess::verifyRefused(const QString &user, const QString &sql) const
{
    const Outcome outcome = as(user, sql);
    QVERIFY2(!outcome.ok, qPrintable(QStringLiteral("%1 may run: %2").arg(user, sql)));
    QVERIFY2(outcome.error.contains(QLatin1String("permission denied")), qPrintable(outcome.error));
}

void TestAccess::grant(const QStringList &options)
{
    RUN_OK(result, m_url, adminArguments(QStringList{QStringLiteral("grant")} + options));
}

void TestAccess::initTestCase()
{
    m_url = TestServer::createDatabase();
    iamm::test::createDemo(m_url, m_rounds);
    QVERIFY(!QTest::currentTestFailed());
    RUN_OK(init, m_url, adminArguments({QStringLiteral("init")}));
    grant({QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--user"), QStringLiteral("team_xaa"),
           QStringLiteral("--role"), QStringLiteral("team")});
    grant({QStringLiteral("--state"), QStringLiteral("xab"), QStringLiteral("--user"), QStringLiteral("observer_xab"),
           QStringLiteral("--role"), QStringLiteral("observer")});
    RUN_OK(secretariat, m_url,
           adminArguments({QStringLiteral("grant"), QStringLiteral("--secretariat"), QStringLiteral("--group"),
                           QStringLiteral("DEMO"), QStringLiteral("--user"), QStringLiteral("sec_demo")}));
    QVERIFY2(secretariat.out.contains(QLatin1String("XAA, XAB, XAC, XAD, XAE, XAF")), qPrintable(secretariat.out));
    m_xab = asOwner(QStringLiteral("SELECT id FROM assessments WHERE state_code = 'XAB'")).value().toString();
    QVERIFY(!m_xab.isEmpty());
}

void TestAccess::cleanupTestCase()
{
    if (!m_url.isEmpty())
        TestServer::dropDatabase(m_url);
}

void TestAccess::initRunsAgainChangingNothing()
{
    RUN_OK(before, m_url, adminArguments({QStringLiteral("list")}));
    RUN_OK(init, m_url, adminArguments({QStringLiteral("init")}));
    RUN_OK(after, m_url, adminArguments({QStringLiteral("list")}));
    QCOMPARE(after.out, before.out);
    QCOMPARE(linesOf(after.out),
             QStringList({QStringLiteral("observer_xab\tobserver\tXAB"), QStringLiteral("sec_demo\tsecretariat\tXAA"),
                          QStringLiteral("sec_demo\tsecretariat\tXAB"), QStringLiteral("sec_demo\tsecretariat\tXAC"),
                          QStringLiteral("sec_demo\tsecretariat\tXAD"), QStringLiteral("sec_demo\tsecretariat\tXAE"),
                          QStringLiteral("sec_demo\tsecretariat\tXAF"), QStringLiteral("team_xaa\tteam\tXAA")}));
}

void TestAccess::teamReadsItsOwnStateOnly()
{
    const QString team = QStringLiteral("team_xaa");
    QCOMPARE(as(team, QStringLiteral("SELECT DISTINCT state_code FROM assessments")).column(),
             QStringList{QStringLiteral("XAA")});
    const Outcome rationale = as(
        team, QStringLiteral("SELECT r.rationale FROM responses r WHERE r.assessment_id = '%1'").arg(m_xab));
    QVERIFY2(rationale.ok, qPrintable(rationale.error));
    QCOMPARE(rationale.rows.size(), 0);
    QVERIFY(
        asOwner(QStringLiteral("SELECT COUNT(*) FROM responses WHERE assessment_id = '%1'").arg(m_xab)).value().toInt()
        > 0);
    QVERIFY(as(team, QStringLiteral("SELECT COUNT(*) FROM responses WHERE assessment_id = '%1'").arg(m_rounds.draftId))
                .value()
                .toInt()
            > 0);
    QVERIFY(as(team, QStringLiteral("SELECT COUNT(*) FROM evidence")).value().toInt() > 0);
    QVERIFY(as(team, QStringLiteral("SELECT COUNT(*) FROM contribution_views")).value().toInt() > 0);
}

void TestAccess::teamCannotWriteAnotherState()
{
    const QString team = QStringLiteral("team_xaa");
    const QString score =
        QStringLiteral("SELECT score FROM responses WHERE assessment_id = '%1' AND item_id = 'CU-01'").arg(m_xab);
    const QVariant before = asOwner(score).value();
    const Outcome update = as(
        team,
        QStringLiteral("UPDATE responses SET score = 1 - COALESCE(score, 0) WHERE assessment_id = '%1'").arg(m_xab));
    QVERIFY(!update.ok || update.affected == 0);
    QCOMPARE(asOwner(score).value(), before);
    const Outcome created = as(team, QStringLiteral("INSERT INTO assessments (id, state_code, framework_id, "
                                                    "framework_version, framework_hash, title, assessed_on, status, "
                                                    "created_at, updated_at) SELECT 'forged', 'XAB', framework_id, "
                                                    "framework_version, framework_hash, 'x', assessed_on, 'draft', "
                                                    "created_at, updated_at FROM assessments LIMIT 1"));
    QVERIFY(!created.ok);
    QVERIFY2(created.error.contains(QLatin1String("row-level security")), qPrintable(created.error));
    QVERIFY(!as(team, QStringLiteral("INSERT INTO audit_log (assessment_id, entity, entity_key, field, changed_at) "
                                     "VALUES ('%1', 'response', 'CU-01', 'score', 'now')")
                          .arg(m_xab))
                 .ok);
    const Outcome removed = as(team, QStringLiteral("DELETE FROM assessments WHERE id = '%1'").arg(m_xab));
    QVERIFY(removed.ok && removed.affected == 0);
    verifyRefused(team, QStringLiteral("DELETE FROM audit_log"));
    verifyOneLineError(runCli(urlAs(m_url, team), {QStringLiteral("score"), m_xab, QStringLiteral("CU-01"),
                                                   QStringLiteral("--score"), QStringLiteral("1")}),
                       1, {m_xab});
    QCOMPARE(asOwner(score).value(), before);
}

void TestAccess::teamScoresThroughTheCli()
{
    const QString team = QStringLiteral("team_xaa");
    const QString draft = m_rounds.draftId;
    const QString score =
        QStringLiteral("SELECT score FROM responses WHERE assessment_id = '%1' AND item_id = 'CU-01'").arg(draft);
    const int level = asOwner(score).value().toInt() == 3 ? 2 : 3;
    const QString audit = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE assessment_id = '%1' AND "
                                         "entity_key = 'CU-01' AND field = 'rating' AND new_value = '%2'")
                              .arg(draft)
                              .arg(level);
    const int auditBefore = asOwner(audit).value().toInt();
    RUN_OK(
        scored, urlAs(m_url, team),
        {QStringLiteral("score"), draft, QStringLiteral("CU-01"), QStringLiteral("--score"), QString::number(level)});
    QVERIFY2(!scored.err.contains(QLatin1String("created")), qPrintable(describe(scored)));
    QCOMPARE(as(team, score).value().toInt(), level);
    QCOMPARE(asOwner(score).value().toInt(), level);
    QCOMPARE(as(team, audit).value().toInt(), auditBefore + 1);
    RUN_OK(history, urlAs(m_url, team), {QStringLiteral("history"), draft});
    QVERIFY(history.out.contains(QLatin1String("CU-01")));
}

void TestAccess::observerReadsItsStateOnly()
{
    const QString observer = QStringLiteral("observer_xab");
    QCOMPARE(as(observer, QStringLiteral("SELECT DISTINCT state_code FROM assessments")).column(),
             QStringList{QStringLiteral("XAB")});
    QVERIFY(as(observer, QStringLiteral("SELECT COUNT(*) FROM responses WHERE rationale <> ''")).value().toInt() > 0);
    QCOMPARE(
        as(observer, QStringLiteral("SELECT COUNT(*) FROM responses WHERE assessment_id = '%1'").arg(m_rounds.draftId))
            .value()
            .toInt(),
        0);
    QCOMPARE(as(observer, QStringLiteral("SELECT COUNT(*) FROM evidence")).value().toInt(), 0);
    QCOMPARE(as(observer, QStringLiteral("SELECT COUNT(*) FROM contribution_views")).value().toInt(), 0);
    verifyRefused(observer, QStringLiteral("UPDATE responses SET score = NULL WHERE assessment_id = '%1'").arg(m_xab));
    verifyRefused(observer, QStringLiteral("DELETE FROM assessments WHERE id = '%1'").arg(m_xab));
    RUN_OK(shown, urlAs(m_url, observer), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(linesOf(shown.out).size(), 1);
    QVERIFY(shown.out.contains(m_xab));
    // Said before anything is typed: the app shows its read-only notice, the command line refuses clearly.
    const QString readOnly = QStringLiteral("the database is read-only (this login may read the database but not "
                                            "change it), nothing was saved");
    const CliResult refused = runCli(urlAs(m_url, observer), {QStringLiteral("score"), m_xab, QStringLiteral("CU-01"),
                                                              QStringLiteral("--score"), QStringLiteral("1")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(readOnly), qPrintable(refused.err));
    QCOMPARE(iamm::AssessmentStore(urlAs(m_url, observer)).readOnlyReason(),
             QStringLiteral("this login may read the database but not change it"));
    QVERIFY(iamm::AssessmentStore(urlAs(m_url, QStringLiteral("sec_demo"))).isReadOnly());
    QVERIFY(!iamm::AssessmentStore(urlAs(m_url, QStringLiteral("team_xaa"))).isReadOnly());
    QVERIFY(!iamm::AssessmentStore(m_url).isReadOnly());
}

void TestAccess::secretariatReadsFinalScoresOnly()
{
    const QString secretariat = QStringLiteral("sec_demo");
    QCOMPARE(as(secretariat, QStringLiteral("SELECT DISTINCT status FROM assessments")).column(),
             QStringList{QStringLiteral("final")});
    const QString finals = QStringLiteral("SELECT id FROM assessments WHERE status = 'final' AND state_code IN "
                                          "('XAA', 'XAB', 'XAC', 'XAD', 'XAE', 'XAF') ORDER BY id");
    QCOMPARE(as(secretariat, QStringLiteral("SELECT id FROM assessments ORDER BY id")).column(),
             asOwner(finals).column());
    const QString scores = QStringLiteral("SELECT COUNT(*), SUM(score) FROM responses WHERE assessment_id IN (%1)");
    const Outcome read = as(secretariat, scores.arg(QStringLiteral("SELECT id FROM assessments")));
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.rows, asOwner(scores.arg(finals)).rows);
    QCOMPARE(as(secretariat,
                QStringLiteral("SELECT COUNT(*) FROM responses WHERE assessment_id = '%1'").arg(m_rounds.draftId))
                 .value()
                 .toInt(),
             0);
    QVERIFY(as(secretariat, QStringLiteral("SELECT COUNT(*) FROM framework_snapshots")).value().toInt() > 0);
}

void TestAccess::secretariatReadsNothingElse()
{
    {
        // What the app opens: the scores, and nothing attached to them, without an error.
        const iamm::AssessmentStore store(urlAs(m_url, QStringLiteral("sec_demo")));
        const QString finalId = store.assessments(QStringLiteral("XAA")).constFirst().id;
        QVERIFY(store.checklist(finalId).isEmpty());
        QVERIFY(store.evidence(finalId).isEmpty());
        QVERIFY(store.actions(finalId).isEmpty());
        QVERIFY(store.contributions(finalId).isEmpty());
        QVERIFY(store.facilitatorNotes(finalId).isEmpty());
        const iamm::Response shared = store.response(finalId, QStringLiteral("CU-01"));
        QCOMPARE(shared.rating, iamm::AssessmentStore(m_url).response(finalId, QStringLiteral("CU-01")).rating);
        QCOMPARE(shared.rationale, QString());
        QVERIFY(!iamm::AssessmentStore(m_url).actions(finalId).isEmpty());
    }
    const QString secretariat = QStringLiteral("sec_demo");
    for (const char *column : {"rationale", "dissent", "confidence", "change_note", "*"})
        verifyRefused(secretariat, QStringLiteral("SELECT %1 FROM responses").arg(QLatin1String(column)));
    for (const char *table :
         {"evidence", "evidence_files", "actions", "contributions", "contribution_views", "facilitator_notes",
          "parked_questions", "agenda_sessions", "team_members", "checklist_statuses", "audit_log"})
        verifyRefused(secretariat, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    verifyRefused(secretariat, QStringLiteral("INSERT INTO responses (assessment_id, item_id, updated_at) "
                                              "VALUES ('%1', 'ZZ-99', 'now')")
                                   .arg(m_xab));
    verifyRefused(secretariat, QStringLiteral("UPDATE assessments SET title = 'x'"));
    verifyRefused(secretariat, QStringLiteral("INSERT INTO access_grants VALUES ('sec_demo', 'team', 'XAA')"));
}

void TestAccess::grantsAreReadableByTheirOwnUserOnly()
{
    QCOMPARE(as(QStringLiteral("team_xaa"), QStringLiteral("SELECT db_user, kind, state_code FROM access_grants")).rows,
             QList<QVariantList>({{QStringLiteral("team_xaa"), QStringLiteral("team"), QStringLiteral("XAA")}}));
    QCOMPARE(as(QStringLiteral("sec_demo"), QStringLiteral("SELECT DISTINCT db_user FROM access_grants")).column(),
             QStringList{QStringLiteral("sec_demo")});
    verifyRefused(QStringLiteral("team_xaa"), QStringLiteral("INSERT INTO access_grants VALUES ('team_xaa', 'team', "
                                                             "'XAB')"));
}

void TestAccess::auditLogOfAnotherStateIsHidden()
{
    const QString ofXab = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE assessment_id = '%1'").arg(m_xab);
    QVERIFY(asOwner(ofXab).value().toInt() > 0);
    QCOMPARE(as(QStringLiteral("team_xaa"), ofXab).value().toInt(), 0);
    QCOMPARE(as(QStringLiteral("observer_xab"), ofXab).value(), asOwner(ofXab).value());
    QCOMPARE(as(QStringLiteral("observer_xab"),
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE assessment_id <> '%1'").arg(m_xab))
                 .value()
                 .toInt(),
             0);
    RUN_OK(history, urlAs(m_url, QStringLiteral("team_xaa")), {QStringLiteral("history"), m_rounds.draftId});
    verifyOneLineError(runCli(urlAs(m_url, QStringLiteral("team_xaa")), {QStringLiteral("history"), m_xab}), 1,
                       {m_xab});
}

void TestAccess::listAndRevoke()
{
    const QStringList options{QStringLiteral("--state"),      QStringLiteral("XAC"),    QStringLiteral("--user"),
                              QStringLiteral("observer_tmp"), QStringLiteral("--role"), QStringLiteral("observer")};
    grant(options);
    QCOMPARE(as(QStringLiteral("observer_tmp"), QStringLiteral("SELECT DISTINCT state_code FROM assessments")).column(),
             QStringList{QStringLiteral("XAC")});
    RUN_OK(revoked, m_url, adminArguments(QStringList{QStringLiteral("revoke")} + options));
    QVERIFY2(revoked.out.contains(QLatin1String("iamm_observer")), qPrintable(revoked.out));
    QCOMPARE(as(QStringLiteral("observer_tmp"), QStringLiteral("SELECT COUNT(*) FROM access_grants")).ok, false);
    RUN_OK(list, m_url, adminArguments({QStringLiteral("list")}));
    QVERIFY(!list.out.contains(QLatin1String("observer_tmp")));
    verifyOneLineError(runCli(m_url, adminArguments(QStringList{QStringLiteral("revoke")} + options)), 1,
                       {QStringLiteral("observer_tmp"), QStringLiteral("nothing revoked")});
}

void TestAccess::badRequestsGrantNothing()
{
    RUN_OK(before, m_url, adminArguments({QStringLiteral("list")}));
    const QString user = QStringLiteral("ghost_user");
    const auto grantWith = [&](const QString &state, const QString &name, const QString &role) {
        return runCli(m_url, adminArguments({QStringLiteral("grant"), QStringLiteral("--state"), state,
                                             QStringLiteral("--user"), name, QStringLiteral("--role"), role}));
    };
    verifyOneLineError(grantWith(QStringLiteral("QQQ"), user, QStringLiteral("team")), 1, {QStringLiteral("QQQ")});
    verifyOneLineError(grantWith(QStringLiteral("XAA"), QStringLiteral("Bad\"Name"), QStringLiteral("team")), 1,
                       {QStringLiteral("Bad\"Name")});
    verifyOneLineError(grantWith(QStringLiteral("XAA"), QStringLiteral("pg_monitor"), QStringLiteral("team")), 1,
                       {QStringLiteral("pg_monitor")});
    verifyOneLineError(grantWith(QStringLiteral("XAA"), QStringLiteral("iamm"), QStringLiteral("team")), 1,
                       {QStringLiteral("superuser")});
    verifyOneLineError(grantWith(QStringLiteral("XAA"), user, QStringLiteral("admin")), 2, {QStringLiteral("--role")});
    verifyOneLineError(runCli(m_url, adminArguments({QStringLiteral("grant"), QStringLiteral("--secretariat"),
                                                     QStringLiteral("--group"), QStringLiteral("NOPE"),
                                                     QStringLiteral("--user"), user})),
                       1, {QStringLiteral("NOPE")});
    verifyOneLineError(runCli(m_url, adminArguments({QStringLiteral("grant"), QStringLiteral("--secretariat"),
                                                     QStringLiteral("--group"), QStringLiteral("DEMO"),
                                                     QStringLiteral("--user"), QStringLiteral("team_xaa")})),
                       1, {QStringLiteral("team_xaa"), QStringLiteral("iamm_team")});
    RUN_OK(after, m_url, adminArguments({QStringLiteral("list")}));
    QCOMPARE(after.out, before.out);
    QCOMPARE(asOwner(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('ghost_user', 'Bad\"Name')"))
                 .value()
                 .toInt(),
             0);
}

void TestAccess::sqliteIsRefused()
{
    const iamm::test::TempDatabase file(iamm::test::TempDatabase::Kind::File);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("grant"), QStringLiteral("--state"), QStringLiteral("XAA"),
                      QStringLiteral("--user"), QStringLiteral("team_xaa"), QStringLiteral("--role"),
                      QStringLiteral("team")}})
        verifyOneLineError(
            runCli(file.path(), adminArguments(arguments)), 1,
            {file.path(), QStringLiteral("needs a PostgreSQL server database"), QStringLiteral("file permissions")});
    QVERIFY(!QFile::exists(file.path()));
}

// A server database is backed up by its administrator; iamm says so instead of writing a file.
void TestAccess::backupIsTheServersJob()
{
    verifyOneLineError(runCli(m_url, {QStringLiteral("backup")}), 1,
                       {m_url, QStringLiteral("backed up by its administrator (pg_dump)"),
                        QStringLiteral("`iamm copy --from %1 --to FILE`").arg(m_url)});
}

void TestAccess::helpAndManPageShowAdmin()
{
    RUN_OK(help, m_url, {QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QLatin1String("Server administration (PostgreSQL)")), qPrintable(help.out));
    QVERIFY(help.out.contains(QLatin1String("admin grant --secretariat --group GROUP --user NAME")));
    const QString manual = QString::fromUtf8(
        iamm::test::readFile(iamm::test::fixture(QStringLiteral("../../packaging/iamm.1"))));
    for (const char *command : {"init", "grant", "revoke", "list"})
        QVERIFY(manual.contains(QStringLiteral(".TP\n\\fBadmin %1").arg(QLatin1String(command))));
}

// A team cannot read its peers' rows, yet its gap report has the same peer statistics as the
// owner's: the peers come from the shared figures.
void TestAccess::teamGapUsesSharedFigures()
{
    RUN_OK(owner, m_url, gapArguments(QStringLiteral("XAA")));
    RUN_OK(team, urlAs(m_url, QStringLiteral("team_xaa")), gapArguments(QStringLiteral("XAA")));
    QCOMPARE(team.out, owner.out);
    const QJsonObject gap = QJsonDocument::fromJson(team.out.toUtf8()).object();
    QCOMPARE(gap.value(QStringLiteral("peerStates")).toArray().size(), 5);
    const QJsonObject peer = gap.value(QStringLiteral("overall")).toObject().value(QStringLiteral("peer")).toObject();
    QCOMPARE(peer.value(QStringLiteral("n")).toInt(), 5);
    QVERIFY(peer.value(QStringLiteral("median")).toDouble() > 0);
    QVERIFY(peer.value(QStringLiteral("mean")).toDouble() > 0);
    RUN_OK(ownerOfXab, m_url, gapArguments(QStringLiteral("XAB")));
    RUN_OK(observer, urlAs(m_url, QStringLiteral("observer_xab")), gapArguments(QStringLiteral("XAB")));
    QCOMPARE(observer.out, ownerOfXab.out);
    QVERIFY(observer.out.contains(QLatin1String("\"XAA\"")));
    const iamm::test::TempDatabase folder(iamm::test::TempDatabase::Kind::File);
    const QString pdf = folder.file(QStringLiteral("report.pdf"));
    RUN_OK(report, urlAs(m_url, QStringLiteral("team_xaa")),
           {QStringLiteral("report"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--include-evidence"), QStringLiteral("--out"), pdf});
    QVERIFY2(!report.err.contains(QLatin1String("iamm:")) && !report.err.contains(QLatin1String("shared figures")),
             qPrintable(describe(report)));
    QVERIFY(iamm::test::readFile(pdf).startsWith("%PDF"));
}

void TestAccess::sharedFiguresHoldNothingElse()
{
    const QStringList logins{QStringLiteral("team_xaa"), QStringLiteral("observer_xab"), QStringLiteral("sec_demo")};
    RUN_OK(outside, m_url,
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("NOR"),
            QStringLiteral("--date"), QStringLiteral("2026-05-01")});
    const QString nor = outside.out.trimmed();
    RUN_OK(scored, m_url,
           {QStringLiteral("score"), nor, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("2")});
    RUN_OK(finalized, m_url, {QStringLiteral("assessment"), QStringLiteral("finalize"), nor});
    RUN_OK(draft, m_url,
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("XAB"),
            QStringLiteral("--date"), QStringLiteral("2026-12-01")});
    const QString xabDraft = draft.out.trimmed();
    RUN_OK(
        draftScored, m_url,
        {QStringLiteral("score"), xabDraft, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("1")});
    const QString responsesOf = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE assessment_id = '%2'");
    for (const QString &id : {nor, xabDraft})
        QCOMPARE(asOwner(responsesOf.arg(QStringLiteral("responses"), id)).value().toInt(), 1);
    const QString groupFinals = QStringLiteral("SELECT id FROM assessments WHERE status = 'final' AND state_code IN "
                                               "('XAA', 'XAB', 'XAC', 'XAD', 'XAE', 'XAF') ORDER BY id");
    const auto xabItems = [&](const QString &table) {
        return QStringLiteral("SELECT item_id, score, target, not_applicable FROM %1 WHERE assessment_id = '%2' "
                              "ORDER BY item_id")
            .arg(table, m_xab);
    };
    for (const QString &user : logins) {
        QCOMPARE(as(user, QStringLiteral("SELECT id FROM shared_assessments ORDER BY id")).column(),
                 asOwner(groupFinals).column());
        for (const QString &id : {nor, xabDraft})
            QCOMPARE(as(user, responsesOf.arg(QStringLiteral("shared_responses"), id)).value().toInt(), 0);
        QCOMPARE(as(user, xabItems(QStringLiteral("shared_responses"))).rows,
                 asOwner(xabItems(QStringLiteral("responses"))).rows);
        for (const char *column : {"rationale", "dissent", "confidence", "change_note"})
            QVERIFY(!as(user, QStringLiteral("SELECT %1 FROM shared_responses").arg(QLatin1String(column))).ok);
        for (const char *column : {"title", "previous_assessment_id"})
            QVERIFY(!as(user, QStringLiteral("SELECT %1 FROM shared_assessments").arg(QLatin1String(column))).ok);
        verifyRefused(user, QStringLiteral("UPDATE shared_responses SET score = 1"));
        verifyRefused(user, QStringLiteral("DELETE FROM shared_assessments"));
        verifyRefused(user, QStringLiteral("SELECT COUNT(*) FROM reference_group_members"));
    }
    QCOMPARE(as(QStringLiteral("team_xaa"),
                QStringLiteral("SELECT COUNT(*) FROM responses WHERE assessment_id = '%1'").arg(m_xab))
                 .value()
                 .toInt(),
             0);
}

// A secretariat compares a member state with the group from the shared figures alone, and still
// cannot read a rationale or evidence.
void TestAccess::secretariatRunsGapAndReport()
{
    const QString secretariat = urlAs(m_url, QStringLiteral("sec_demo"));
    const QStringList ofXab{QStringLiteral("--assessment"), m_xab};
    RUN_OK(owner, m_url, gapArguments(QStringLiteral("XAB"), ofXab));
    RUN_OK(gap, secretariat, gapArguments(QStringLiteral("XAB"), ofXab));
    QCOMPARE(gap.out, owner.out);
    QCOMPARE(QJsonDocument::fromJson(gap.out.toUtf8()).object().value(QStringLiteral("peerStates")).toArray().size(),
             5);
    RUN_OK(newest, secretariat, gapArguments(QStringLiteral("XAB")));
    QCOMPARE(newest.out, gap.out);
    RUN_OK(text, secretariat,
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO")});
    QVERIFY(!text.err.contains(QLatin1String("permission denied")));
    const iamm::test::TempDatabase folder(iamm::test::TempDatabase::Kind::File);
    const QString pdf = folder.file(QStringLiteral("report.pdf"));
    RUN_OK(report, secretariat,
           {QStringLiteral("report"), QStringLiteral("--state"), QStringLiteral("XAB"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--include-evidence"), QStringLiteral("--include-notes"),
            QStringLiteral("--out"), pdf});
    QVERIFY2(report.err.contains(QLatin1String("reads the shared figures of final assessments only")),
             qPrintable(describe(report)));
    QVERIFY(!report.err.contains(QLatin1String("permission denied")));
    QVERIFY(iamm::test::readFile(pdf).startsWith("%PDF"));
    verifyRefused(QStringLiteral("sec_demo"), QStringLiteral("SELECT rationale FROM responses"));
    verifyRefused(QStringLiteral("sec_demo"), QStringLiteral("SELECT COUNT(*) FROM evidence"));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
