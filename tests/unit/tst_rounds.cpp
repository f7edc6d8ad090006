// SPDX-License-Identifier: GPL-3.0-or-later
// Rounds: the previous-round rule, item changes, explanations of change, comparisons, trends with their
// means, actions carried into a new round, and the new fields in exchange files — against hand-computed cases.
#include "catalogs/statecatalog.h"
#include "common/iammerror.h"
#include "exchange/assessmentexchange.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkregistry.h"
#include "rounds/changereasons.h"
#include "rounds/previousround.h"
#include "rounds/roundcomparison.h"
#include "rounds/roundsoverview.h"
#include "rounds/trendloader.h"
#include "store/assessmentstore.h"
#include "testsupport.h"

#include <QTest>

using namespace iamm;
using iamm::test::TempDatabase;

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

Rating rating(const char *text)
{
    if (qstrcmp(text, "NA") == 0)
        return Rating::na();
    if (qstrcmp(text, "-") == 0)
        return Rating::notAssessed();
    return Rating::level(QByteArray(text).toInt());
}

AssessmentInfo info(const char *id, const char *framework, AssessmentStatus status, const char *previous = "")
{
    AssessmentInfo result;
    result.id = QString::fromLatin1(id);
    result.stateCode = QStringLiteral("KEN");
    result.frameworkId = QString::fromLatin1(framework);
    result.status = status;
    result.previousAssessmentId = QString::fromLatin1(previous);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(iamm::ItemChange::Kind)

class RoundsTest : public QObject
{
    Q_OBJECT

private:
    QString create(AssessmentStore &store, const char *state, const QDate &date, const Framework *framework = nullptr);
    void score(AssessmentStore &store, const QString &id, const char *item, const Rating &value);
    QString finalRound(AssessmentStore &store, const QDate &date);

    std::unique_ptr<FrameworkRegistry> m_frameworks;
    const Framework *m_iamm = nullptr;
    Framework m_other;

private slots:
    void initTestCase();

    void itemChangeCases_data();
    void itemChangeCases();
    void changeReasonsParseAndName();

    void previousIsTheNewestEarlierFinalNotANewerDraft();
    void aStateWithOneRoundHasNoPrevious();
    void sameDateGoesByCreation();
    void anotherFrameworkIsNeverThePrevious();
    void explicitPreviousWinsAndClearingRestoresTheRule();
    void explicitPreviousIsCheckedAndRefusalChangesNothing();
    void rulePicksFromAHandMadeList();

    void comparisonPairsItemsAndRefusesOtherFrameworks();
    void trendHasHandComputedMeansAndChanges();
    void trendWithFinalsOnlyAndUnknownState();
    void overviewGroupsRoundsWithTheirChange();

    void changeReasonIsStoredAndAudited();
    void newRoundLinksAndCarriesOpenActions();
    void carriedActionReview();
    void fullExportRoundTripsTheRoundFields();
};

void RoundsTest::initTestCase()
{
    m_frameworks = std::make_unique<FrameworkRegistry>(
        QStringList{QStringLiteral(IAMM_TEST_FIXTURES "/../../frameworks")});
    m_iamm = &m_frameworks->require(QStringLiteral("iamm-2004"));
    QByteArray bytes = test::readFile(QStringLiteral(IAMM_TEST_FIXTURES "/../../frameworks/iamm-2004.json"));
    QVERIFY(bytes.contains("\"id\": \"iamm-2004\""));
    bytes.replace("\"id\": \"iamm-2004\"", "\"id\": \"iamm-other\"");
    m_other = FrameworkLoader::loadBytes(bytes, QStringLiteral("iamm-other"));
    QCOMPARE(m_other.id, QStringLiteral("iamm-other"));
}

QString RoundsTest::create(AssessmentStore &store, const char *state, const QDate &date, const Framework *framework)
{
    return store.createAssessment({QString::fromLatin1(state), QStringLiteral("Round"), date, {}},
                                  framework ? *framework : *m_iamm);
}

void RoundsTest::score(AssessmentStore &store, const QString &id, const char *item, const Rating &value)
{
    ResponseUpdate update;
    update.rating = value;
    store.updateResponse(id, QString::fromLatin1(item), update);
}

QString RoundsTest::finalRound(AssessmentStore &store, const QDate &date)
{
    const QString id = create(store, "KEN", date);
    store.setStatus(id, AssessmentStatus::Final);
    return id;
}

void RoundsTest::itemChangeCases_data()
{
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("current");
    QTest::addColumn<ItemChange::Kind>("kind");
    QTest::addColumn<int>("delta");
    QTest::addColumn<bool>("isChange");
    QTest::addColumn<QString>("text");
    using K = ItemChange::Kind;
    QTest::newRow("up") << "1"
                        << "3" << K::Numeric << 2 << true << "+2";
    QTest::newRow("down") << "4"
                          << "2" << K::Numeric << -2 << true << "-2";
    QTest::newRow("same") << "2"
                          << "2" << K::Numeric << 0 << false << "0";
    QTest::newRow("N/A to a level") << "NA"
                                    << "0" << K::NewlyApplicable << 0 << true << "newly applicable";
    QTest::newRow("a level to N/A") << "3"
                                    << "NA" << K::NowNotApplicable << 0 << true << "now not applicable";
    QTest::newRow("not assessed to N/A") << "-"
                                         << "NA" << K::NowNotApplicable << 0 << true << "now not applicable";
    QTest::newRow("not assessed to a level") << "-"
                                             << "1" << K::NewlyAssessed << 0 << true << "newly assessed";
    QTest::newRow("a level to not assessed") << "2"
                                             << "-" << K::NoLongerAssessed << 0 << true << "no longer assessed";
    QTest::newRow("N/A to not assessed") << "NA"
                                         << "-" << K::NoLongerAssessed << 0 << true << "no longer assessed";
    QTest::newRow("N/A twice") << "NA"
                               << "NA" << K::StillNotApplicable << 0 << false << "";
    QTest::newRow("never assessed") << "-"
                                    << "-" << K::NotAssessed << 0 << false << "";
}

void RoundsTest::itemChangeCases()
{
    QFETCH(QString, previous);
    QFETCH(QString, current);
    QFETCH(ItemChange::Kind, kind);
    QFETCH(int, delta);
    QFETCH(bool, isChange);
    QFETCH(QString, text);
    const ItemChange change = ItemChange::between(rating(qPrintable(previous)), rating(qPrintable(current)));
    QCOMPARE(change.kind(), kind);
    QCOMPARE(change.delta(), delta);
    QCOMPARE(change.isNumeric(), kind == ItemChange::Kind::Numeric);
    QCOMPARE(change.isChange(), isChange);
    QCOMPARE(change.text(), text);
}

void RoundsTest::changeReasonsParseAndName()
{
    QCOMPARE(ChangeReasons::parse(QStringLiteral("method")), ChangeReason::Method);
    QCOMPARE(ChangeReasons::title(ChangeReason::Evidence), QStringLiteral("Evidence"));
    QCOMPARE(ChangeReasons::meaning(ChangeReason::Performance), QStringLiteral("a real change in practice"));
    QCOMPARE(errorOf([] { ChangeReasons::parse(QStringLiteral("luck")); }),
             QStringLiteral("change reason \"luck\" is not one of performance, evidence, method, other"));
}

void RoundsTest::previousIsTheNewestEarlierFinalNotANewerDraft()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    finalRound(store, QDate(2020, 1, 1));
    const QString newestFinal = finalRound(store, QDate(2022, 1, 1));
    const QString draft = create(store, "KEN", QDate(2023, 1, 1));
    const QString subject = create(store, "KEN", QDate(2024, 1, 1));
    finalRound(store, QDate(2025, 1, 1)); // later: never a previous round
    create(store, "UGA", QDate(2023, 6, 1)); // another state
    QCOMPARE(PreviousRound::of(store, subject)->id, newestFinal);
    QCOMPARE(PreviousRound::of(store, draft)->id, newestFinal);
}

