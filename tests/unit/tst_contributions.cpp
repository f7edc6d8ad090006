// SPDX-License-Identifier: GPL-3.0-or-later
// Contributions (participants' individual views) in the store, read from a spreadsheet of votes
// (CSV) or from a participant's own exchange file, and carried by full exports only.
#include "catalogs/statecatalog.h"
#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "exchange/assessmentexchange.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "testsupport.h"
#include "workshop/contributionimport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace iamm;
using iamm::test::databaseFingerprint;
using iamm::test::fixture;
using iamm::test::TempDatabase;
using iamm::test::writeFile;

namespace {

const QByteArray header = "participant,agency,item,score,comment\n";

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const IammError &error) {
        return error.message();
    }
    return {};
}

ContributionView view(const char *item, Rating rating, const QString &comment = {})
{
    return {QString::fromLatin1(item), rating, comment};
}

} // namespace

class ContributionsTest : public QObject
{
    Q_OBJECT

private:
    QString createDraft(AssessmentStore &store, const QString &frameworkId = QStringLiteral("iamm-2004"));
    ContributionImport::Summary importFile(AssessmentStore &store, const QString &id, const QString &path,
                                           const ContributionImport::Participant &participant = {});
    // The import must fail naming every mention and leave the database file unchanged.
    void verifyRefused(AssessmentStore &store, const QString &id, const QString &path,
                       const ContributionImport::Participant &participant, const QStringList &mentions);

    QTemporaryDir m_frameworkDir;
    std::unique_ptr<FrameworkRegistry> m_frameworks;
    const StateCatalog &m_states = StateCatalog::instance();

private slots:
    void initTestCase();

    void storeKeepsViewsInOrderOfCreation();
    void unnamedParticipantsAreNumberedAndNeverReplaced();
    void namedParticipantIsReplacedInPlace();
    void removeByShownNameAndUnknownNameIsRefused();
    void finalAssessmentRefusesContributions();
    void writesAreAudited();
    void dissentIsStoredAuditedAndNotCopiedToANewRound();

    void csvWithQuotingBomAndCrlfIsRead();
    void csvRowsOfOneParticipantMakeOneContribution();
    void badCsvIsRefusedAndChangesNothing_data();
    void badCsvIsRefusedAndChangesNothing();
    void exchangeFileBecomesOneContribution();
    void exchangeFileForAnotherFrameworkIsRefused();
    void badExchangeFileNamesTheJsonPath();
    void otherExtensionIsRefused();

    void fullExportRoundTripsContributionsAndDissent();
    void shareExportLeavesThemOut();
    void badContributionsInAnExchangeFileNameTheirPath_data();
    void badContributionsInAnExchangeFileNameTheirPath();
};

void ContributionsTest::initTestCase()
{
    // As both executables do: the English plural forms ("1 field", "6 fields") come from its catalog.
    UiLanguage::install(UiLanguage::Language::English);
    QVERIFY(QFile::copy(fixture(QStringLiteral("cli/small-framework.json")),
                        m_frameworkDir.filePath(QStringLiteral("small.json"))));
    m_frameworks = std::make_unique<FrameworkRegistry>(
        QStringList{QStringLiteral(IAMM_TEST_FIXTURES "/../../frameworks"), m_frameworkDir.path()});
    QVERIFY2(m_frameworks->problems().isEmpty(), qPrintable(m_frameworks->problems().join(QLatin1Char('\n'))));
    QVERIFY(m_frameworks->find(QStringLiteral("cli-test")));
}

QString ContributionsTest::createDraft(AssessmentStore &store, const QString &frameworkId)
{
    return store.createAssessment({QStringLiteral("KEN"), QStringLiteral("Workshop"), QDate(2025, 5, 1), {}},
                                  m_frameworks->require(frameworkId));
}

ContributionImport::Summary ContributionsTest::importFile(AssessmentStore &store, const QString &id,
                                                          const QString &path,
                                                          const ContributionImport::Participant &participant)
{
    return ContributionImport::importFile(store, id, path, *m_frameworks, m_states, participant);
}

void ContributionsTest::verifyRefused(AssessmentStore &store, const QString &id, const QString &path,
                                      const ContributionImport::Participant &participant, const QStringList &mentions)
{
    const QByteArray before = databaseFingerprint(store.path());
    const QString message = errorOf([&] { importFile(store, id, path, participant); });
    QVERIFY2(!message.isEmpty(), "the import was not refused");
    QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(mention, message)));
    QCOMPARE(databaseFingerprint(store.path()), before);
}

