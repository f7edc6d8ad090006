// SPDX-License-Identifier: GPL-3.0-or-later
// The `iamm` command line, run as a real process: peer groups, gap analysis, PDF reports,
// peer tables, and export/import of exchange files.
#include "clitestsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

using iamm::test::CliResult;
using iamm::test::copyDatabase;
using iamm::test::createDemo;
using iamm::test::DemoRounds;
using iamm::test::isolateUserDirectories;
using iamm::test::itemOf;
using iamm::test::linesOf;
using iamm::test::readFile;
using iamm::test::runCli;
using iamm::test::TempDatabase;
using iamm::test::verifyRejected;
using iamm::test::writeFile;
using json = nlohmann::json;

namespace {

const QStringList demoPeers{QStringLiteral("XAB"), QStringLiteral("XAC"), QStringLiteral("XAD"), QStringLiteral("XAE"),
                            QStringLiteral("XAF")};

// A JSON string as QString; empty for null, numbers and other values that are not strings.
QString textOrEmpty(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QStringList textList(const json &values)
{
    QStringList list;
    for (const json &value : values)
        list << textOrEmpty(value);
    return list;
}

QString numberText(const json &value)
{
    return value.is_number() ? QString::number(value.get<double>(), 'f', 9) : QStringLiteral("-");
}

QString figuresText(int n, const QList<double> &spread, const QString &rank, const QString &gap)
{
    QString text = QStringLiteral("n=%1").arg(n);
    const QStringList names{QStringLiteral("min"), QStringLiteral("q1"),  QStringLiteral("median"),
                            QStringLiteral("q3"),  QStringLiteral("max"), QStringLiteral("mean")};
    for (int i = 0; i < names.size(); ++i)
        text += QStringLiteral(" %1=%2").arg(names[i], QString::number(spread.value(i), 'f', 9));
    return text + QStringLiteral(" rank=%1 gap=%2").arg(rank, gap);
}

// The peer figures of one gap row, as text comparable with expectedFigures().
QString actualFigures(const json &row)
{
    if (row["peer"].is_null()) {
        return row["percentileRank"].is_null() && row["gapToMedian"].is_null()
                   ? QStringLiteral("none")
                   : QStringLiteral("rank or gap without peers");
    }
    const json &peer = row["peer"];
    QList<double> spread;
    for (const char *name : {"min", "q1", "median", "q3", "max", "mean"})
        spread << peer[name].get<double>();
    return figuresText(peer["n"].get<int>(), spread, numberText(row["percentileRank"]), numberText(row["gapToMedian"]));
}

double quantile(const QList<double> &sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const qsizetype low = qsizetype(std::floor(h));
    const qsizetype high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (h - double(low)) * (sorted[high] - sorted[low]);
}

// Peer figures computed independently: R type 7 quartiles, mid-rank percentile, subject minus median.
QString expectedFigures(const std::optional<double> &subject, QList<double> values, int minPeers)
{
    if (values.size() < minPeers)
        return QStringLiteral("none");
    std::sort(values.begin(), values.end());
    const double sum = std::accumulate(values.begin(), values.end(), 0.0);
    const double median = quantile(values, 0.5);
    const QList<double> spread{values.constFirst(),    quantile(values, 0.25), median,
                               quantile(values, 0.75), values.constLast(),     sum / double(values.size())};
    QString rank = QStringLiteral("-");
    QString gap = QStringLiteral("-");
    if (subject) {
        const auto below = std::count_if(values.begin(), values.end(), [&](double v) { return v < *subject; });
        const auto equal = std::count(values.begin(), values.end(), *subject);
        rank = QString::number((double(below) + 0.5 * double(equal)) / double(values.size()) * 100, 'f', 9);
        gap = QString::number(*subject - median, 'f', 9);
    }
    return figuresText(int(values.size()), spread, rank, gap);
}

// One assessment's counted levels and effective targets, read from `assessment show --format json`.
struct ScoreSheet
{
    QStringList itemIds;
    QMap<QString, double> counted;
    QMap<QString, int> targets;
    QSet<QString> notApplicable;

    // The cell a peer table shows for one item.
    QString cell(const QString &itemId) const
    {
        if (notApplicable.contains(itemId))
            return QStringLiteral("NA");
        return counted.contains(itemId) ? QString::number(counted.value(itemId)) : QString();
    }

    // Mean of the counted levels of one section, or of every item for an empty section id.
    std::optional<double> mean(const QString &sectionId) const
    {
        double sum = 0;
        int n = 0;
        for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
            if (sectionId.isEmpty() || it.key().section(QLatin1Char('-'), 0, 0) == sectionId) {
                sum += it.value();
                ++n;
            }
        }
        return n ? std::optional<double>(sum / n) : std::nullopt;
    }
};

ScoreSheet scoreSheetOf(const QString &database, const QString &assessmentId)
{
    const CliResult show = runCli(database, {QStringLiteral("assessment"), QStringLiteral("show"), assessmentId,
                                             QStringLiteral("--format"), QStringLiteral("json")});
    const json document = json::parse(show.out.toStdString(), nullptr, false);
    ScoreSheet sheet;
    if (!document.is_object())
        return sheet;
    for (const json &item : document["items"]) {
        const QString id = textOrEmpty(item["id"]);
        sheet.itemIds << id;
        if (item["notApplicable"].get<bool>())
            sheet.notApplicable.insert(id);
        sheet.targets.insert(id, item["effectiveTarget"].get<int>());
        if (item["score"].is_number())
            sheet.counted.insert(id, item["score"].get<double>());
    }
    return sheet;
}

// Creates an assessment, runs each `score ID ...` tail on it, optionally finalizes it; empty id on failure.
QString addAssessment(const QString &database, const QString &state, const QString &date,
                      const QList<QStringList> &scores, bool final)
{
    const CliResult created = runCli(database, {QStringLiteral("assessment"), QStringLiteral("create"),
                                                QStringLiteral("--state"), state, QStringLiteral("--date"), date});
    const QString id = created.out.trimmed();
    bool ok = created.exitCode == 0;
    for (const QStringList &score : scores)
        ok = ok && runCli(database, QStringList{QStringLiteral("score"), id} + score).exitCode == 0;
    if (final)
        ok = ok && runCli(database, {QStringLiteral("assessment"), QStringLiteral("finalize"), id}).exitCode == 0;
    return ok ? id : QString();
}

} // namespace

class CliGroupsTest : public QObject
{
    Q_OBJECT

private:
    QString exportDraft(const QString &path, const QStringList &options = {});