void RoundsTest::aStateWithOneRoundHasNoPrevious()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString only = finalRound(store, QDate(2024, 1, 1));
    create(store, "UGA", QDate(2020, 1, 1));
    QVERIFY(!PreviousRound::of(store, only));
    QVERIFY(!RoundComparison::againstPrevious(store, only));
}

void RoundsTest::sameDateGoesByCreation()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString first = finalRound(store, QDate(2024, 5, 1));
    QTest::qWait(5); // creation times differ by at least a millisecond
    const QString second = finalRound(store, QDate(2024, 5, 1));
    QCOMPARE(PreviousRound::of(store, second)->id, first);
    QVERIFY(!PreviousRound::of(store, first));
}

void RoundsTest::anotherFrameworkIsNeverThePrevious()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString same = finalRound(store, QDate(2020, 1, 1));
    const QString other = create(store, "KEN", QDate(2022, 1, 1), &m_other);
    store.setStatus(other, AssessmentStatus::Final);
    const QString subject = create(store, "KEN", QDate(2024, 1, 1));
    QCOMPARE(PreviousRound::of(store, subject)->id, same);
    QVERIFY(!PreviousRound::of(store, other));
}

void RoundsTest::explicitPreviousWinsAndClearingRestoresTheRule()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString older = create(store, "KEN", QDate(2019, 1, 1)); // a draft: named explicitly, it counts
    const QString ruled = finalRound(store, QDate(2022, 1, 1));
    const QString subject = create(store, "KEN", QDate(2024, 1, 1));
    store.setPreviousRound(subject, older);
    QCOMPARE(store.assessment(subject).previousAssessmentId, older);
    QCOMPARE(PreviousRound::of(store, subject)->id, older);
    const QList<AuditEntry> log = store.auditLog(subject);
    QCOMPARE(log.constLast().field, QStringLiteral("previous round"));
    QCOMPARE(log.constLast().newValue, older);
    store.setPreviousRound(subject, QString());
    QVERIFY(store.assessment(subject).previousAssessmentId.isEmpty());
    QCOMPARE(PreviousRound::of(store, subject)->id, ruled);
    // Deleting the named round falls back to the rule.
    store.setPreviousRound(subject, older);
    store.deleteAssessment(older);
    QVERIFY(store.assessment(subject).previousAssessmentId.isEmpty());
    QCOMPARE(PreviousRound::of(store, subject)->id, ruled);
}

