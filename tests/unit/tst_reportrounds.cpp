// SPDX-License-Identifier: GPL-3.0-or-later
// The report's rounds: the item table's "Previous" and "Change" columns, the page "Since the previous assessment"
// with the explanations of change, the section means across rounds and the actions completed since, and the
// previous-round rule on the methodology page — read back from the PDF with pdftotext.
#include "clitestsupport.h"
#include "report/reportrounds.h"
#include "store/assessmentstore.h"

#include <QTest>

using iamm::test::runTool;
using iamm::test::TempDatabase;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString pdfText(const QString &path)
{
    return runTool(s("pdftotext"), {s("-raw"), s("-enc"), s("UTF-8"), path, s("-")}).simplified();
}

} // namespace

class ReportRoundsTest : public QObject
{
    Q_OBJECT

private:
    QString report(const QStringList &extra, const QString &name);

    QTemporaryDir m_environment;
    TempDatabase m_demo;
    iamm::test::DemoRounds m_aurelia;

private slots:
    void initTestCase();
    void draftReportComparesWithTheFirstRound();
    void earlierRoundStopsAtItself();
    void stateWithOneRoundHasNoComparison();
    void roundsForTheGuiExport();
};

void ReportRoundsTest::initTestCase()
{
    iamm::test::isolateUserDirectories(m_environment);
    iamm::test::createDemo(m_demo.path(), m_aurelia);
}

QString ReportRoundsTest::report(const QStringList &extra, const QString &name)
{
    const QString out = m_demo.file(name);
    const iamm::test::CliResult written = iamm::test::runCli(
        m_demo.path(), QStringList{s("report"), s("--group"), s("DEMO"), s("--out"), out} + extra);
    if (written.exitCode != 0)
        qFatal("the report failed: %s", qPrintable(iamm::test::describe(written)));
    return out;
}

void ReportRoundsTest::draftReportComparesWithTheFirstRound()
{
    const QString text = pdfText(report({s("--state"), s("XAA")}, s("draft.pdf")));
    // The item table's columns, with the previous level and the change of an item.
    QVERIFY2(text.contains(s("ID Item Score Previous Change Target Gap Peer median n Percentile rank")),
             qPrintable(text));
    QVERIFY(text.contains(s("Previous: the rating in the previous round (10 March 2026)")));
    QVERIFY(text.contains(s("no longer assessed")));
    // The page, its changed items with their explanation category and text.
    QVERIFY(text.contains(s("Since the previous assessment")));
    QVERIFY(text.contains(s("Compared with “DEMO (fictitious) – first round” of 10 March 2026 (final)")));
    QVERIFY(text.contains(s("ID Item Previous Current Change Explanation of change")));
    QVERIFY(text.contains(s("Performance (a real change in practice): Fictitious: the new procedure is now applied "
                            "nationwide.")));
    QVERIFY(text.contains(s("Evidence (new or better information): Fictitious: the statistics office supplied figures "
                            "we lacked.")));
    QVERIFY(text.contains(s("Section means across rounds")));
    QVERIFY(text.contains(s("12 March 2024")));
    QVERIFY(text.contains(s("20 November 2026 (draft)")));
    QVERIFY(text.contains(s("Actions completed since the previous round")));
    QVERIFY(text.contains(s("CU-12 Train border staff on the new procedure (fictitious) Ministry of the Interior")));
    QVERIFY(!text.contains(s("CU-03 Publish the migration policy in one document (fictitious) Ministry of Foreign "
                             "Affairs Action")));
    // The methodology states the rule.
    QVERIFY(text.contains(s("Previous round: the assessment this one names as its previous round")));
}

void ReportRoundsTest::earlierRoundStopsAtItself()
{
    const QString text = pdfText(
        report({s("--state"), s("XAA"), s("--assessment"), m_aurelia.finalId}, s("first.pdf")));
    QVERIFY(text.contains(s("Compared with “DEMO (fictitious) – baseline round” of 12 March 2024 (final)")));
    QVERIFY(text.contains(s("newly applicable")));
    QVERIFY(text.contains(s("now not applicable")));
    QVERIFY(!text.contains(s("20 November 2026")));
    QVERIFY(text.contains(s("None of the actions carried over from the previous round is done yet.")));
}

void ReportRoundsTest::stateWithOneRoundHasNoComparison()
{
    const QString text = pdfText(report({s("--state"), s("XAB")}, s("single.pdf")));
    QVERIFY(text.contains(s("ID Item Score Target Gap Peer median n Percentile rank")));
    QVERIFY(!text.contains(s("Since the previous assessment")));
    QVERIFY(!text.contains(s("Previous: the rating")));
    QVERIFY(text.contains(s("Previous round: the assessment this one names as its previous round")));
}

void ReportRoundsTest::roundsForTheGuiExport()
{
    iamm::AssessmentStore store(m_demo.path(), iamm::SqlConnection::Access::ReadOnly);
    const std::optional<iamm::ReportRounds> rounds = iamm::ReportRounds::load(store, m_aurelia.draftId);
    QVERIFY(rounds);
    QCOMPARE(rounds->comparison.previous.id, m_aurelia.finalId);
    QCOMPARE(rounds->trend.rounds.size(), 3);
    QCOMPARE(rounds->completedActions.size(), 1);
    QCOMPARE(rounds->completedActions[0].itemId, s("CU-12"));
    const std::optional<iamm::ReportRounds> first = iamm::ReportRounds::load(store, m_aurelia.finalId);
    QCOMPARE(first->trend.rounds.size(), 2);
    for (const iamm::AssessmentInfo &info : store.assessments(s("XAB")))
        QVERIFY(!iamm::ReportRounds::load(store, info.id));
}

QTEST_MAIN(ReportRoundsTest)
#include "tst_reportrounds.moc"
