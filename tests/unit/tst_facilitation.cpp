// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's aids: private notes per item, the parking lot and the agenda in the store and in
// exchange files, and the pure AgendaPlan and Countdown the presenter view uses.
#include "catalogs/statecatalog.h"
#include "common/iammerror.h"
#include "exchange/assessmentexchange.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "testsupport.h"
#include "workshop/agendaplan.h"
#include "workshop/countdown.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace iamm;
using iamm::test::databaseFingerprint;
using iamm::test::TempDatabase;
using iamm::test::writeFile;

namespace {

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const IammError &error) {
        return error.message();
    }
    return {};
}

AgendaSession session(const char *title, const char *first, const char *last, int minutes)
{
    return {QString::fromUtf8(title), QString::fromLatin1(first), QString::fromLatin1(last), minutes};
}

QStringList fieldsOf(const QList<AuditEntry> &entries, const QString &entity)
{
    QStringList fields;
    for (const AuditEntry &entry : entries) {
        if (entry.entity == entity)
            fields
                << QStringLiteral("%1 %2: %3 -> %4").arg(entry.entityKey, entry.field, entry.oldValue, entry.newValue);
    }
    return fields;
}

} // namespace

Q_DECLARE_METATYPE(iamm::AgendaSession)

class FacilitationTest : public QObject
{
    Q_OBJECT

private:
    QString createDraft(AssessmentStore &store);
    // A draft with two notes, two parked questions (the second done) and an agenda of two sessions.
    QString createWorkshop(AssessmentStore &store);

    std::unique_ptr<FrameworkRegistry> m_frameworks;
    const StateCatalog &m_states = StateCatalog::instance();

private slots:
    void initTestCase();

    void noteIsSetReplacedAndClearedInItemOrder();
    void noteOnAnUnknownItemIsRefused();
    void parkingLotAddDoneUndoRemove();
    void parkedQuestionNeedsTextAndAKnownItemAndId();
    void agendaIsReplacedWholeAndCleared();
    void badAgendaIsRefusedAndChangesNothing_data();
    void badAgendaIsRefusedAndChangesNothing();
    void finalAssessmentRefusesEveryWrite();
    void writesAreAudited();
    void deletingTheAssessmentRemovesThem();
    void newRoundStartsWithout();

    void agendaPlanFindsSessionsAndItems();
    void countdownRunsPausesAndEnds();

    void exchangeFileIsReadFieldByField();
    void fullExportRoundTripsLosslessly();
    void shareExportLeavesThemOut();
    void badEntriesInAnExchangeFileNameTheirPath_data();
    void badEntriesInAnExchangeFileNameTheirPath();
};

void FacilitationTest::initTestCase()
{
    m_frameworks = std::make_unique<FrameworkRegistry>(
        QStringList{QStringLiteral(IAMM_TEST_FIXTURES "/../../frameworks")});
    QVERIFY(m_frameworks->find(QStringLiteral("iamm-2004")));
}

QString FacilitationTest::createDraft(AssessmentStore &store)
{
    return store.createAssessment({QStringLiteral("KEN"), QStringLiteral("Workshop"), QDate(2025, 5, 1), {}},
                                  m_frameworks->require(QStringLiteral("iamm-2004")));
}

QString FacilitationTest::createWorkshop(AssessmentStore &store)
{
    const QString id = createDraft(store);
    store.setFacilitatorNote(id, QStringLiteral("EP-02"), QStringLiteral("Ask Labour first"));
    store.setFacilitatorNote(id, QStringLiteral("CU-03"), QStringLiteral("Watch the time"));
    store.addParkedQuestion(id, QStringLiteral("CU-05"), QStringLiteral("Who keeps the register?"));
    const qint64 done = store.addParkedQuestion(id, QStringLiteral("EP-01"), QStringLiteral("Is the law in force?"));
    store.setParkedQuestionDone(id, done, true);
    store.setAgenda(id, {session("Morning", "CU-01", "CU-10", 90), session("Afternoon", "CU-11", "EP-05", 120)});
    return id;
}