void RoundsTest::explicitPreviousIsCheckedAndRefusalChangesNothing()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString subject = create(store, "KEN", QDate(2024, 1, 1));
    const QString uganda = create(store, "UGA", QDate(2020, 1, 1));
    const QString other = create(store, "KEN", QDate(2020, 1, 1), &m_other);
    const QByteArray before = test::databaseFingerprint(db.path());
    QVERIFY(errorOf([&] {
                store.setPreviousRound(subject, uganda);
            }).contains(QStringLiteral("a previous round is of the same state and framework")));
    QVERIFY(errorOf([&] { store.setPreviousRound(subject, other); }).contains(QStringLiteral("framework iamm-other")));
    QVERIFY(errorOf([&] { store.setPreviousRound(subject, subject); }).contains(QStringLiteral("its own previous")));
    QVERIFY(errorOf([&] {
                store.setPreviousRound(subject, QStringLiteral("nope"));
            }).contains(QStringLiteral("no assessment with id \"nope\"")));
    QCOMPARE(test::databaseFingerprint(db.path()), before);
}

void RoundsTest::rulePicksFromAHandMadeList()
{
    // Newest first, as the store lists a state's assessments.
    const QList<AssessmentInfo> rounds{
        info("d", "iamm-2004", AssessmentStatus::Draft), info("c", "iamm-2004", AssessmentStatus::Draft),
        info("b", "other", AssessmentStatus::Final), info("a", "iamm-2004", AssessmentStatus::Final)};
    QCOMPARE(PreviousRound::of(rounds[0], rounds)->id, QStringLiteral("a"));
    QVERIFY(!PreviousRound::of(rounds[3], rounds));
    QVERIFY(!PreviousRound::of(rounds[2], rounds));
    QCOMPARE(PreviousRound::of(info("d", "iamm-2004", AssessmentStatus::Draft, "c"), rounds)->id, QStringLiteral("c"));
}