// ---- store

void ContributionsTest::storeKeepsViewsInOrderOfCreation()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    ana.agency = QStringLiteral("Interior");
    ana.source = QStringLiteral("votes.csv");
    ana.views = {view("CU-02", Rating::na(), QStringLiteral("not ours")), view("CU-01", Rating::level(3))};
    Contribution ben;
    ben.participant = QStringLiteral("Ben");
    ben.views = {view("EP-20", Rating::notAssessed(), QStringLiteral("ask the ministry"))};
    store.replaceContributions(id, {ana, ben});

    const QList<Contribution> stored = store.contributions(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].shownName(), QStringLiteral("Ana"));
    QCOMPARE(stored[0].agency, QStringLiteral("Interior"));
    QCOMPARE(stored[0].source, QStringLiteral("votes.csv"));
    QCOMPARE(stored[0].position, 1);
    QVERIFY(stored[0].createdAt.isValid());
    QCOMPARE(stored[0].views, (QList<ContributionView>{view("CU-01", Rating::level(3)),
                                                       view("CU-02", Rating::na(), QStringLiteral("not ours"))}));
    QCOMPARE(stored[1].participant, QStringLiteral("Ben"));
    QCOMPARE(stored[1].position, 2);
    QCOMPARE(stored[1].views.size(), 1);
    QCOMPARE(stored[1].view(QStringLiteral("EP-20"))->comment, QStringLiteral("ask the ministry"));
    QVERIFY(!stored[1].view(QStringLiteral("CU-01")));
}

void ContributionsTest::unnamedParticipantsAreNumberedAndNeverReplaced()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution named;
    named.participant = QStringLiteral("Ana");
    Contribution unnamed;
    unnamed.views = {view("CU-01", Rating::level(1))};
    store.replaceContributions(id, {unnamed, named});
    store.replaceContributions(id, {unnamed});
    const QList<Contribution> stored = store.contributions(id);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored[0].shownName(), QStringLiteral("Participant 1"));
    QCOMPARE(stored[1].shownName(), QStringLiteral("Ana"));
    QCOMPARE(stored[2].shownName(), QStringLiteral("Participant 3"));
}

void ContributionsTest::namedParticipantIsReplacedInPlace()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    ana.agency = QStringLiteral("Interior");
    ana.views = {view("CU-01", Rating::level(1)), view("CU-02", Rating::level(2))};
    Contribution ben;
    ben.participant = QStringLiteral("Ben");
    store.replaceContributions(id, {ana, ben});
    ana.agency = QStringLiteral("Foreign Affairs");
    ana.views = {view("CU-03", Rating::level(4))};
    store.replaceContributions(id, {ana});

    const QList<Contribution> stored = store.contributions(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].participant, QStringLiteral("Ana"));
    QCOMPARE(stored[0].agency, QStringLiteral("Foreign Affairs"));
    QCOMPARE(stored[0].views, (QList<ContributionView>{view("CU-03", Rating::level(4))}));
    QCOMPARE(stored[1].participant, QStringLiteral("Ben"));
}

void ContributionsTest::removeByShownNameAndUnknownNameIsRefused()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution unnamed;
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    store.replaceContributions(id, {unnamed, ana, unnamed});
    store.removeContribution(id, QStringLiteral("Participant 1"));
    QCOMPARE(store.contributions(id).size(), 2);
    QCOMPARE(store.contributions(id).at(0).participant, QStringLiteral("Ana"));
    store.removeContribution(id, QStringLiteral("Ana"));
    QCOMPARE(store.contributions(id).size(), 1);

    const QByteArray before = databaseFingerprint(db.path());
    const QString message = errorOf([&] { store.removeContribution(id, QStringLiteral("Zoe")); });
    QCOMPARE(message, QStringLiteral("assessment %1 has no contribution from \"Zoe\"").arg(id));
    QCOMPARE(databaseFingerprint(db.path()), before);
}