void FacilitationTest::noteIsSetReplacedAndClearedInItemOrder()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    store.setFacilitatorNote(id, QStringLiteral("EP-02"), QStringLiteral("  Ask Labour first \n"));
    store.setFacilitatorNote(id, QStringLiteral("CU-03"), QStringLiteral("Watch the time"));
    QList<FacilitatorNote> notes = store.facilitatorNotes(id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0].itemId, QStringLiteral("CU-03"));
    QCOMPARE(notes[1].itemId, QStringLiteral("EP-02"));
    QCOMPARE(notes[1].text, QStringLiteral("Ask Labour first"));
    QVERIFY(notes[1].updated.isValid());
    QVERIFY(qAbs(notes[1].updated.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    store.setFacilitatorNote(id, QStringLiteral("EP-02"), QStringLiteral("Ask Interior first"));
    notes = store.facilitatorNotes(id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[1].text, QStringLiteral("Ask Interior first"));

    store.setFacilitatorNote(id, QStringLiteral("CU-03"), QStringLiteral("   "));
    notes = store.facilitatorNotes(id);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].itemId, QStringLiteral("EP-02"));
    store.setFacilitatorNote(id, QStringLiteral("EP-02"), QString());
    QVERIFY(store.facilitatorNotes(id).isEmpty());
}

void FacilitationTest::noteOnAnUnknownItemIsRefused()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QByteArray before = databaseFingerprint(db.path());
    const QString message = errorOf(
        [&] { store.setFacilitatorNote(id, QStringLiteral("XX-99"), QStringLiteral("x")); });
    QVERIFY2(message.contains(QLatin1String("no item \"XX-99\"")), qPrintable(message));
    const QString tooLong = errorOf(
        [&] { store.setFacilitatorNote(id, QStringLiteral("CU-01"), QString(20001, QLatin1Char('n'))); });
    QVERIFY2(tooLong.contains(QLatin1String("20,001 characters")) && tooLong.contains(QLatin1String("CU-01")),
             qPrintable(tooLong));
    QVERIFY(errorOf([&] {
                store.setFacilitatorNote(QStringLiteral("nope"), QStringLiteral("CU-01"), QStringLiteral("x"));
            }).contains(QLatin1String("no assessment with id \"nope\"")));
    QCOMPARE(databaseFingerprint(db.path()), before);
    QVERIFY(store.facilitatorNotes(id).isEmpty());
}

void FacilitationTest::parkingLotAddDoneUndoRemove()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const qint64 first = store.addParkedQuestion(id, QStringLiteral("EP-04"), QStringLiteral(" Who funds it? "));
    const qint64 second = store.addParkedQuestion(id, QStringLiteral("CU-01"), QStringLiteral("Which law?"));
    QVERIFY(second > first);
    QList<ParkedQuestion> questions = store.parkedQuestions(id);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions[0].id, first);
    QCOMPARE(questions[0].itemId, QStringLiteral("EP-04"));
    QCOMPARE(questions[0].text, QStringLiteral("Who funds it?"));
    QCOMPARE(questions[0].done, false);
    QVERIFY(questions[0].created.isValid());
    QVERIFY(!questions[0].doneAt.isValid());
    QCOMPARE(questions[1].id, second);

    store.setParkedQuestionDone(id, first, true);
    questions = store.parkedQuestions(id);
    QCOMPARE(questions[0].done, true);
    QVERIFY(questions[0].doneAt.isValid());
    QVERIFY(questions[0].doneAt >= questions[0].created);
    QCOMPARE(questions[1].done, false);

    store.setParkedQuestionDone(id, first, false);
    questions = store.parkedQuestions(id);
    QCOMPARE(questions[0].done, false);
    QVERIFY(!questions[0].doneAt.isValid());

    store.removeParkedQuestion(id, first);
    questions = store.parkedQuestions(id);
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions[0].id, second);
}