void RoundsTest::comparisonPairsItemsAndRefusesOtherFrameworks()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString a = create(store, "KEN", QDate(2020, 1, 1));
    const QString b = create(store, "KEN", QDate(2022, 1, 1));
    score(store, a, "CU-01", Rating::level(1));
    score(store, a, "CU-02", Rating::na());
    score(store, b, "CU-01", Rating::level(3));
    score(store, b, "CU-02", Rating::level(2));
    score(store, b, "EP-01", Rating::na());
    const RoundComparison comparison = RoundComparison::between(store, a, b);
    QCOMPARE(comparison.items.size(), m_iamm->itemCount());
    QCOMPARE(comparison.item(QStringLiteral("CU-01"))->change.delta(), 2);
    QCOMPARE(comparison.item(QStringLiteral("CU-02"))->change.kind(), ItemChange::Kind::NewlyApplicable);
    QCOMPARE(comparison.item(QStringLiteral("EP-01"))->change.kind(), ItemChange::Kind::NowNotApplicable);
    QCOMPARE(comparison.changed().size(), 3);
    QCOMPARE(comparison.largestMoves(true, 5).size(), 1);
    QVERIFY(comparison.largestMoves(false, 5).isEmpty());
    const RoundComparison back = RoundComparison::between(store, b, a);
    QCOMPARE(back.item(QStringLiteral("CU-01"))->change.delta(), -2);
    QCOMPARE(back.largestMoves(false, 5).constFirst().itemId, QStringLiteral("CU-01"));

    const QString other = create(store, "KEN", QDate(2021, 1, 1), &m_other);
    QCOMPARE(errorOf([&] { RoundComparison::between(store, a, other); }),
             QStringLiteral("assessment %1 uses framework iamm-2004 but %2 uses iamm-other: only assessments of the "
                            "same framework can be compared")
                 .arg(a, other));
}

void RoundsTest::trendHasHandComputedMeansAndChanges()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString first = create(store, "KEN", QDate(2020, 1, 1));
    score(store, first, "CU-01", Rating::level(1));
    score(store, first, "CU-02", Rating::level(3));
    store.setStatus(first, AssessmentStatus::Final);
    const QString second = create(store, "KEN", QDate(2022, 1, 1));
    score(store, second, "CU-01", Rating::level(2));
    score(store, second, "CU-02", Rating::na());
    score(store, second, "EP-01", Rating::level(4));
    store.updateResponse(second, QStringLiteral("CU-01"),
                         {.changeReason = ChangeReason::Evidence, .changeNote = QStringLiteral("New census")});
    create(store, "KEN", QDate(2021, 1, 1), &m_other); // another framework: not in the trend

    const Trend trend = TrendLoader::history(store, QStringLiteral("ken"), QStringLiteral("iamm-2004"), false);
    QCOMPARE(trend.stateCode, QStringLiteral("KEN"));
    QCOMPARE(trend.rounds.size(), 2);
    QCOMPARE(trend.rounds[0].info.id, first);
    QCOMPARE(trend.rounds[1].info.id, second);
    // First: CU (1 + 3) / 2 = 2, EP none, overall 2. Second: CU 2 (N/A left out), EP 4, overall (2 + 4) / 2 = 3.
    QCOMPARE(trend.rounds[0].sections[0].id, QStringLiteral("CU"));
    QCOMPARE(trend.rounds[0].sections[0].score, std::optional<double>(2.0));
    QCOMPARE(trend.rounds[0].sections[1].score, std::optional<double>());
    QCOMPARE(trend.rounds[0].overall, std::optional<double>(2.0));
    QCOMPARE(trend.rounds[1].sections[0].score, std::optional<double>(2.0));
    QCOMPARE(trend.rounds[1].sections[1].score, std::optional<double>(4.0));
    QCOMPARE(trend.rounds[1].overall, std::optional<double>(3.0));
    QCOMPARE(trend.overallChange(1), std::optional<double>(1.0));
    QVERIFY(!trend.overallChange(0));
    QCOMPARE(trend.itemIds, m_iamm->itemIds());
    QVERIFY(trend.latest);
    QCOMPARE(trend.latest->previous.id, first);
    const ItemComparison *cu1 = trend.latest->item(QStringLiteral("CU-01"));
    QCOMPARE(cu1->change.delta(), 1);
    QCOMPARE(cu1->reason, std::optional<ChangeReason>(ChangeReason::Evidence));
    QCOMPARE(cu1->note, QStringLiteral("New census"));
    QCOMPARE(trend.latest->item(QStringLiteral("CU-02"))->change.kind(), ItemChange::Kind::NowNotApplicable);
    QCOMPARE(trend.latest->item(QStringLiteral("EP-01"))->change.kind(), ItemChange::Kind::NewlyAssessed);
}