    QTemporaryDir m_environment;
    // The demo workshop database built once in initTestCase(); tests change copies of it.
    TempDatabase m_demo;
    // Germany's draft against four final peers with hand-picked levels, built in initTestCase().
    TempDatabase m_handMade;
    // Aurelia's (XAA) draft and final rounds in m_demo.
    DemoRounds m_aurelia;

private slots:
    void initTestCase();

    void groupListShowsShippedAndOwnGroups();
    void pueblaHasElevenMembersWithMexicoAndUsa();
    void cisHasTwelveMembersAndThirtySixInterested();
    void budapestKeepsSerbiaAndMontenegro();
    void ownGroupLifecycle();
    void copiedGroupIsIndependentOfItsSource();
    void shippedGroupsRefuseChanges();

    void gapOfTheDemoNamesSubjectAndPeers();
    void gapOfTheDemoAgreesWithThePeersOwnScores();
    void gapMinPeersTenBlanksEveryPeerFigure();
    void gapOfAnExplicitAssessment();
    void handMadeGroupGivesExactFigures();
    void handMadeGroupMinPeersBoundary();
    void handMadeGroupTextAndCsv();
    void gapForAStateWithoutPeers();

    void reportWritesAPdf();
    void reportOnLetterPaper();
    void exportTableCsvHasOneRowPerMember();
    void exportTableXlsxIsAWorkbook();

    void exportImportRoundTripIsExact();
    void exportImportRoundTripKeepsFiles();
    void sharedExportLeavesOutTypedText();
    void importReplacesTheSameAssessment();
    void importOfABrokenFileChangesNothing();
    void importOfGoodAndBrokenFilesImportsNothing();

    void badInputChangesNothing_data();
    void badInputChangesNothing();
};

void CliGroupsTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    if (QTest::currentTestFailed())
        return;

    createDemo(m_demo.path(), m_aurelia);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(!addAssessment(m_handMade.path(), QStringLiteral("DEU"), QStringLiteral("2025-06-01"),
                           {{QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("2"),
                             QStringLiteral("--target"), QStringLiteral("4")},
                            {QStringLiteral("CU-02"), QStringLiteral("--score"), QStringLiteral("3")}},
                           false)
                 .isEmpty());
    const QList<QStringList> peers{
        {QStringLiteral("FRA"), QStringLiteral("2025-02-01"), QStringLiteral("0"), QString()},
        {QStringLiteral("ITA"), QStringLiteral("2025-02-02"), QStringLiteral("2"), QStringLiteral("1")},
        {QStringLiteral("ESP"), QStringLiteral("2025-02-03"), QStringLiteral("3"), QStringLiteral("1")},
        {QStringLiteral("AUT"), QStringLiteral("2025-02-04"), QStringLiteral("4"), QStringLiteral("3")},
    };
    for (const QStringList &peer : peers) {
        const QStringList cuTwo = peer[3].isEmpty()
                                      ? QStringList{QStringLiteral("CU-02"), QStringLiteral("--na")}
                                      : QStringList{QStringLiteral("CU-02"), QStringLiteral("--score"), peer[3]};
        QVERIFY(!addAssessment(m_handMade.path(), peer[0], peer[1],
                               {{QStringLiteral("CU-01"), QStringLiteral("--score"), peer[2]}, cuTwo}, true)
                     .isEmpty());
    }
    RUN_OK(group, m_handMade.path(),
           {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("HAND"), QStringLiteral("--name"),
            QStringLiteral("Hand-made peers"), QStringLiteral("DEU"), QStringLiteral("FRA"), QStringLiteral("ITA"),
            QStringLiteral("ESP"), QStringLiteral("AUT"), QStringLiteral("POL")});
}

// Exports the demo draft from the demo database to path; empty on failure.
QString CliGroupsTest::exportDraft(const QString &path, const QStringList &options)
{
    const CliResult exported = runCli(
        m_demo.path(),
        QStringList{QStringLiteral("export"), m_aurelia.draftId, QStringLiteral("--out"), path} + options);
    if (exported.exitCode != 0 || exported.out != path + QLatin1Char('\n'))
        return {};
    return path;
}

// ---- peer groups

void CliGroupsTest::groupListShowsShippedAndOwnGroups()
{
    TempDatabase db;
    RUN_OK(empty, db.path(), {QStringLiteral("group"), QStringLiteral("list")});
    const QStringList shipped = linesOf(empty.out);
    QVERIFY(shipped.contains(QStringLiteral("Puebla\t11 members\tshipped\tPuebla Process (RCM)")));
    QVERIFY(shipped.contains(QStringLiteral("CIS\t12 members\tshipped\tCIS Conference")));
    QVERIFY(shipped.contains(QStringLiteral("Budapest\t50 members\tshipped\tBudapest Process")));
    QCOMPARE(shipped.filter(QStringLiteral("\town\t")).size(), 0);
    QCOMPARE(shipped.filter(QStringLiteral("\tshipped\t")).size(), shipped.size());

    RUN_OK(demo, m_demo.path(), {QStringLiteral("group"), QStringLiteral("list")});
    QCOMPARE(linesOf(demo.out),
             shipped + QStringList{QStringLiteral("DEMO\t6 members\town\tDemo peer group (fictitious states)")});
}

void CliGroupsTest::pueblaHasElevenMembersWithMexicoAndUsa()
{
    TempDatabase db;
    RUN_OK(show, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("Puebla")});
    const QStringList lines = linesOf(show.out);
    QCOMPARE(lines[0], QStringLiteral("Puebla  Puebla Process (RCM)"));
    QVERIFY(lines.contains(QStringLiteral("Shipped reference data (read-only); 11 members:")));
    const QStringList members = lines.filter(QRegularExpression(QStringLiteral("^  [A-Z]{3}  ")));
    QCOMPARE(members.size(), 11);
    QVERIFY(members.contains(QStringLiteral("  MEX  Mexico")));
    QVERIFY(members.contains(QStringLiteral("  USA  United States  (listed as \"the USA\")")));
    QVERIFY(!show.out.contains(QLatin1String("interested")));
    RUN_OK(lowerCase, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("puebla")});
    QCOMPARE(lowerCase.out, show.out);
}

void CliGroupsTest::cisHasTwelveMembersAndThirtySixInterested()
{
    TempDatabase db;
    RUN_OK(show, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("CIS")});
    const QStringList lines = linesOf(show.out);
    const qsizetype membersAt = lines.indexOf(QStringLiteral("Shipped reference data (read-only); 12 members:"));
    const qsizetype interestedAt = lines.indexOf(QStringLiteral("36 \"interested\" states (not members):"));
    QVERIFY2(membersAt > 0 && interestedAt > membersAt, qPrintable(show.out));
    QCOMPARE(interestedAt - membersAt - 1, 12);
    QCOMPARE(lines.size() - interestedAt - 1, 36);
    QVERIFY(lines.mid(membersAt, 13).contains(QStringLiteral("  RUS  Russian Federation")));
    QVERIFY(lines.mid(interestedAt).contains(QStringLiteral("  DEU  Germany")));
    QVERIFY(!lines.mid(interestedAt).contains(QStringLiteral("  RUS  Russian Federation")));
}

