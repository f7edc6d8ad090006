// SPDX-License-Identifier: GPL-3.0-or-later
// Several people editing one assessment on a PostgreSQL server at once: a change made on one
// connection reaches the others as it commits, and many writers racing over the same items lose
// no acknowledged write (each either lands, with its audit entry, or is refused as a conflict).
#include "common/datapaths.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "store/changefeed.h"
#include "store/editconflict.h"
#include "testsupport.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace iamm;

namespace {

const Framework &iamm2004()
{
    static const FrameworkRegistry registry({DataPaths::frameworksDir()});
    return registry.require(QStringLiteral("iamm-2004"));
}

// One write a writer was told had landed.
struct Acknowledged
{
    QString itemId;
    int version = 0;
    QString rationale;
};

// How long the writers race: 30 s unless IAMM_STRESS_SECONDS says otherwise.
int stressSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("IAMM_STRESS_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 30;
}

} // namespace

class SharedEditingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_id;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY2(m_db->isServer(), "IAMM_TEST_POSTGRESQL names no running cluster");
        AssessmentStore store(m_db->path());
        m_id = store.createAssessment(
            NewAssessment{QStringLiteral("MEX"), QStringLiteral("Shared"), QDate(2026, 3, 1), {}}, iamm2004());
    }

    void aChangeReachesTheOtherConnectionAsItCommits()
    {
        AssessmentStore watching(m_db->path());
        AssessmentStore writing(m_db->path());
        QVERIFY(watching.changes().isLive());
        QSignalSpy arrived(&watching.changes(), &ChangeFeed::responseChanged);
        QSignalSpy echoed(&writing.changes(), &ChangeFeed::responseChanged);

        {
            AssessmentStore::Batch batch(writing);
            writing.updateResponse(m_id, QStringLiteral("EP-05"), {.rating = Rating::level(2)});
            QTest::qWait(300);
            QCOMPARE(arrived.count(), 0); // nothing before the commit
            batch.commit();
        }
        QVERIFY(arrived.wait(1000));
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().at(0).toString(), m_id);
        QCOMPARE(arrived.first().at(1).toString(), QStringLiteral("EP-05"));
        QCOMPARE(watching.response(m_id, QStringLiteral("EP-05")).rating, Rating::level(2));
        QCOMPARE(echoed.count(), 0); // a connection is not told of its own change

        // A refused write announces nothing.
        QVERIFY_THROWS_EXCEPTION(
            EditConflict,
            writing.updateResponse(m_id, QStringLiteral("EP-05"), {.rating = Rating::level(4), .expectedVersion = 0}));
        QTest::qWait(300);
        QCOMPARE(arrived.count(), 1);
    }

    void racingWritersLoseNoAcknowledgedWrite()
    {
        constexpr int writerCount = 8;
        const QStringList items = {QStringLiteral("CU-11"), QStringLiteral("CU-12"), QStringLiteral("CU-13")};
        const QDeadlineTimer deadline(stressSeconds() * 1000);
        QMutex mutex;
        QList<Acknowledged> acknowledged;
        QStringList failures;
        std::atomic<int> conflicts = 0;

        std::vector<std::unique_ptr<QThread>> writers;
        for (int writer = 0; writer < writerCount; ++writer) {
            writers.emplace_back(QThread::create([&, writer] {
                try {
                    AssessmentStore store(m_db->path());
                    for (int attempt = 0; !deadline.hasExpired(); ++attempt) {
                        const QString item = items.at((writer + attempt) % items.size());
                        const int seen = store.response(m_id, item).version;
                        const QString text = QStringLiteral("writer %1, attempt %2").arg(writer).arg(attempt);
                        try {
                            const Response stored = store.updateResponse(
                                m_id, item,
                                {.rating = Rating::level(attempt % 5), .rationale = text, .expectedVersion = seen});
                            const QMutexLocker locker(&mutex);
                            acknowledged << Acknowledged{item, stored.version, text};
                        } catch (const EditConflict &) {
                            ++conflicts;
                        }
                    }
                } catch (const IammError &error) {
                    const QMutexLocker locker(&mutex);
                    failures << error.message();
                }
            }));
            writers.back()->start();
        }
        for (const auto &writer : writers)
            QVERIFY(writer->wait());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(conflicts > 0, "the writers never raced over an item");

        AssessmentStore reader(m_db->path());
        QStringList audited;
        for (const AuditEntry &entry : reader.auditLog(m_id)) {
            if (entry.field == QLatin1String("rationale") && items.contains(entry.entityKey))
                audited << entry.entityKey + QLatin1Char('/') + entry.newValue;
        }
        for (const QString &item : items) {
            QList<int> versions;
            Acknowledged last;
            for (const Acknowledged &write : std::as_const(acknowledged)) {
                if (write.itemId != item)
                    continue;
                versions << write.version;
                QVERIFY2(audited.count(item + QLatin1Char('/') + write.rationale) == 1, qPrintable(write.rationale));
                if (write.version > last.version)
                    last = write;
            }
            // Each acknowledged write made exactly one version, and the last one is what is stored.
            std::sort(versions.begin(), versions.end());
            QVERIFY2(!versions.isEmpty(), qPrintable(item));
            for (int index = 0; index < versions.size(); ++index)
                QCOMPARE(versions.at(index), index + 1);
            const Response stored = reader.response(m_id, item);
            QCOMPARE(stored.version, versions.size());
            QCOMPARE(stored.rationale, last.rationale);
        }
        QCOMPARE(audited.size(), acknowledged.size());
        qInfo("%lld writes acknowledged, %d refused as conflicts in %d s", qint64(acknowledged.size()),
              conflicts.load(), stressSeconds());
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(SharedEditingTest)
#include "tst_sharedediting.moc"