void FacilitationTest::parkedQuestionNeedsTextAndAKnownItemAndId()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const qint64 kept = store.addParkedQuestion(id, QStringLiteral("CU-01"), QStringLiteral("Which law?"));
    const QByteArray before = databaseFingerprint(db.path());
    QCOMPARE(errorOf([&] { store.addParkedQuestion(id, QStringLiteral("CU-01"), QStringLiteral("  ")); }),
             QStringLiteral("a parked question on item CU-01 needs a text"));
    QVERIFY(errorOf([&] {
                store.addParkedQuestion(id, QStringLiteral("ZZ-01"), QStringLiteral("q"));
            }).contains(QLatin1String("no item \"ZZ-01\"")));
    QVERIFY(errorOf([&] {
                store.addParkedQuestion(id, QStringLiteral("CU-01"), QString(1001, QLatin1Char('q')));
            }).contains(QLatin1String("1,001 characters; at most 1,000")));
    const QString unknown = QStringLiteral("assessment %1 has no parked question %2").arg(id).arg(kept + 7);
    QCOMPARE(errorOf([&] { store.setParkedQuestionDone(id, kept + 7, true); }), unknown);
    QCOMPARE(errorOf([&] { store.removeParkedQuestion(id, kept + 7); }), unknown);
    // A question of another assessment is not found under this one.
    const QString other = createDraft(store);
    const QByteArray withOther = databaseFingerprint(db.path());
    QCOMPARE(errorOf([&] { store.removeParkedQuestion(other, kept); }),
             QStringLiteral("assessment %1 has no parked question %2").arg(other).arg(kept));
    QCOMPARE(databaseFingerprint(db.path()), withOther);
    QVERIFY(before != withOther);
    QCOMPARE(store.parkedQuestions(id).size(), 1);
}

void FacilitationTest::agendaIsReplacedWholeAndCleared()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QList<AgendaSession> first{session(" Morning ", "CU-01", "CU-10", 90), session("Lunch", "CU-11", "CU-11", 1)};
    store.setAgenda(id, first);
    QList<AgendaSession> stored = store.agenda(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0], session("Morning", "CU-01", "CU-10", 90));
    QCOMPARE(stored[1], first[1]);
    const QList<AgendaSession> second{session("All day", "CU-01", "EP-20", 480)};
    store.setAgenda(id, second);
    QCOMPARE(store.agenda(id), second);
    store.setAgenda(id, {});
    QVERIFY(store.agenda(id).isEmpty());
}

void FacilitationTest::badAgendaIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<AgendaSession>("bad");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no title") << session(" ", "CU-01", "CU-02", 30)
                              << QStringLiteral("session 2: the session has no title");
    QTest::newRow("unknown first item") << session("S", "CU-99", "CU-02", 30)
                                        << QStringLiteral("session 2: framework iamm-2004 has no item \"CU-99\"");
    QTest::newRow("unknown last item") << session("S", "CU-01", "", 30)
                                       << QStringLiteral("session 2: framework iamm-2004 has no item \"\"");
    QTest::newRow("first after last") << session(
        "S", "EP-01", "CU-20", 30) << QStringLiteral("session 2: its first item EP-01 comes after its last item CU-20");
    QTest::newRow("zero minutes") << session("S", "CU-01", "CU-02", 0)
                                  << QStringLiteral("session 2: 0 minutes is outside 1–480");
    QTest::newRow("too many minutes") << session("S", "CU-01", "CU-02", 481)
                                      << QStringLiteral("session 2: 481 minutes is outside 1–480");
    QTest::newRow("long title") << AgendaSession{QString(201, QLatin1Char('t')), QStringLiteral("CU-01"),
                                                 QStringLiteral("CU-02"), 30}
                                << QStringLiteral("the title of agenda session 2 has 201 characters");
}