void CliGroupsTest::budapestKeepsSerbiaAndMontenegro()
{
    TempDatabase db;
    RUN_OK(show, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("Budapest")});
    const QStringList lines = linesOf(show.out);
    QVERIFY(lines.contains(QStringLiteral("Shipped reference data (read-only); 50 members:")));
    QVERIFY(lines.contains(QStringLiteral("  SCG  Serbia and Montenegro")));
    QVERIFY(!lines.contains(QStringLiteral("  SRB  Serbia")));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^  [A-Z]{3}  "))).size(), 50);
}

void CliGroupsTest::ownGroupLifecycle()
{
    TempDatabase db;
    RUN_OK(created, db.path(),
           {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("MINE"), QStringLiteral("--name"),
            QStringLiteral("My peers"), QStringLiteral("deu"), QStringLiteral("FRA,ITA")});
    QCOMPARE(created.out, QStringLiteral("created group MINE\n"));
    RUN_OK(shown, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("MINE")});
    QCOMPARE(
        shown.out,
        QStringLiteral("MINE  My peers\nYour own group; 3 members:\n  DEU  Germany\n  FRA  France\n  ITA  Italy\n"));
    RUN_OK(added, db.path(),
           {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("MINE"), QStringLiteral("ESP"),
            QStringLiteral("AUT"), QStringLiteral("DEU")});
    QCOMPARE(added.out, QStringLiteral("group MINE now has 5 members\n"));
    RUN_OK(removed, db.path(),
           {QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("MINE"), QStringLiteral("FRA")});
    QCOMPARE(removed.out, QStringLiteral("group MINE now has 4 members\n"));
    RUN_OK(renamed, db.path(),
           {QStringLiteral("group"), QStringLiteral("rename"), QStringLiteral("MINE"), QStringLiteral("--name"),
            QStringLiteral("Neighbours")});
    QCOMPARE(renamed.out, QStringLiteral("renamed group MINE\n"));
    RUN_OK(list, db.path(), {QStringLiteral("group"), QStringLiteral("list")});
    QCOMPARE(linesOf(list.out).constLast(), QStringLiteral("MINE\t4 members\town\tNeighbours"));
    RUN_OK(members, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("MINE")});
    QCOMPARE(members.out, QStringLiteral("MINE  Neighbours\nYour own group; 4 members:\n  DEU  Germany\n  ITA  Italy\n"
                                         "  ESP  Spain\n  AUT  Austria\n"));
    RUN_OK(deleted, db.path(), {QStringLiteral("group"), QStringLiteral("delete"), QStringLiteral("MINE")});
    QCOMPARE(deleted.out, QStringLiteral("deleted group MINE\n"));
    verifyRejected(db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("MINE")}, 1,
                   {QStringLiteral("\"MINE\""), QStringLiteral("Puebla")});
}

void CliGroupsTest::copiedGroupIsIndependentOfItsSource()
{
    TempDatabase db;
    RUN_OK(copied, db.path(),
           {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("RCM2"), QStringLiteral("--from"),
            QStringLiteral("Puebla")});
    QCOMPARE(copied.out, QStringLiteral("created group RCM2\n"));
    RUN_OK(added, db.path(),
           {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("RCM2"), QStringLiteral("COL")});
    QCOMPARE(added.out, QStringLiteral("group RCM2 now has 12 members\n"));
    RUN_OK(copy, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("RCM2")});
    QVERIFY(copy.out.startsWith(QLatin1String("RCM2  Puebla Process (RCM) (copy)\n")));
    QVERIFY(copy.out.contains(QLatin1String("Your own group; 12 members:\n")));
    QVERIFY(copy.out.contains(QLatin1String("  MEX  Mexico\n")));
    QVERIFY(copy.out.endsWith(QLatin1String("  COL  Colombia\n")));
    RUN_OK(source, db.path(), {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("Puebla")});
    QVERIFY(source.out.contains(QLatin1String("; 11 members:\n")));
    QVERIFY(!source.out.contains(QLatin1String("COL")));
    RUN_OK(named, db.path(),
           {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("RCM3"), QStringLiteral("--from"),
            QStringLiteral("Puebla"), QStringLiteral("--name"), QStringLiteral("Central America plus")});
    RUN_OK(list, db.path(), {QStringLiteral("group"), QStringLiteral("list")});
    QVERIFY(linesOf(list.out).contains(QStringLiteral("RCM3\t11 members\town\tCentral America plus")));
}

void CliGroupsTest::shippedGroupsRefuseChanges()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    const QStringList shipped{QStringLiteral("\"Puebla\""), QStringLiteral("shipped")};
    verifyRejected(db.path(),
                   {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Puebla"), QStringLiteral("DEU")}, 1,
                   shipped);
    verifyRejected(db.path(),
                   {QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("Puebla"), QStringLiteral("MEX")},
                   1, shipped);
    verifyRejected(db.path(),
                   {QStringLiteral("group"), QStringLiteral("rename"), QStringLiteral("Puebla"),
                    QStringLiteral("--name"), QStringLiteral("Mine")},
                   1, shipped);
    verifyRejected(db.path(), {QStringLiteral("group"), QStringLiteral("delete"), QStringLiteral("Puebla")}, 1,
                   shipped);
    verifyRejected(db.path(),
                   {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("puebla"), QStringLiteral("DEU")},
                   1, {QStringLiteral("\"Puebla\""), QStringLiteral("already exists")});
}

// ---- gap analysis
// Demo figures are checked against figures computed here from each peer's own `assessment show`;
// a small hand-made group checks exact values.