void ContributionsTest::finalAssessmentRefusesContributions()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    store.replaceContributions(id, {ana});
    store.setStatus(id, AssessmentStatus::Final);
    const QString expected = QStringLiteral("assessment %1 is final; reopen it before changing it").arg(id);
    const QByteArray before = databaseFingerprint(db.path());
    QCOMPARE(errorOf([&] { store.replaceContributions(id, {ana}); }), expected);
    QCOMPARE(errorOf([&] { store.removeContribution(id, QStringLiteral("Ana")); }), expected);
    const QString path = writeFile(db.file(QStringLiteral("votes.csv")), header + "Ben,,CU-01,2,\n");
    QCOMPARE(errorOf([&] { importFile(store, id, path); }), expected);
    QCOMPARE(databaseFingerprint(db.path()), before);
    QCOMPARE(store.contributions(id).size(), 1);
}

void ContributionsTest::writesAreAudited()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    ana.views = {view("CU-01", Rating::level(1))};
    store.replaceContributions(id, {ana, Contribution()});
    store.replaceContributions(id, {ana});
    store.removeContribution(id, QStringLiteral("Participant 2"));
    QStringList entries;
    for (const AuditEntry &entry : store.auditLog(id)) {
        if (entry.entity == QLatin1String("contribution"))
            entries << QStringLiteral("%1 %2 %3>%4").arg(entry.entityKey, entry.field, entry.oldValue, entry.newValue);
    }
    QCOMPARE(entries, (QStringList{QStringLiteral("Ana added >1 views"), QStringLiteral("Participant 2 added >0 views"),
                                   QStringLiteral("Ana replaced 1 views>1 views"),
                                   QStringLiteral("Participant 2 removed 0 views>")}));
}

void ContributionsTest::dissentIsStoredAuditedAndNotCopiedToANewRound()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    ResponseUpdate update;
    update.rating = Rating::level(2);
    update.dissent = QStringLiteral("Labour wanted 4");
    store.updateResponse(id, QStringLiteral("CU-01"), update);
    ResponseUpdate onlyRationale;
    onlyRationale.rationale = QStringLiteral("agreed after discussion");
    store.updateResponse(id, QStringLiteral("CU-01"), onlyRationale);
    const Response saved = store.response(id, QStringLiteral("CU-01"));
    QCOMPARE(saved.dissent, QStringLiteral("Labour wanted 4"));
    QCOMPARE(store.responses(id).at(0).dissent, QStringLiteral("Labour wanted 4"));
    bool audited = false;
    for (const AuditEntry &entry : store.auditLog(id))
        audited = audited
                  || (entry.field == QLatin1String("dissent") && entry.newValue == QLatin1String("Labour wanted 4"));
    QVERIFY(audited);

    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    store.replaceContributions(id, {ana});
    store.setStatus(id, AssessmentStatus::Final);
    const QString next = store.startNewRound(id, QString(), QDate(2026, 1, 1));
    QCOMPARE(store.response(next, QStringLiteral("CU-01")).rating, Rating::level(2));
    QCOMPARE(store.response(next, QStringLiteral("CU-01")).dissent, QString());
    QVERIFY(store.contributions(next).isEmpty());
}

// ---- CSV

void ContributionsTest::csvWithQuotingBomAndCrlfIsRead()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QString path = writeFile(db.file(QStringLiteral("votes.csv")),
                                   "\xEF\xBB\xBFparticipant,agency,item,score,comment\r\n"
                                   "\"Várga, Inés\",\"Ministry \"\"North\"\"\",CU-01,3,\"two\r\nlines, one comma\"\r\n"
                                   "\"Várga, Inés\",,CU-02,NA,\r\n"
                                   "\r\n"
                                   "Ben,Labour,CU-01,,only a comment\r\n"
                                   "Ben,Labour,CU-02,,\r\n");
    const ContributionImport::Summary summary = importFile(store, id, path);
    QCOMPARE(summary.participants, 2);
    QCOMPARE(summary.views, 3);
    const QList<Contribution> stored = store.contributions(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].participant, QStringLiteral("Várga, Inés"));
    QCOMPARE(stored[0].agency, QStringLiteral("Ministry \"North\""));
    QCOMPARE(stored[0].source, QStringLiteral("votes.csv"));
    QCOMPARE(stored[0].views,
             (QList<ContributionView>{view("CU-01", Rating::level(3), QStringLiteral("two\nlines, one comma")),
                                      view("CU-02", Rating::na())}));
    QCOMPARE(stored[1].participant, QStringLiteral("Ben"));
    QCOMPARE(stored[1].views,
             (QList<ContributionView>{view("CU-01", Rating::notAssessed(), QStringLiteral("only a comment"))}));
}