void FacilitationTest::badAgendaIsRefusedAndChangesNothing()
{
    QFETCH(AgendaSession, bad);
    QFETCH(QString, expected);
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QList<AgendaSession> kept{session("Kept", "CU-01", "CU-05", 45)};
    store.setAgenda(id, kept);
    const QByteArray before = databaseFingerprint(db.path());
    const QString message = errorOf([&] { store.setAgenda(id, {session("Fine", "CU-01", "CU-03", 20), bad}); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(databaseFingerprint(db.path()), before);
    QCOMPARE(store.agenda(id), kept);
}

void FacilitationTest::finalAssessmentRefusesEveryWrite()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createWorkshop(store);
    const qint64 question = store.parkedQuestions(id).constFirst().id;
    store.setStatus(id, AssessmentStatus::Final);
    const QString expected = QStringLiteral("assessment %1 is final; reopen it before changing it").arg(id);
    const QByteArray before = databaseFingerprint(db.path());
    QCOMPARE(errorOf([&] { store.setFacilitatorNote(id, QStringLiteral("CU-01"), QStringLiteral("n")); }), expected);
    QCOMPARE(errorOf([&] { store.setFacilitatorNote(id, QStringLiteral("CU-03"), QString()); }), expected);
    QCOMPARE(errorOf([&] { store.addParkedQuestion(id, QStringLiteral("CU-01"), QStringLiteral("q")); }), expected);
    QCOMPARE(errorOf([&] { store.setParkedQuestionDone(id, question, true); }), expected);
    QCOMPARE(errorOf([&] { store.removeParkedQuestion(id, question); }), expected);
    QCOMPARE(errorOf([&] { store.setAgenda(id, {}); }), expected);
    QCOMPARE(databaseFingerprint(db.path()), before);
    // Still readable.
    QCOMPARE(store.facilitatorNotes(id).size(), 2);
    QCOMPARE(store.parkedQuestions(id).size(), 2);
    QCOMPARE(store.agenda(id).size(), 2);
}

void FacilitationTest::writesAreAudited()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    store.setFacilitatorNote(id, QStringLiteral("CU-01"), QStringLiteral("first"));
    store.setFacilitatorNote(id, QStringLiteral("CU-01"), QStringLiteral("second"));
    store.setFacilitatorNote(id, QStringLiteral("CU-01"), QStringLiteral("second"));
    store.setFacilitatorNote(id, QStringLiteral("CU-01"), QString());
    const qint64 q = store.addParkedQuestion(id, QStringLiteral("CU-02"), QStringLiteral("Why?"));
    store.setParkedQuestionDone(id, q, true);
    store.setParkedQuestionDone(id, q, true);
    store.setParkedQuestionDone(id, q, false);
    store.removeParkedQuestion(id, q);
    store.setAgenda(id, {session("S", "CU-01", "CU-02", 10)});
    store.setAgenda(id, {});
    const QList<AuditEntry> log = store.auditLog(id);
    QCOMPARE(fieldsOf(log, QStringLiteral("facilitator note")),
             QStringList({QStringLiteral("CU-01 text:  -> first"), QStringLiteral("CU-01 text: first -> second"),
                          QStringLiteral("CU-01 text: second -> ")}));
    const QString key = QString::number(q);
    QCOMPARE(fieldsOf(log, QStringLiteral("parked question")),
             QStringList({key + QStringLiteral(" added:  -> Why?"), key + QStringLiteral(" done: no -> yes"),
                          key + QStringLiteral(" done: yes -> no"), key + QStringLiteral(" removed: Why? -> ")}));
    QCOMPARE(fieldsOf(log, QStringLiteral("agenda")),
             QStringList({id + QStringLiteral(" sessions: 0 sessions -> 1 sessions"),
                          id + QStringLiteral(" sessions: 1 sessions -> 0 sessions")}));
}

void FacilitationTest::deletingTheAssessmentRemovesThem()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createWorkshop(store);
    const QString other = createWorkshop(store);
    store.deleteAssessment(id);
    QVERIFY(store.integrityProblems().isEmpty());
    QCOMPARE(store.facilitatorNotes(other).size(), 2);
    QVERIFY(errorOf([&] { store.parkedQuestions(id); }).contains(QLatin1String("no assessment")));
    const QString fresh = createDraft(store);
    QVERIFY(store.facilitatorNotes(fresh).isEmpty());
    QVERIFY(store.parkedQuestions(fresh).isEmpty());
    QVERIFY(store.agenda(fresh).isEmpty());
}