void CliGroupsTest::gapOfTheDemoNamesSubjectAndPeers()
{
    RUN_OK(gap, m_demo.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(result, gap.out);
    QCOMPARE(textOrEmpty(result["state"]), QStringLiteral("XAA"));
    QCOMPARE(textOrEmpty(result["group"]), QStringLiteral("DEMO"));
    const json subject = json{{"id", m_aurelia.draftId.toStdString()}, {"date", "2026-11-20"}, {"status", "draft"}};
    COMPARE_JSON(result["assessment"], subject);
    QCOMPARE(textList(result["peerStates"]), demoPeers);
    QCOMPARE(result["peerStates"].size(), size_t(5));
    QCOMPARE(result["missingPeers"].size(), size_t(0));
    QCOMPARE(result["minPeers"].get<int>(), 3);
    QCOMPARE(result["items"].size(), size_t(40));
    QCOMPARE(textList(json::array({result["sections"][0]["id"], result["sections"][1]["id"], result["overall"]["id"]})),
             (QStringList{QStringLiteral("CU"), QStringLiteral("EP"), QStringLiteral("overall")}));
}

void CliGroupsTest::gapOfTheDemoAgreesWithThePeersOwnScores()
{
    RUN_OK(gap, m_demo.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(result, gap.out);
    const ScoreSheet subject = scoreSheetOf(m_demo.path(), m_aurelia.draftId);
    QCOMPARE(subject.targets.size(), 40);
    QList<ScoreSheet> peers;
    for (const QString &state : demoPeers) {
        const CliResult list = runCli(
            m_demo.path(), {QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--state"), state});
        peers << scoreSheetOf(m_demo.path(), list.out.section(QLatin1Char('\t'), 0, 0));
        QVERIFY2(peers.constLast().counted.size() > 30, qPrintable(state));
    }
    for (const json &row : result["items"]) {
        const QString id = textOrEmpty(row["id"]);
        QList<double> values;
        for (const ScoreSheet &peer : peers) {
            if (peer.counted.contains(id))
                values << peer.counted.value(id);
        }
        const std::optional<double> score = subject.counted.contains(id) ? std::optional(subject.counted.value(id))
                                                                         : std::nullopt;
        QCOMPARE(id + QLatin1Char(' ') + actualFigures(row), id + QLatin1Char(' ') + expectedFigures(score, values, 3));
        QCOMPARE(row["target"].get<int>(), subject.targets.value(id));
        QCOMPARE(numberText(row["gapToTarget"]),
                 score ? QString::number(std::max(0.0, subject.targets.value(id) - *score), 'f', 9)
                       : QStringLiteral("-"));
    }
    std::vector<json> rows = result["sections"].get<std::vector<json>>();
    rows.push_back(result["overall"]);
    for (const json &row : rows) {
        const QString section = textOrEmpty(row["id"]) == QLatin1String("overall") ? QString() : textOrEmpty(row["id"]);
        QList<double> means;
        for (const ScoreSheet &peer : peers) {
            if (const auto mean = peer.mean(section))
                means << *mean;
        }
        QCOMPARE(numberText(row["score"]),
                 subject.mean(section) ? QString::number(*subject.mean(section), 'f', 9) : QStringLiteral("-"));
        QCOMPARE(actualFigures(row), expectedFigures(subject.mean(section), means, 3));
    }
}

void CliGroupsTest::gapMinPeersTenBlanksEveryPeerFigure()
{
    RUN_OK(ten, m_demo.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--min-peers"),
            QStringLiteral("10")});
    PARSE_JSON(blank, ten.out);
    QCOMPARE(blank["minPeers"].get<int>(), 10);
    QCOMPARE(textList(blank["peerStates"]), demoPeers);
    const ScoreSheet subject = scoreSheetOf(m_demo.path(), m_aurelia.draftId);
    for (const json &row : blank["items"]) {
        QCOMPARE(actualFigures(row), QStringLiteral("none"));
        const QString id = textOrEmpty(row["id"]);
        QCOMPARE(numberText(row["score"]), subject.counted.contains(id)
                                               ? QString::number(subject.counted.value(id), 'f', 9)
                                               : QStringLiteral("-"));
    }
    for (const json &row : blank["sections"])
        QCOMPARE(actualFigures(row), QStringLiteral("none"));
    QCOMPARE(actualFigures(blank["overall"]), QStringLiteral("none"));
    QCOMPARE(numberText(blank["overall"]["score"]), QString::number(*subject.mean(QString()), 'f', 9));
}

void CliGroupsTest::gapOfAnExplicitAssessment()
{
    RUN_OK(gap, m_demo.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--assessment"), m_aurelia.finalId, QStringLiteral("--format"),
            QStringLiteral("json")});
    PARSE_JSON(result, gap.out);
    const json subject = json{{"id", m_aurelia.finalId.toStdString()}, {"date", "2026-03-10"}, {"status", "final"}};
    COMPARE_JSON(result["assessment"], subject);
    const ScoreSheet sheet = scoreSheetOf(m_demo.path(), m_aurelia.finalId);
    QCOMPARE(sheet.counted.size(), 37);
    for (const json &row : result["items"]) {
        const QString id = textOrEmpty(row["id"]);
        QCOMPARE(id + QLatin1Char(' ') + numberText(row["score"]),
                 id + QLatin1Char(' ')
                     + (sheet.counted.contains(id) ? QString::number(sheet.counted.value(id), 'f', 9)
                                                   : QStringLiteral("-")));
    }
}

void CliGroupsTest::handMadeGroupGivesExactFigures()
{
    RUN_OK(gap, m_handMade.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("DEU"), QStringLiteral("--group"),
            QStringLiteral("HAND"), QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(result, gap.out);
    QCOMPARE(textList(result["peerStates"]),
             (QStringList{QStringLiteral("FRA"), QStringLiteral("ITA"), QStringLiteral("ESP"), QStringLiteral("AUT")}));
    QCOMPARE(textList(result["missingPeers"]), QStringList{QStringLiteral("POL")});
    // CU-01: peers 0, 2, 3, 4 (R type 7 quartiles); the subject's 2 has one peer below and one equal.
    const json cuOne = json::parse(R"({"id": "CU-01", "score": 2, "notApplicable": false, "target": 4, "gapToTarget": 2,
        "peer": {"n": 4, "min": 0.0, "q1": 1.5, "median": 2.5, "q3": 3.25, "max": 4.0, "mean": 2.25},
        "percentileRank": 37.5, "gapToMedian": -0.5})");
    COMPARE_JSON(itemOf(result, QStringLiteral("CU-01")), cuOne);
    // CU-02: France said N/A, so three peers 1, 1, 3.
    const json &cuTwo = itemOf(result, QStringLiteral("CU-02"));
    QCOMPARE(cuTwo["score"].get<int>(), 3);
    QCOMPARE(cuTwo["target"].get<int>(), 3);
    QCOMPARE(cuTwo["gapToTarget"].get<int>(), 0);
    QCOMPARE(actualFigures(cuTwo),
             QStringLiteral("n=3 min=1.000000000 q1=1.000000000 median=1.000000000 q3=2.000000000 "
                            "max=3.000000000 mean=1.666666667 rank=83.333333333 gap=2.000000000"));
    const json cuThree = json::parse(
        R"({"id": "CU-03", "score": null, "notApplicable": false, "target": 3, "gapToTarget": null,
        "peer": null, "percentileRank": null, "gapToMedian": null})");
    COMPARE_JSON(itemOf(result, QStringLiteral("CU-03")), cuThree);
    // Section means: Germany 2.5; France 0, Italy 1.5, Spain 2, Austria 3.5.
    const json cu = json::parse(R"({"id": "CU", "score": 2.5,
        "peer": {"n": 4, "min": 0.0, "q1": 1.125, "median": 1.75, "q3": 2.375, "max": 3.5, "mean": 1.75},
        "percentileRank": 75.0, "gapToMedian": 0.75})");
    COMPARE_JSON(result["sections"][0], cu);
    const json ep = json::parse(
        R"({"id": "EP", "score": null, "peer": null, "percentileRank": null, "gapToMedian": null})");
    COMPARE_JSON(result["sections"][1], ep);
    json overall = cu;
    overall["id"] = "overall";
    COMPARE_JSON(result["overall"], overall);
}