void ContributionsTest::csvRowsOfOneParticipantMakeOneContribution()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QString first = writeFile(db.file(QStringLiteral("first.csv")),
                                    header + "Ana,Interior,CU-01,0,\nBen,Labour,CU-01,4,\nAna,,CU-02,1,\n");
    QCOMPARE(importFile(store, id, first).participants, 2);
    const QString second = writeFile(db.file(QStringLiteral("second.csv")), header + "Ana,Interior,EP-01,2,\n");
    const ContributionImport::Summary summary = importFile(store, id, second);
    QCOMPARE(summary.participants, 1);
    QCOMPARE(summary.views, 1);
    const QList<Contribution> stored = store.contributions(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].participant, QStringLiteral("Ana"));
    QCOMPARE(stored[0].source, QStringLiteral("second.csv"));
    QCOMPARE(stored[0].views, (QList<ContributionView>{view("EP-01", Rating::level(2))}));
    QCOMPARE(stored[1].views, (QList<ContributionView>{view("CU-01", Rating::level(4))}));
}

void ContributionsTest::badCsvIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mentions");
    const auto row = [](const char *name, const QByteArray &content, const QStringList &mentions) {
        QTest::newRow(name) << content << mentions;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    row("unknown item", header + "Ana,,CU-01,1,\nAna,,XX-99,2,\n", {s("line 3"), s("unknown item \"XX-99\"")});
    row("score 5", header + "Ana,,CU-01,5,\n", {s("line 2"), s("score 5 is off the scale")});
    row("lowercase na", header + "Ana,,CU-01,na,\n", {s("line 2"), s("score \"na\"")});
    row("score 1.5", header + "Ana,,CU-01,1.5,\n", {s("line 2"), s("score \"1.5\"")});
    row("missing column", "participant,agency,item,score\nAna,,CU-01,1\n",
        {s("line 1"), s("column \"comment\" is missing")});
    row("extra column", "participant,agency,item,score,comment,weight\nAna,,CU-01,1,,2\n",
        {s("line 1"), s("unexpected column \"weight\"")});
    row("row with an extra field", header + "Ana,,CU-01,1,,x\n", {s("line 2"), s("6 fields")});
    row("duplicate row", header + "Ana,,CU-01,1,\nBen,,CU-01,2,\nAna,,CU-01,3,\n",
        {s("line 4"), s("line 2"), s("\"Ana\""), s("CU-01")});
    row("empty participant with an agency", header + "Ana,,CU-01,1,\n,Interior,CU-02,2,\n",
        {s("line 3"), s("participant is empty"), s("\"Interior\"")});
    row("empty participant", header + " ,,CU-01,1,\n", {s("line 2"), s("participant is empty")});
    row("invalid UTF-8", header + "Ana,,CU-01,1,\nBen,Int\xE9rieur,CU-01,2,\n", {s("line 3"), s("not valid UTF-8")});
    row("unclosed quote", header + "Ana,,CU-01,1,\"never closed\n", {s("line 2"), s("not closed")});
    row("text after quote", header + "\"Ana\"x,,CU-01,1,\n", {s("line 2"), s("after the closing quote")});
    row("two agencies", header + "Ana,Interior,CU-01,1,\nAna,Labour,CU-02,1,\n",
        {s("line 3"), s("\"Labour\""), s("\"Interior\""), s("line 2")});
    row("empty file", QByteArray(), {s("empty")});
}

void ContributionsTest::badCsvIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    Contribution earlier;
    earlier.participant = QStringLiteral("Ana");
    earlier.views = {view("EP-01", Rating::level(4))};
    store.replaceContributions(id, {earlier});
    const QString path = writeFile(db.file(QStringLiteral("votes.csv")), content);
    verifyRefused(store, id, path, {}, mentions);
    QCOMPARE(store.contributions(id).size(), 1);
    QCOMPARE(store.contributions(id).at(0).views, earlier.views);
}

// ---- exchange files