void FacilitationTest::newRoundStartsWithout()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createWorkshop(store);
    const QString next = store.startNewRound(id, QString(), QDate(2026, 1, 1));
    QVERIFY(store.facilitatorNotes(next).isEmpty());
    QVERIFY(store.parkedQuestions(next).isEmpty());
    QVERIFY(store.agenda(next).isEmpty());
}

void FacilitationTest::agendaPlanFindsSessionsAndItems()
{
    const Framework &framework = m_frameworks->require(QStringLiteral("iamm-2004"));
    const AgendaPlan plan({session("One", "CU-01", "CU-03", 30), session("Two", "CU-18", "EP-02", 45),
                           session("Overlap", "EP-02", "EP-02", 5)},
                          framework);
    QCOMPARE(plan.totalMinutes(), 80);
    QCOMPARE(plan.itemsOf(0), QStringList({QStringLiteral("CU-01"), QStringLiteral("CU-02"), QStringLiteral("CU-03")}));
    QCOMPARE(plan.itemsOf(1), QStringList({QStringLiteral("CU-18"), QStringLiteral("CU-19"), QStringLiteral("CU-20"),
                                           QStringLiteral("EP-01"), QStringLiteral("EP-02")}));
    QCOMPARE(plan.itemsOf(2), QStringList{QStringLiteral("EP-02")});
    QVERIFY(plan.itemsOf(3).isEmpty());
    QVERIFY(plan.itemsOf(-1).isEmpty());
    QCOMPARE(plan.sessionIndexOf(QStringLiteral("CU-02")), 0);
    QCOMPARE(plan.sessionIndexOf(QStringLiteral("EP-01")), 1);
    QCOMPARE(plan.sessionIndexOf(QStringLiteral("EP-02")), 1);
    QCOMPARE(plan.sessionIndexOf(QStringLiteral("CU-10")), -1);
    QCOMPARE(plan.sessionIndexOf(QStringLiteral("XX-01")), -1);
    const AgendaPlan backwards({session("Back", "EP-01", "CU-01", 10)}, framework);
    QVERIFY(backwards.itemsOf(0).isEmpty());
    QCOMPARE(backwards.sessionIndexOf(QStringLiteral("CU-05")), -1);
    QCOMPARE(AgendaPlan({}, framework).totalMinutes(), 0);
    QCOMPARE(AgendaPlan::problem(session("Fine", "CU-01", "CU-01", 1), framework), QString());
}

void FacilitationTest::countdownRunsPausesAndEnds()
{
    Countdown countdown(90);
    QCOMPARE(countdown.isRunning(), false);
    QCOMPARE(countdown.remainingSeconds(5000), 90);
    QCOMPARE(countdown.text(5000), QStringLiteral("01:30"));
    countdown.start(10000);
    QVERIFY(countdown.isRunning());
    QCOMPARE(countdown.remainingSeconds(10000), 90);
    // 0.5 s gone: 89.5 s left, shown rounded up.
    QCOMPARE(countdown.remainingSeconds(10500), 90);
    QCOMPARE(countdown.remainingSeconds(11000), 89);
    QCOMPARE(countdown.text(40000), QStringLiteral("01:00"));
    countdown.pause(40000);
    QVERIFY(!countdown.isRunning());
    QCOMPARE(countdown.remainingSeconds(100000), 60);
    countdown.pause(100000);
    QCOMPARE(countdown.remainingSeconds(100000), 60);
    countdown.resume(200000);
    countdown.resume(230000);
    QCOMPARE(countdown.remainingSeconds(230000), 30);
    QCOMPARE(countdown.text(250500), QStringLiteral("00:10"));
    QVERIFY(!countdown.isOver(259999));
    QCOMPARE(countdown.remainingSeconds(259999), 1);
    QVERIFY(countdown.isOver(260000));
    QCOMPARE(countdown.remainingSeconds(999999), 0);
    QCOMPARE(countdown.text(999999), QStringLiteral("00:00"));
    // A clock that goes backwards does not add time.
    QCOMPARE(countdown.remainingSeconds(100), 60);

    countdown.start(0);
    QCOMPARE(countdown.remainingSeconds(1000), 89);
    countdown.reset(5400);
    QVERIFY(!countdown.isRunning());
    QCOMPARE(countdown.text(0), QStringLiteral("90:00"));
    countdown.reset(-5);
    QCOMPARE(countdown.remainingSeconds(0), 0);
    QVERIFY(countdown.isOver(0));
    QCOMPARE(countdown.text(0), QStringLiteral("00:00"));
}