void RoundsTest::overviewGroupsRoundsWithTheirChange()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString first = create(store, "KEN", QDate(2020, 1, 1));
    score(store, first, "CU-01", Rating::level(1));
    score(store, first, "CU-02", Rating::level(3));
    store.setStatus(first, AssessmentStatus::Final);
    const QString ghana = create(store, "GHA", QDate(2021, 6, 1));
    const QString draft = create(store, "KEN", QDate(2022, 1, 1));
    score(store, draft, "CU-01", Rating::level(2));
    score(store, draft, "EP-01", Rating::level(4));
    const QString unscored = create(store, "KEN", QDate(2021, 1, 1));

    const QList<RoundEntry> entries = RoundsOverview::load(store);
    QCOMPARE(entries.size(), 4);
    // Kenya's newest round (2022) is newer than Ghana's (2021): Kenya's rounds first, newest first.
    QCOMPARE(entries[0].info.id, draft);
    QCOMPARE(entries[1].info.id, unscored);
    QCOMPARE(entries[2].info.id, first);
    QCOMPARE(entries[3].info.id, ghana);
    QCOMPARE(entries[0].stateRoundCount, 3);
    QCOMPARE(entries[3].stateRoundCount, 1);
    // The 2022 draft follows the 2020 final (the 2021 round is a draft): (2 + 4) / 2 = 3 against 2.
    QCOMPARE(entries[0].previous->id, first);
    QCOMPARE(entries[0].overall, std::optional<double>(3.0));
    QCOMPARE(entries[0].previousOverall, std::optional<double>(2.0));
    QCOMPARE(entries[0].overallChange(), std::optional<double>(1.0));
    // An unscored round has a previous round but no mean, so no change.
    QCOMPARE(entries[1].previous->id, first);
    QVERIFY(!entries[1].overall);
    QVERIFY(!entries[1].overallChange());
    QVERIFY(!entries[2].previous);
    QVERIFY(!entries[3].previous);
    QVERIFY(!entries[3].overall);
}

void RoundsTest::trendWithFinalsOnlyAndUnknownState()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString final1 = finalRound(store, QDate(2020, 1, 1));
    create(store, "KEN", QDate(2022, 1, 1));
    const Trend finals = TrendLoader::history(store, QStringLiteral("KEN"), QStringLiteral("iamm-2004"), true);
    QCOMPARE(finals.rounds.size(), 1);
    QCOMPARE(finals.rounds[0].info.id, final1);
    QVERIFY(!finals.latest); // one round: no comparison
    QCOMPARE(TrendLoader::history(store, QStringLiteral("KEN"), QStringLiteral("iamm-2004"), false).rounds.size(), 2);
    QCOMPARE(errorOf([&] { TrendLoader::history(store, QStringLiteral("UGA"), QStringLiteral("iamm-2004"), false); }),
             QStringLiteral("UGA has no assessment on framework iamm-2004"));
    QCOMPARE(errorOf([&] { TrendLoader::history(store, QStringLiteral("XYZ"), QStringLiteral("iamm-2004"), false); }),
             QStringLiteral("\"XYZ\" is not an ISO 3166 alpha-3 state code"));
}

