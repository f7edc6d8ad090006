// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes writing one database at once: no acknowledged write is lost, every audit
// entry's old value is what the field really held, and writers wait instead of failing.
#include "store/assessmentstore.h"
#include "clitestsupport.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace iamm;
using iamm::test::CliResult;
using iamm::test::describe;
using iamm::test::runCli;
using iamm::test::TempDatabase;

namespace {

// Runs a shell loop of iamm commands in the background; it stops at the first failure and
// prints what failed.
class CliLoop
{
public:
    CliLoop(const QString &database, const QStringList &commandLines)
    {
        QString script = QStringLiteral("set -u\n");
        for (const QString &line : commandLines)
            script += QStringLiteral("\"$IAMM\" %1 >/dev/null || { echo \"failed: %1\" >&2; exit 1; }\n").arg(line);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IAMM_DB"), database);
        env.insert(QStringLiteral("IAMM"), QStringLiteral(IAMM_CLI_PATH));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    }

    void verifyAllSucceeded()
    {
        QVERIFY(m_process.waitForFinished(120000));
        QVERIFY2(m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(m_process.readAllStandardError())));
    }

private:
    QProcess m_process;
};

QString createDraft(const QString &database)
{
    const CliResult created = runCli(database, {QStringLiteral("assessment"), QStringLiteral("create"),
                                                QStringLiteral("--state"), QStringLiteral("MEX")});
    return QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f-]{27}")).match(created.out).captured(0);
}

} // namespace

class ConcurrencyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_environment;

private slots:
    void initTestCase() { iamm::test::isolateUserDirectories(m_environment); }

    void twoWritersOfOneItemLoseNothingAndAuditTheTruth()
    {
        TempDatabase db;
        const QString id = createDraft(db.path());
        QVERIFY(!id.isEmpty());
        constexpr int rounds = 25;
        QStringList rationales;
        QStringList targets;
        for (int i = 1; i <= rounds; ++i) {
            rationales << QStringLiteral("score %1 EP-01 --score 2 --rationale r%2").arg(id).arg(i);
            targets << QStringLiteral("score %1 EP-01 --score 2 --target %2").arg(id).arg(i % 4 + 1);
        }
        CliLoop rationaleWriter(db.path(), rationales);
        CliLoop targetWriter(db.path(), targets);
        rationaleWriter.verifyAllSucceeded();
        targetWriter.verifyAllSucceeded();

        AssessmentStore store(db.path());
        const Response last = store.response(id, QStringLiteral("EP-01"));
        QCOMPARE(last.rationale, QStringLiteral("r%1").arg(rounds));
        QCOMPARE(last.target, std::optional<int>(rounds % 4 + 1));
        QHash<QString, QString> current{{QStringLiteral("rating"), QString()},
                                        {QStringLiteral("rationale"), QString()},
                                        {QStringLiteral("target"), QString()}};
        QHash<QString, int> changes;
        for (const AuditEntry &entry : store.auditLog(id)) {
            if (entry.entity != QLatin1String("response"))
                continue;
            QVERIFY2(current.contains(entry.field), qPrintable(entry.field));
            QVERIFY2(entry.oldValue == current[entry.field],
                     qPrintable(QStringLiteral("%1: audit says old \"%2\", but it was \"%3\"")
                                    .arg(entry.field, entry.oldValue, current[entry.field])));
            current[entry.field] = entry.newValue;
            ++changes[entry.field];
        }
        QCOMPARE(changes.value(QStringLiteral("rationale")), rounds);
        QCOMPARE(changes.value(QStringLiteral("rating")), 1);
        QCOMPARE(current.value(QStringLiteral("target")), QString::number(rounds % 4 + 1));
    }

    void importsWaitForAnotherWriter()
    {
        TempDatabase db;
        const QString scored = createDraft(db.path());
        constexpr int files = 8;
        QStringList imports;
        for (int i = 0; i < files; ++i) {
            const QString id = createDraft(db.path());
            const QString file = db.file(QStringLiteral("export-%1.json").arg(i));
            RUN_OK(exported, db.path(), {QStringLiteral("export"), id, QStringLiteral("--out"), file});
            RUN_OK(deleted, db.path(),
                   {QStringLiteral("assessment"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
            imports << QStringLiteral("import '%1'").arg(file);
        }
        QStringList scores;
        for (int i = 1; i <= 3 * files; ++i)
            scores << QStringLiteral("score %1 EP-0%2 --score %3").arg(scored).arg(i % 9 + 1).arg(i % 4 + 1);
        CliLoop scoreWriter(db.path(), scores);
        CliLoop importer(db.path(), imports);
        importer.verifyAllSucceeded();
        scoreWriter.verifyAllSucceeded();
        AssessmentStore store(db.path());
        QCOMPARE(store.assessments().size(), files + 1);
    }
};

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "tst_concurrency.moc"