void FacilitationTest::exchangeFileIsReadFieldByField()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = QStringLiteral("5d2a8f14-3c7b-4e91-a6d0-8b4f2e1c9a37");
    QCOMPARE(AssessmentExchange::importFiles(store, {test::fixture(QStringLiteral("exchange/good-facilitation.json"))},
                                             *m_frameworks, m_states),
             QStringList{id});
    const QList<FacilitatorNote> notes = store.facilitatorNotes(id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0], (FacilitatorNote{QStringLiteral("CU-03"), QStringLiteral("Watch the time"),
                                        QDateTime(QDate(2025, 5, 1), QTime(8, 15), Qt::UTC)}));
    QCOMPARE(notes[1].itemId, QStringLiteral("EP-02"));
    QVERIFY(notes[1].updated.isValid());
    const QList<ParkedQuestion> questions = store.parkedQuestions(id);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions[0].text, QStringLiteral("Who keeps the register?"));
    QCOMPARE(questions[0].done, false);
    QCOMPARE(questions[0].created, QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(!questions[0].doneAt.isValid());
    QCOMPARE(questions[1].itemId, QStringLiteral("EP-01"));
    QCOMPARE(questions[1].done, true);
    QCOMPARE(questions[1].doneAt, QDateTime(QDate(2025, 5, 1), QTime(11, 30), Qt::UTC));
    QCOMPARE(store.agenda(id), QList<AgendaSession>({session("Morning", "CU-01", "CU-10", 90),
                                                     session("Afternoon", "CU-11", "EP-05", 120)}));
}

void FacilitationTest::fullExportRoundTripsLosslessly()
{
    TempDatabase source;
    AssessmentStore store(source.path());
    const QString id = createWorkshop(store);
    const QString path = source.file(QStringLiteral("full.json"));
    AssessmentExchange::exportToFile(store, id, path, {});
    const nlohmann::json document = nlohmann::json::parse(test::readFile(path).toStdString());
    QCOMPARE(document["facilitatorNotes"].size(), size_t(2));
    QCOMPARE(document["parkingLot"][1]["done"].get<bool>(), true);
    QCOMPARE(document["agenda"][1]["minutes"].get<int>(), 120);

    TempDatabase target;
    AssessmentStore fresh(target.path());
    QCOMPARE(AssessmentExchange::importFiles(fresh, {path}, *m_frameworks, m_states), QStringList{id});
    QCOMPARE(fresh.facilitatorNotes(id), store.facilitatorNotes(id));
    QCOMPARE(fresh.agenda(id), store.agenda(id));
    const QList<ParkedQuestion> before = store.parkedQuestions(id);
    const QList<ParkedQuestion> after = fresh.parkedQuestions(id);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].itemId, before[i].itemId);
        QCOMPARE(after[i].text, before[i].text);
        QCOMPARE(after[i].done, before[i].done);
        QCOMPARE(after[i].created, before[i].created);
        QCOMPARE(after[i].doneAt, before[i].doneAt);
    }
    const QString again = target.file(QStringLiteral("again.json"));
    AssessmentExchange::exportToFile(fresh, id, again, {});
    QCOMPARE(test::readFile(again), test::readFile(path));
}

void FacilitationTest::shareExportLeavesThemOut()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createWorkshop(store);
    const QByteArray shared = AssessmentExchange::exportAssessment(store, id, {true});
    for (const char *text : {"Ask Labour", "Watch the time", "register", "in force", "Morning", "Afternoon",
                             "facilitatorNotes", "parkingLot", "agenda"})
        QVERIFY2(!shared.contains(text), text);
    const QByteArray full = AssessmentExchange::exportAssessment(store, id, {false});
    for (const char *text : {"Ask Labour", "register", "Morning", "facilitatorNotes", "parkingLot", "agenda"})
        QVERIFY2(full.contains(text), text);
}