void RoundsTest::changeReasonIsStoredAndAudited()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString id = create(store, "KEN", QDate(2024, 1, 1));
    ResponseUpdate update;
    update.rating = Rating::level(3);
    update.changeReason = ChangeReason::Performance;
    update.changeNote = QStringLiteral("The new law is in force");
    store.updateResponse(id, QStringLiteral("CU-04"), update);
    Response saved = store.response(id, QStringLiteral("CU-04"));
    QCOMPARE(saved.changeReason, std::optional<ChangeReason>(ChangeReason::Performance));
    QCOMPARE(saved.changeNote, QStringLiteral("The new law is in force"));
    QStringList fields;
    for (const AuditEntry &entry : store.auditLog(id)) {
        if (entry.entity == QLatin1String("response"))
            fields << QStringLiteral("%1: %2 -> %3").arg(entry.field, entry.oldValue, entry.newValue);
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("rating:  -> 3"), QStringLiteral("change reason:  -> performance"),
                                  QStringLiteral("change note:  -> The new law is in force")}));
    store.updateResponse(id, QStringLiteral("CU-04"), {.changeReason = std::optional<ChangeReason>()});
    saved = store.response(id, QStringLiteral("CU-04"));
    QVERIFY(!saved.changeReason);
    QCOMPARE(saved.rating, Rating::level(3));
    QCOMPARE(store.auditLog(id).constLast().oldValue, QStringLiteral("performance"));
}

void RoundsTest::newRoundLinksAndCarriesOpenActions()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString first = create(store, "KEN", QDate(2022, 1, 1));
    store.updateResponse(
        first, QStringLiteral("CU-01"),
        {.rating = Rating::level(2), .changeReason = ChangeReason::Other, .changeNote = QStringLiteral("x")});
    const auto action = [](const char *item, const char *text, ActionStatus status) {
        return Action{
            0,     QString::fromLatin1(item), QString::fromLatin1(text), QStringLiteral("Interior"), QDate(2023, 1, 1),
            status};
    };
    const qint64 open = store.addAction(first, action("CU-01", "Open one", ActionStatus::Open));
    const qint64 going = store.addAction(first, action("CU-02", "Going", ActionStatus::InProgress));
    store.addAction(first, action("CU-03", "Done", ActionStatus::Done));
    store.addAction(first, action("CU-04", "Dropped", ActionStatus::Dropped));
    store.setStatus(first, AssessmentStatus::Final);

    const QString next = store.startNewRound(first, QStringLiteral("Next"), QDate(2024, 1, 1));
    QCOMPARE(store.assessment(next).previousAssessmentId, first);
    QCOMPARE(PreviousRound::of(store, next)->id, first);
    const Response copied = store.response(next, QStringLiteral("CU-01"));
    QCOMPARE(copied.rating, Rating::level(2));
    QVERIFY(!copied.changeReason);
    QVERIFY(copied.changeNote.isEmpty());
    const QList<Action> carried = store.actions(next);
    QCOMPARE(carried.size(), 2);
    QCOMPARE(carried[0].text, QStringLiteral("Open one"));
    QCOMPARE(carried[0].carriedFromActionId, open);
    QCOMPARE(carried[0].status, ActionStatus::Open);
    QCOMPARE(carried[0].review, std::optional<ActionReview>(ActionReview::ToReview));
    QCOMPARE(carried[1].carriedFromActionId, going);
    QCOMPARE(carried[1].status, ActionStatus::InProgress);
    QCOMPARE(carried[1].owner, QStringLiteral("Interior"));
    // The originals stay as they were.
    QCOMPARE(store.actions(first).size(), 4);
    QVERIFY(!store.actions(first)[0].isCarried());
}