void ContributionsTest::exchangeFileBecomesOneContribution()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString own = createDraft(store);
    store.updateResponse(own, QStringLiteral("CU-01"), {Rating::level(2), 3, std::nullopt, QStringLiteral("why 2")});
    store.updateResponse(own, QStringLiteral("CU-02"), {Rating::na(), std::nullopt, std::nullopt, std::nullopt});
    store.updateResponse(own, QStringLiteral("CU-03"), {std::nullopt, 4, std::nullopt, std::nullopt});
    const QString path = db.file(QStringLiteral("interior.json"));
    AssessmentExchange::exportToFile(store, own, path, {});

    const QString id = createDraft(store);
    const ContributionImport::Summary summary = importFile(store, id, path,
                                                           {QStringLiteral("Ana"), QStringLiteral("Interior")});
    QCOMPARE(summary.participants, 1);
    QCOMPARE(summary.views, 2);
    const QList<Contribution> stored = store.contributions(id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].participant, QStringLiteral("Ana"));
    QCOMPARE(stored[0].agency, QStringLiteral("Interior"));
    QCOMPARE(stored[0].source, QStringLiteral("interior.json"));
    QCOMPARE(stored[0].views, (QList<ContributionView>{view("CU-01", Rating::level(2), QStringLiteral("why 2")),
                                                       view("CU-02", Rating::na())}));
    QVERIFY(store.contributions(own).isEmpty());

    importFile(store, id, path, {QStringLiteral("Ana"), QStringLiteral("Labour")});
    QCOMPARE(store.contributions(id).size(), 1);
    QCOMPARE(store.contributions(id).at(0).agency, QStringLiteral("Labour"));
    importFile(store, id, path);
    QCOMPARE(store.contributions(id).at(1).shownName(), QStringLiteral("Participant 2"));
}

void ContributionsTest::exchangeFileForAnotherFrameworkIsRefused()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString other = createDraft(store, QStringLiteral("cli-test"));
    store.updateResponse(other, QStringLiteral("TS-01"), {Rating::level(2), std::nullopt, std::nullopt, std::nullopt});
    const QString path = db.file(QStringLiteral("other.json"));
    AssessmentExchange::exportToFile(store, other, path, {});
    const QString id = createDraft(store);
    verifyRefused(store, id, path, {QStringLiteral("Ana"), {}},
                  {QStringLiteral("$.framework.id"), QStringLiteral("cli-test"), QStringLiteral("iamm-2004")});
    QVERIFY(store.contributions(id).isEmpty());
}

void ContributionsTest::badExchangeFileNamesTheJsonPath()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QString path = db.file(QStringLiteral("bad.json"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("exchange/bad-score-off-scale.json")), path));
    verifyRefused(store, id, path, {QStringLiteral("Ana"), {}},
                  {QStringLiteral("$.responses["), QStringLiteral("off the scale")});
    QVERIFY(store.contributions(id).isEmpty());
}

void ContributionsTest::otherExtensionIsRefused()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    const QString path = writeFile(db.file(QStringLiteral("votes.txt")), header);
    verifyRefused(store, id, path, {}, {QStringLiteral(".csv"), QStringLiteral(".json")});
    const QString csv = writeFile(db.file(QStringLiteral("votes.csv")), header + "Ana,,CU-01,1,\n");
    verifyRefused(store, id, csv, {QStringLiteral("Ana"), {}}, {QStringLiteral("exchange (.json)")});
}

// ---- exports

void ContributionsTest::fullExportRoundTripsContributionsAndDissent()
{
    TempDatabase source;
    AssessmentStore store(source.path());
    const QString id = createDraft(store);
    ResponseUpdate update;
    update.rating = Rating::level(3);
    update.dissent = QStringLiteral("Interior held out for 1");
    store.updateResponse(id, QStringLiteral("CU-01"), update);
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    ana.agency = QStringLiteral("Interior");
    ana.source = QStringLiteral("votes.csv");
    ana.views = {view("CU-01", Rating::level(1), QStringLiteral("we see little")), view("CU-02", Rating::na())};
    Contribution unnamed;
    unnamed.views = {view("CU-01", Rating::level(4))};
    store.replaceContributions(id, {ana, unnamed});
    const QString path = source.file(QStringLiteral("full.json"));
    AssessmentExchange::exportToFile(store, id, path, {});

    TempDatabase target;
    AssessmentStore fresh(target.path());
    QCOMPARE(AssessmentExchange::importFiles(fresh, {path}, *m_frameworks, m_states), QStringList{id});
    const QList<Contribution> before = store.contributions(id);
    const QList<Contribution> after = fresh.contributions(id);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].participant, before[i].participant);
        QCOMPARE(after[i].agency, before[i].agency);
        QCOMPARE(after[i].source, before[i].source);
        QCOMPARE(after[i].createdAt, before[i].createdAt);
        QCOMPARE(after[i].shownName(), before[i].shownName());
        QCOMPARE(after[i].views, before[i].views);
    }
    QCOMPARE(fresh.response(id, QStringLiteral("CU-01")).dissent, QStringLiteral("Interior held out for 1"));
    const QString again = target.file(QStringLiteral("again.json"));
    AssessmentExchange::exportToFile(fresh, id, again, {});
    QCOMPARE(test::readFile(again), test::readFile(path));
}