void FacilitationTest::badEntriesInAnExchangeFileNameTheirPath_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QString>("expected");
    QTest::newRow("note not a list") << QByteArray(R"("facilitatorNotes": {})") << QStringLiteral("$.facilitatorNotes");
    QTest::newRow("note unknown item") << QByteArray(R"("facilitatorNotes": [{"item": "ZZ-01", "text": "t"}])")
                                       << QStringLiteral("$.facilitatorNotes[0].item: unknown item \"ZZ-01\"");
    QTest::newRow("note twice") << QByteArray(R"("facilitatorNotes": [{"item": "CU-01", "text": "a"},
                                                {"item": "CU-01", "text": "b"}])")
                                << QStringLiteral("$.facilitatorNotes[1].item: item CU-01 already has");
    QTest::newRow("note empty") << QByteArray(R"("facilitatorNotes": [{"item": "CU-01", "text": " "}])")
                                << QStringLiteral("$.facilitatorNotes[0].text: the text is empty");
    QTest::newRow("note extra member") << QByteArray(R"("facilitatorNotes": [{"item": "CU-01", "text": "a", "x": 1}])")
                                       << QStringLiteral("$.facilitatorNotes[0]");
    QTest::newRow("note bad time")
        << QByteArray(R"("facilitatorNotes": [{"item": "CU-01", "text": "a", "updated": "yesterday"}])")
        << QStringLiteral("$.facilitatorNotes[0].updated: \"yesterday\" is not a date and time");
    QTest::newRow("question too long") << QByteArray(R"("parkingLot": [{"item": "CU-01", "text": ")")
                                              + QByteArray(1001, 'q') + QByteArray(R"("}])")
                                       << QStringLiteral("$.parkingLot[0].text: the text has 1,001 characters");
    QTest::newRow("question done not bool")
        << QByteArray(R"("parkingLot": [{"item": "CU-01", "text": "q", "done": 1}])")
        << QStringLiteral("$.parkingLot[0].done");
    QTest::newRow("doneAt while open")
        << QByteArray(R"("parkingLot": [{"item": "CU-01", "text": "q", "doneAt": "2025-01-01T10:00:00Z"}])")
        << QStringLiteral("$.parkingLot[0].doneAt: a question that is not done has no time when it was done");
    QTest::newRow("session backwards")
        << QByteArray(R"("agenda": [{"title": "S", "firstItem": "EP-01", "lastItem": "CU-01", "minutes": 5}])")
        << QStringLiteral("$.agenda[0]: its first item EP-01 comes after its last item CU-01");
    QTest::newRow("session minutes") << QByteArray(
        R"("agenda": [{"title": "S", "firstItem": "CU-01", "lastItem": "CU-01", "minutes": 0}])")
                                     << QStringLiteral("$.agenda[0]: 0 minutes is outside 1–480");
    QTest::newRow("session missing minutes")
        << QByteArray(R"("agenda": [{"title": "S", "firstItem": "CU-01", "lastItem": "CU-01"}])")
        << QStringLiteral("$.agenda[0].minutes");
}

void FacilitationTest::badEntriesInAnExchangeFileNameTheirPath()
{
    QFETCH(QByteArray, member);
    QFETCH(QString, expected);
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    QByteArray file = AssessmentExchange::exportAssessment(store, id, {false});
    store.deleteAssessment(id);
    const qsizetype end = file.lastIndexOf('}');
    file.insert(end, ",\n" + member + "\n");
    const QString path = writeFile(db.file(QStringLiteral("bad.json")), file);
    const QByteArray before = databaseFingerprint(db.path());
    const QString message = errorOf([&] { AssessmentExchange::importFiles(store, {path}, *m_frameworks, m_states); });
    QVERIFY2(message.contains(QLatin1String("bad.json")) && message.contains(expected), qPrintable(message));
    QCOMPARE(databaseFingerprint(db.path()), before);
    QVERIFY(!store.hasAssessment(id));
}

QTEST_GUILESS_MAIN(FacilitationTest)
#include "tst_facilitation.moc"