void RoundsTest::carriedActionReview()
{
    TempDatabase db;
    AssessmentStore store(db.path());
    const QString first = create(store, "KEN", QDate(2022, 1, 1));
    store.addAction(first, {0, QStringLiteral("CU-01"), QStringLiteral("A"), {}, {}, ActionStatus::Open});
    store.addAction(first, {0, QStringLiteral("CU-02"), QStringLiteral("B"), {}, {}, ActionStatus::InProgress});
    const qint64 own = store.addAction(first,
                                       {0, QStringLiteral("CU-03"), QStringLiteral("C"), {}, {}, ActionStatus::Open});
    const QString next = store.startNewRound(first, {}, QDate(2024, 1, 1));
    const QList<Action> carried = store.actions(next);
    store.reviewAction(next, carried[0].id, ActionReview::Done);
    store.reviewAction(next, carried[1].id, ActionReview::Continuing);
    const QList<Action> after = store.actions(next);
    QCOMPARE(after[0].status, ActionStatus::Done);
    QCOMPARE(after[0].review, std::optional<ActionReview>(ActionReview::Done));
    QCOMPARE(after[1].status, ActionStatus::InProgress);
    QCOMPARE(after[1].review, std::optional<ActionReview>(ActionReview::Continuing));
    QCOMPARE(store.auditLog(next).constLast().field, QStringLiteral("review"));
    QCOMPARE(errorOf([&] { store.reviewAction(first, own, ActionReview::Done); }),
             QStringLiteral("action %1 was not carried over from a previous round; change its status with `iamm action "
                            "set-status` instead")
                 .arg(own));
    QCOMPARE(errorOf([&] { store.reviewAction(first, carried[0].id, ActionReview::Done); }),
             QStringLiteral("assessment %1 has no action %2").arg(first).arg(carried[0].id));
}

void RoundsTest::fullExportRoundTripsTheRoundFields()
{
    TempDatabase source;
    QString first;
    QString next;
    QByteArray full;
    QByteArray shared;
    QByteArray firstFile;
    {
        AssessmentStore store(source.path());
        first = create(store, "KEN", QDate(2022, 1, 1));
        store.addAction(first, {0, QStringLiteral("CU-01"), QStringLiteral("A"), {}, {}, ActionStatus::Open});
        next = store.startNewRound(first, {}, QDate(2024, 1, 1));
        store.updateResponse(next, QStringLiteral("CU-01"),
                             {.rating = Rating::level(4),
                              .changeReason = ChangeReason::Method,
                              .changeNote = QStringLiteral("Read level 4 as the guidance says")});
        store.reviewAction(next, store.actions(next)[0].id, ActionReview::Continuing);
        full = AssessmentExchange::exportAssessment(store, next, {});
        firstFile = AssessmentExchange::exportAssessment(store, first, {});
        AssessmentExchange::ExportOptions share;
        share.share = true;
        shared = AssessmentExchange::exportAssessment(store, next, share);
    }
    QVERIFY(full.contains("\"previous\": \"" + first.toLatin1() + '"'));
    QVERIFY(full.contains("\"changeReason\": \"method\""));
    QVERIFY(full.contains("\"review\": \"continuing\""));
    QVERIFY(!shared.contains("previous") && !shared.contains("changeReason") && !shared.contains("changeNote"));

    TempDatabase target;
    AssessmentStore store(target.path());
    const QString nextPath = test::writeFile(target.file(QStringLiteral("next.json")), full);
    const QString firstPath = test::writeFile(target.file(QStringLiteral("first.json")), firstFile);
    // Imported alone, the link has nothing to point to and is left out; imported with its previous round, it
    // is kept.
    AssessmentExchange::importFiles(store, {nextPath}, *m_frameworks, StateCatalog::instance());
    QVERIFY(store.assessment(next).previousAssessmentId.isEmpty());
    AssessmentExchange::ImportOptions replace;
    replace.replace = true;
    AssessmentExchange::importFiles(store, {firstPath, nextPath}, *m_frameworks, StateCatalog::instance(), replace);
    QCOMPARE(store.assessment(next).previousAssessmentId, first);
    const Response response = store.response(next, QStringLiteral("CU-01"));
    QCOMPARE(response.changeReason, std::optional<ChangeReason>(ChangeReason::Method));
    QCOMPARE(response.changeNote, QStringLiteral("Read level 4 as the guidance says"));
    QCOMPARE(store.actions(next)[0].review, std::optional<ActionReview>(ActionReview::Continuing));
    // Replacing the previous round keeps the link that points to it.
    AssessmentExchange::importFiles(store, {firstPath}, *m_frameworks, StateCatalog::instance(), replace);
    QCOMPARE(store.assessment(next).previousAssessmentId, first);
    QCOMPARE(AssessmentExchange::exportAssessment(store, next, {}), full);
}

QTEST_GUILESS_MAIN(RoundsTest)
#include "tst_rounds.moc"