void CliGroupsTest::handMadeGroupMinPeersBoundary()
{
    RUN_OK(gap, m_handMade.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("DEU"), QStringLiteral("--group"),
            QStringLiteral("HAND"), QStringLiteral("--format=json"), QStringLiteral("--min-peers=4")});
    PARSE_JSON(result, gap.out);
    QCOMPARE(result["minPeers"].get<int>(), 4);
    QCOMPARE(itemOf(result, QStringLiteral("CU-01"))["peer"]["n"].get<int>(), 4);
    QCOMPARE(actualFigures(itemOf(result, QStringLiteral("CU-02"))), QStringLiteral("none"));
    QCOMPARE(result["overall"]["peer"]["n"].get<int>(), 4);
    RUN_OK(five, m_handMade.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("DEU"), QStringLiteral("--group"),
            QStringLiteral("HAND"), QStringLiteral("--format=json"), QStringLiteral("--min-peers=5")});
    PARSE_JSON(none, five.out);
    QCOMPARE(actualFigures(itemOf(none, QStringLiteral("CU-01"))), QStringLiteral("none"));
    QCOMPARE(actualFigures(none["overall"]), QStringLiteral("none"));
}

void CliGroupsTest::handMadeGroupTextAndCsv()
{
    const QStringList base{QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("DEU"),
                           QStringLiteral("--group"), QStringLiteral("HAND")};
    RUN_OK(textGap, m_handMade.path(), base);
    const QStringList lines = linesOf(textGap.out);
    QCOMPARE(lines[0], QStringLiteral("Gap report for DEU"));
    QVERIFY(lines.contains(QStringLiteral("Peer group: Hand-made peers (HAND)")));
    QVERIFY(
        lines.contains(QStringLiteral("*** DRAFT: this assessment is not final; its figures may still change ***")));
    QVERIFY(lines.contains(
        QStringLiteral("Peers used (4): FRA (2025-02-01), ITA (2025-02-02), ESP (2025-02-03), AUT (2025-02-04)")));
    QVERIFY(lines.contains(QStringLiteral("Missing peers: POL")));
    QVERIFY(lines.contains(QStringLiteral("Minimum peers: 3 (peer figures are blank where fewer peers have a score)")));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^CU-01 +2 +4 +2 +2\\.5 +4 +37\\.5$"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^CU-02 +3 +3 +0 +1 +3 +83\\.3$"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^CU-03 +– +3$"))).size(), 1);

    RUN_OK(csv, m_handMade.path(), base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList rows = linesOf(csv.out);
    QCOMPARE(rows.size(), 1 + 40 + 2 + 1);
    QCOMPARE(rows[0], QStringLiteral("level,id,score,target,gap_to_target,peer_n,peer_min,peer_q1,peer_median,peer_q3,"
                                     "peer_max,peer_mean,percentile_rank,gap_to_median"));
    QCOMPARE(rows[1], QStringLiteral("item,CU-01,2,4,2,4,0,1.5,2.5,3.25,4,2.25,37.5,-0.5"));
    QCOMPARE(rows[2], QStringLiteral("item,CU-02,3,3,0,3,1,1,1,2,3,1.6667,83.3333,2"));
    QCOMPARE(rows[3], QStringLiteral("item,CU-03,,3,,,,,,,,,,"));
    QCOMPARE(rows[41], QStringLiteral("section,CU,2.5,,,4,0,1.125,1.75,2.375,3.5,1.75,75,0.75"));
    QCOMPARE(rows[42], QStringLiteral("section,EP,,,,,,,,,,,,"));
    QCOMPARE(rows[43], QStringLiteral("overall,overall,2.5,,,4,0,1.125,1.75,2.375,3.5,1.75,75,0.75"));
    QVERIFY(csv.out.endsWith(QLatin1String("\r\n")));
}

void CliGroupsTest::gapForAStateWithoutPeers()
{
    TempDatabase db;
    const QString id = addAssessment(db.path(), QStringLiteral("MEX"), QStringLiteral("2025-05-05"),
                                     {{QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("3")}},
                                     false);
    QVERIFY(!id.isEmpty());
    RUN_OK(gap, db.path(),
           {QStringLiteral("gap"), QStringLiteral("--state"), QStringLiteral("MEX"), QStringLiteral("--group"),
            QStringLiteral("Puebla"), QStringLiteral("--format"), QStringLiteral("json")});
    PARSE_JSON(result, gap.out);
    QCOMPARE(result["peerStates"].size(), size_t(0));
    QCOMPARE(textList(result["missingPeers"]),
             (QStringList{QStringLiteral("BLZ"), QStringLiteral("CAN"), QStringLiteral("CRI"), QStringLiteral("DOM"),
                          QStringLiteral("SLV"), QStringLiteral("GTM"), QStringLiteral("HND"), QStringLiteral("NIC"),
                          QStringLiteral("PAN"), QStringLiteral("USA")}));
    QCOMPARE(itemOf(result, QStringLiteral("CU-01"))["score"].get<int>(), 3);
    QCOMPARE(itemOf(result, QStringLiteral("CU-01"))["gapToTarget"].get<int>(), 0);
    QCOMPARE(actualFigures(itemOf(result, QStringLiteral("CU-01"))), QStringLiteral("none"));
}

// ---- reports and tables

void CliGroupsTest::reportWritesAPdf()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    const QString out = db.file(QStringLiteral("aurelia.pdf"));
    RUN_OK(report, db.path(),
           {QStringLiteral("report"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--out"), out});
    QCOMPARE(report.out, out + QLatin1Char('\n'));
    QCOMPARE(report.err, QString());
    const QByteArray pdf = readFile(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/MediaBox [0 0 595"));
    QVERIFY(!pdf.contains("/MediaBox [0 0 612"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void CliGroupsTest::reportOnLetterPaper()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    const QString out = db.file(QStringLiteral("letter.pdf"));
    RUN_OK(report, db.path(),
           {QStringLiteral("report"), QStringLiteral("--state"), QStringLiteral("XAA"), QStringLiteral("--group"),
            QStringLiteral("DEMO"), QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("letter"),
            QStringLiteral("--include-evidence"), QStringLiteral("--min-peers"), QStringLiteral("4"),
            QStringLiteral("--assessment"), m_aurelia.draftId});
    const QByteArray pdf = readFile(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/MediaBox [0 0 612"));
    QVERIFY(!pdf.contains("/MediaBox [0 0 595"));
}

void CliGroupsTest::exportTableCsvHasOneRowPerMember()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    RUN_OK(group, db.path(),
           {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("MIXED"), QStringLiteral("XAA"),
            QStringLiteral("XAB"), QStringLiteral("DEU")});
    const QString out = db.file(QStringLiteral("table.csv"));
    RUN_OK(table, db.path(),
           {QStringLiteral("export-table"), QStringLiteral("--group"), QStringLiteral("MIXED"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QCOMPARE(table.out, out + QLatin1Char('\n'));
    const QStringList rows = linesOf(QString::fromUtf8(readFile(out)));
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows[0].split(QLatin1Char(','));
    QCOMPARE(header.size(), 5 + 40);
    QCOMPARE(header.mid(0, 6),
             (QStringList{QStringLiteral("state_code"), QStringLiteral("state_name"), QStringLiteral("assessment_id"),
                          QStringLiteral("assessment_date"), QStringLiteral("missing"), QStringLiteral("CU-01")}));
    QCOMPARE(header.constLast(), QStringLiteral("EP-20"));
    // Each member's newest final assessment: Aurelia's first round, not its draft.
    const ScoreSheet firstRound = scoreSheetOf(db.path(), m_aurelia.finalId);
    QCOMPARE(firstRound.itemIds, header.mid(5));
    QStringList aurelia{QStringLiteral("XAA"), QStringLiteral("Aurelia (fictitious demo state)"), m_aurelia.finalId,
                        QStringLiteral("2026-03-10"), QStringLiteral("no")};
    for (const QString &id : firstRound.itemIds)
        aurelia << firstRound.cell(id);
    QCOMPARE(rows[1].split(QLatin1Char(',')), aurelia);
    QCOMPARE(aurelia.filter(QStringLiteral("NA")).size(), 3);
    QVERIFY(rows[2].startsWith(QLatin1String("XAB,Borealia (fictitious demo state),")));
    QCOMPARE(rows[2].split(QLatin1Char(',')).mid(5).filter(QRegularExpression(QStringLiteral("^([0-4]|NA)$"))).size(),
             40);
    QCOMPARE(rows[3], QStringLiteral("DEU,Germany,,,yes") + QString(40, QLatin1Char(',')));
}

void CliGroupsTest::exportTableXlsxIsAWorkbook()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    const QString out = db.file(QStringLiteral("table.xlsx"));
    RUN_OK(table, db.path(),
           {QStringLiteral("export-table"), QStringLiteral("--group"), QStringLiteral("DEMO"),
            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out,
            QStringLiteral("--framework"), QStringLiteral("iamm-2004")});
    QCOMPARE(table.out, out + QLatin1Char('\n'));
    const QByteArray xlsx = readFile(out);
    QVERIFY(xlsx.startsWith("PK\x03\x04"));
    QVERIFY(xlsx.contains("xl/worksheets/sheet1.xml"));
    QVERIFY(xlsx.contains("[Content_Types].xml"));
}

// ---- exchange files

void CliGroupsTest::exportImportRoundTripIsExact()
{
    TempDatabase target;
    const QString file = exportDraft(target.file(QStringLiteral("aurelia.json")));
    QVERIFY(!file.isEmpty());
    RUN_OK(imported, target.path(), {QStringLiteral("import"), file});
    QCOMPARE(imported.out, QStringLiteral("%1\nimported 1 assessment\n").arg(m_aurelia.draftId));
    const QStringList show{QStringLiteral("assessment"), QStringLiteral("show"), m_aurelia.draftId,
                           QStringLiteral("--format"), QStringLiteral("json")};
    RUN_OK(original, m_demo.path(), show);
    RUN_OK(copy, target.path(), show);
    // Action ids belong to one database: the demo's draft holds actions carried from Aurelia's first round, so
    // its ids are not 1…n as an import into an empty database numbers them. Everything else is the same.
    const auto withoutActionIds = [](const QString &output) {
        json document = json::parse(output.toStdString());
        for (json &item : document["items"]) {
            for (json &action : item["actions"])
                action.erase("id");
        }
        return QString::fromStdString(document.dump(2)).split(QLatin1Char('\n'));
    };
    QCOMPARE(withoutActionIds(copy.out), withoutActionIds(original.out));
    QVERIFY(copy.out.contains(QLatin1String("\"actions\": [")));
}

void CliGroupsTest::exportImportRoundTripKeepsFiles()
{
    TempDatabase source;
    RUN_OK(created, source.path(),
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("KEN"),
            QStringLiteral("--date"), QStringLiteral("2024-03-15")});
    const QString id = created.out.trimmed();
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i * 13 % 256));
    const QString scan = writeFile(source.file(QStringLiteral("scan.bin")), bytes);
    RUN_OK(scored, source.path(),
           {QStringLiteral("score"), id, QStringLiteral("CU-01"), QStringLiteral("--score"), QStringLiteral("2"),
            QStringLiteral("--confidence"), QStringLiteral("medium"), QStringLiteral("--rationale"),
            QStringLiteral("Ad hoc planning")});
    RUN_OK(file, source.path(),
           {QStringLiteral("evidence"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--file"),
            scan, QStringLiteral("--confidential")});
    RUN_OK(action, source.path(),
           {QStringLiteral("action"), QStringLiteral("add"), id, QStringLiteral("CU-01"), QStringLiteral("--text"),
            QStringLiteral("Draft a strategy"), QStringLiteral("--due"), QStringLiteral("2025-06-30")});
    RUN_OK(finalized, source.path(), {QStringLiteral("assessment"), QStringLiteral("finalize"), id});
    const QString out = source.file(QStringLiteral("kenya.json"));
    RUN_OK(exported, source.path(), {QStringLiteral("export"), id, QStringLiteral("--out"), out});

    TempDatabase target;
    RUN_OK(imported, target.path(), {QStringLiteral("import"), out});
    const QStringList show{QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format"),
                           QStringLiteral("json")};
    RUN_OK(original, source.path(), show);
    RUN_OK(copy, target.path(), show);
    QCOMPARE(copy.out.split(QLatin1Char('\n')), original.out.split(QLatin1Char('\n')));
    const QString saved = target.file(QStringLiteral("scan-copy.bin"));
    RUN_OK(save, target.path(),
           {QStringLiteral("evidence"), QStringLiteral("save"), file.out.trimmed(), QStringLiteral("--out"), saved});
    QCOMPARE(readFile(saved), bytes);
    RUN_OK(check, target.path(), {QStringLiteral("check")});
}

void CliGroupsTest::sharedExportLeavesOutTypedText()
{
    TempDatabase target;
    const QString file = exportDraft(target.file(QStringLiteral("shared.json")), {QStringLiteral("--share")});
    QVERIFY(!file.isEmpty());
    const QByteArray bytes = readFile(file);
    for (const char *typed : {"A. Example", "Fictitious demo rationale", "Fictitious demo note", "example.org",
                              "data-sharing protocol", "second round workshop"})
        QVERIFY2(!bytes.contains(typed), typed);

    RUN_OK(imported, target.path(), {QStringLiteral("import"), file});
    const QString sharedId = linesOf(imported.out).constFirst();
    QVERIFY(sharedId != m_aurelia.draftId && !QUuid::fromString(sharedId).isNull());
    RUN_OK(copyShow, target.path(),
           {QStringLiteral("assessment"), QStringLiteral("show"), sharedId, QStringLiteral("--format"),
            QStringLiteral("json")});
    RUN_OK(originalShow, m_demo.path(),
           {QStringLiteral("assessment"), QStringLiteral("show"), m_aurelia.draftId, QStringLiteral("--format"),
            QStringLiteral("json")});
    PARSE_JSON(copy, copyShow.out);
    PARSE_JSON(original, originalShow.out);
    QCOMPARE(textOrEmpty(copy["title"]), QStringLiteral("XAA assessment of 2026-11-20 (shared copy)"));
    QCOMPARE(copy["team"].size(), size_t(0));
    COMPARE_JSON(copy["progress"], original["progress"]);
    for (size_t i = 0; i < original["items"].size(); ++i) {
        const json &mine = original["items"][i];
        const json &theirs = copy["items"][i];
        COMPARE_JSON(theirs["score"], mine["score"]);
        COMPARE_JSON(theirs["notApplicable"], mine["notApplicable"]);
        COMPARE_JSON(theirs["target"], mine["target"]);
        COMPARE_JSON(theirs["confidence"], mine["confidence"]);
        COMPARE_JSON(theirs["checklist"], mine["checklist"]);
        QCOMPARE(textOrEmpty(theirs["rationale"]), QString());
        QCOMPARE(theirs["evidence"].size() + theirs["actions"].size(), size_t(0));
    }
}

void CliGroupsTest::importReplacesTheSameAssessment()
{
    TempDatabase target;
    const QString file = exportDraft(target.file(QStringLiteral("aurelia.json")));
    QVERIFY(!file.isEmpty());
    RUN_OK(first, target.path(), {QStringLiteral("import"), file});
    const ScoreSheet imported = scoreSheetOf(target.path(), m_aurelia.draftId);
    QVERIFY(imported.counted.contains(QStringLiteral("CU-01")));
    const int original = int(imported.counted.value(QStringLiteral("CU-01")));
    RUN_OK(scored, target.path(),
           {QStringLiteral("score"), m_aurelia.draftId, QStringLiteral("CU-01"), QStringLiteral("--score"),
            QString::number((original + 1) % 5)});
    RUN_OK(again, target.path(), {QStringLiteral("import"), QStringLiteral("--replace"), file});
    RUN_OK(list, target.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(linesOf(list.out).size(), 1);
    RUN_OK(show, target.path(),
           {QStringLiteral("assessment"), QStringLiteral("show"), m_aurelia.draftId, QStringLiteral("--format"),
            QStringLiteral("json")});
    PARSE_JSON(assessment, show.out);
    QCOMPARE(itemOf(assessment, QStringLiteral("CU-01"))["score"].get<int>(), original);
}

void CliGroupsTest::importOfABrokenFileChangesNothing()
{
    TempDatabase db;
    copyDatabase(m_demo, db);
    const QString good = exportDraft(db.file(QStringLiteral("good.json")));
    QVERIFY(!good.isEmpty());
    json document = json::parse(readFile(good).toStdString(), nullptr, false);
    QVERIFY(document.is_object() && document["responses"].is_array());
    QCOMPARE(textOrEmpty(document["responses"][0]["item"]), QStringLiteral("CU-01"));
    document["responses"][0]["item"] = "CU-21";
    const QString broken = writeFile(db.file(QStringLiteral("broken.json")),
                                     QByteArray::fromStdString(document.dump(2)));
    verifyRejected(db.path(), {QStringLiteral("import"), broken}, 1,
                   {broken, QStringLiteral("$.responses[0].item"), QStringLiteral("\"CU-21\"")});
    const QString truncated = writeFile(db.file(QStringLiteral("truncated.json")), readFile(good).left(300));
    verifyRejected(db.path(), {QStringLiteral("import"), truncated}, 1, {truncated, QStringLiteral("JSON")});
}

void CliGroupsTest::importOfGoodAndBrokenFilesImportsNothing()
{
    TempDatabase db;
    const QString good = exportDraft(db.file(QStringLiteral("good.json")));
    QVERIFY(!good.isEmpty());
    RUN_OK(created, db.path(),
           {QStringLiteral("assessment"), QStringLiteral("create"), QStringLiteral("--state"), QStringLiteral("DEU")});
    const QString broken = writeFile(db.file(QStringLiteral("broken.json")), "{\"format\": \"iamm-assessment\"}");
    verifyRejected(db.path(), {QStringLiteral("import"), good, broken}, 1, {broken});
    RUN_OK(list, db.path(), {QStringLiteral("assessment"), QStringLiteral("list")});
    QCOMPARE(linesOf(list.out).size(), 1);
}

// ---- bad input: exit code, one line naming the culprit, database untouched

void CliGroupsTest::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const auto row = [](const char *name, const QStringList &arguments, int exitCode, const QStringList &mentions) {
        QTest::newRow(name) << arguments << exitCode << mentions;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QString d = QStringLiteral("{DRAFT}");
    const QStringList gap{s("gap"), s("--state"), s("XAA"), s("--group"), s("DEMO")};
    const QStringList report{s("report"), s("--state"), s("XAA"),        s("--group"),
                             s("DEMO"),   s("--out"),   s("{DIR}/r.pdf")};
    const QStringList table{s("export-table"), s("--group"), s("DEMO"), s("--out"), s("{DIR}/t.csv")};

    row("group without subcommand", {s("group")}, 2, {s("subcommand")});
    row("group unknown subcommand", {s("group"), s("merge"), s("DEMO")}, 2, {s("\"merge\"")});
    row("group show unknown", {s("group"), s("show"), s("NOPE")}, 1, {s("\"NOPE\""), s("DEMO")});
    row("group create bad id", {s("group"), s("create"), s("bad id!"), s("DEU")}, 1, {s("\"bad id!\"")});
    row("group create unknown state", {s("group"), s("create"), s("NEW"), s("DEU"), s("XYZ")}, 1, {s("\"XYZ\"")});
    row("group create from unknown", {s("group"), s("create"), s("NEW"), s("--from"), s("NOPE")}, 1, {s("\"NOPE\"")});
    row("group create duplicate", {s("group"), s("create"), s("demo"), s("DEU")}, 1,
        {s("\"DEMO\""), s("already exists")});
    row("group add unknown state", {s("group"), s("add"), s("DEMO"), s("DEU"), s("XYZ")}, 1, {s("\"XYZ\"")});
    row("group add nothing", {s("group"), s("add"), s("DEMO")}, 2, {s("state code")});
    row("group add to unknown", {s("group"), s("add"), s("NOPE"), s("DEU")}, 1, {s("\"NOPE\"")});
    row("group remove non-member", {s("group"), s("remove"), s("DEMO"), s("XAB"), s("DEU")}, 1, {s("DEU"), s("DEMO")});
    row("group rename without name", {s("group"), s("rename"), s("DEMO")}, 2, {s("--name")});
    row("group rename to blank", {s("group"), s("rename"), s("DEMO"), s("--name"), s(" ")}, 1, {s("name")});
    row("group delete unknown", {s("group"), s("delete"), s("NOPE")}, 1, {s("\"NOPE\"")});
    row("group shipped add", {s("group"), s("add"), s("Puebla"), s("DEU")}, 1, {s("\"Puebla\""), s("shipped")});
    row("group shipped delete", {s("group"), s("delete"), s("CIS")}, 1, {s("\"CIS\""), s("shipped")});

    row("gap without group", {s("gap"), s("--state"), s("XAA")}, 2, {s("--group")});
    row("gap without state", {s("gap"), s("--group"), s("DEMO")}, 2, {s("--state")});
    row("gap unknown group", {s("gap"), s("--state"), s("XAA"), s("--group"), s("NOPE")}, 1, {s("\"NOPE\"")});
    row("gap unknown state", {s("gap"), s("--state"), s("XYZ"), s("--group"), s("DEMO")}, 1, {s("XYZ")});
    row("gap state without assessment", {s("gap"), s("--state"), s("DEU"), s("--group"), s("DEMO")}, 1, {s("DEU")});
    row("gap unknown assessment", gap + QStringList{s("--assessment"), s("nope")}, 1, {s("\"nope\"")});
    row("gap assessment of another state",
        {s("gap"), s("--state"), s("XAB"), s("--group"), s("DEMO"), s("--assessment"), d}, 1, {d, s("XAA"), s("XAB")});
    row("gap min-peers 0", gap + QStringList{s("--min-peers"), s("0")}, 2, {s("--min-peers")});
    row("gap min-peers not a number", gap + QStringList{s("--min-peers"), s("many")}, 2, {s("\"many\"")});
    row("gap bad format", gap + QStringList{s("--format"), s("xml")}, 2, {s("--format")});
    row("gap extra argument", gap + QStringList{s("XAB")}, 2, {s("\"XAB\"")});

    row("report bad paper", report + QStringList{s("--paper"), s("a5")}, 2, {s("--paper")});
    row("report without out", {s("report"), s("--state"), s("XAA"), s("--group"), s("DEMO")}, 2, {s("--out")});
    row("report unknown group",
        {s("report"), s("--state"), s("XAA"), s("--group"), s("NOPE"), s("--out"), s("{DIR}/r.pdf")}, 1,
        {s("\"NOPE\"")});
    row("report unknown assessment", report + QStringList{s("--assessment"), s("nope")}, 1, {s("\"nope\"")});
    row("report min-peers 0", report + QStringList{s("--min-peers"), s("0")}, 2, {s("--min-peers")});
    row("report unwritable",
        {s("report"), s("--state"), s("XAA"), s("--group"), s("DEMO"), s("--out"), s("{DIR}/no/such/r.pdf")}, 1,
        {s("{DIR}/no/such/r.pdf")});

    row("export-table bad format", table + QStringList{s("--format"), s("ods")}, 2, {s("--format")});
    row("export-table without out", {s("export-table"), s("--group"), s("DEMO")}, 2, {s("--out")});
    row("export-table without group", {s("export-table"), s("--out"), s("{DIR}/t.csv")}, 2, {s("--group")});
    row("export-table unknown group", {s("export-table"), s("--group"), s("NOPE"), s("--out"), s("{DIR}/t.csv")}, 1,
        {s("\"NOPE\"")});
    row("export-table unknown framework", table + QStringList{s("--framework"), s("nope")}, 1, {s("\"nope\"")});
    row("export-table unwritable", {s("export-table"), s("--group"), s("DEMO"), s("--out"), s("{DIR}/no/such/t.csv")},
        1, {s("{DIR}/no/such/t.csv")});

    row("export unknown assessment", {s("export"), s("nope"), s("--out"), s("{DIR}/e.json")}, 1, {s("\"nope\"")});
    row("export without out", {s("export"), d}, 2, {s("--out")});
    row("export unwritable", {s("export"), d, s("--out"), s("{DIR}/no/such/e.json")}, 1, {s("{DIR}/no/such/e.json")});
    row("import nothing", {s("import")}, 2, {s("import")});
    row("import missing file", {s("import"), s("{DIR}/none.json")}, 1, {s("{DIR}/none.json")});
}

void CliGroupsTest::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    TempDatabase db;
    copyDatabase(m_demo, db);
    const auto expand = [&](QStringList words) {
        for (QString &word : words)
            word.replace(QLatin1String("{DRAFT}"), m_aurelia.draftId).replace(QLatin1String("{DIR}"), db.dir());
        return words;
    };
    verifyRejected(db.path(), expand(arguments), exitCode, expand(mentions));
    QCOMPARE(QDir(db.dir()).entryList(QDir::Files).filter(QRegularExpression(QStringLiteral("^(?!test\\.sqlite)"))),
             QStringList());
}

QTEST_GUILESS_MAIN(CliGroupsTest)
#include "tst_cligroups.moc"