void ContributionsTest::shareExportLeavesThemOut()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = createDraft(store);
    ResponseUpdate update;
    update.rating = Rating::level(3);
    update.dissent = QStringLiteral("Interior held out for 1");
    store.updateResponse(id, QStringLiteral("CU-01"), update);
    Contribution ana;
    ana.participant = QStringLiteral("Ana Secretname");
    ana.agency = QStringLiteral("Interior Agencyname");
    ana.views = {view("CU-01", Rating::level(1), QStringLiteral("private comment"))};
    store.replaceContributions(id, {ana});

    const QByteArray shared = AssessmentExchange::exportAssessment(store, id, {true});
    for (const char *text : {"Secretname", "Agencyname", "private comment", "held out", "contributions", "dissent"})
        QVERIFY2(!shared.contains(text), text);
    const nlohmann::json document = nlohmann::json::parse(shared.toStdString());
    QCOMPARE(document["responses"][0]["score"].get<int>(), 3);
    const QByteArray full = AssessmentExchange::exportAssessment(store, id, {false});
    for (const char *text : {"Secretname", "Agencyname", "private comment", "held out"})
        QVERIFY2(full.contains(text), text);
}

void ContributionsTest::badContributionsInAnExchangeFileNameTheirPath_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("mentions");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("unknown item") << s("/contributions/0/views/0/item") << s("\"XX-99\"")
                                  << QStringList{s("$.contributions[0].views[0].item"), s("\"XX-99\"")};
    QTest::newRow("score 5") << s("/contributions/1/views/0/score") << s("5")
                             << QStringList{s("$.contributions[1].views[0].score"), s("off the scale")};
    QTest::newRow("score and N/A") << s("/contributions/0/views/0/notApplicable") << s("true")
                                   << QStringList{s("$.contributions[0].views[0].notApplicable")};
    QTest::newRow("same participant twice") << s("/contributions/1/participant") << s("\"Ana\"")
                                            << QStringList{s("$.contributions[1].participant"), s("\"Ana\"")};
    QTest::newRow("unknown member") << s("/contributions/0/weight") << s("2")
                                    << QStringList{s("$.contributions[0]"), s("weight")};
}

void ContributionsTest::badContributionsInAnExchangeFileNameTheirPath()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QStringList, mentions);
    TempDatabase source;
    AssessmentStore store(source.path());
    const QString id = createDraft(store);
    Contribution ana;
    ana.participant = QStringLiteral("Ana");
    ana.views = {view("CU-01", Rating::level(1))};
    Contribution ben;
    ben.participant = QStringLiteral("Ben");
    ben.views = {view("CU-01", Rating::level(2))};
    store.replaceContributions(id, {ana, ben});
    nlohmann::json document = nlohmann::json::parse(AssessmentExchange::exportAssessment(store, id, {}).toStdString());
    document[nlohmann::json::json_pointer(pointer.toStdString())] = nlohmann::json::parse(value.toStdString());
    const QString path = writeFile(source.file(QStringLiteral("bad.json")), QByteArray::fromStdString(document.dump()));

    TempDatabase target;
    AssessmentStore fresh(target.path());
    const QByteArray before = databaseFingerprint(target.path());
    const QString message = errorOf([&] { AssessmentExchange::importFiles(fresh, {path}, *m_frameworks, m_states); });
    QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(mention, message)));
    QCOMPARE(databaseFingerprint(target.path()), before);
    QVERIFY(fresh.assessments().isEmpty());
}

QTEST_GUILESS_MAIN(ContributionsTest)
#include "tst_contributions.moc"
