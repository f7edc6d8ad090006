// SPDX-License-Identifier: GPL-3.0-or-later
// What the PDF report says: checklist statuses, official texts in full, one number of decimals per
// table, the percentile rank explained where it first appears, and a state outside its peer group.
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "peers/gapanalysis.h"
#include "report/gapformatter.h"
#include "report/gapreportwriter.h"
#include "peers/peergroupcatalog.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <nlohmann/json.hpp>

#include <memory>

using namespace iamm;

namespace {

const QString subjectState = QStringLiteral("MEX");

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// The text between two headings of the report.
QString between(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(from);
    const qsizetype end = text.indexOf(to, start + from.size());
    if (start < 0 || end < 0)
        return QString();
    return text.mid(start + from.size(), end - start - from.size());
}

// The distinct decimal counts of the decimal numbers in text ("2.50" -> 2).
QSet<int> decimalCounts(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("(?<![\\w.])\\d+\\.(\\d+)(?![\\w.])"));
    QSet<int> counts;
    for (const QRegularExpressionMatch &match : decimal.globalMatch(text))
        counts.insert(int(match.capturedLength(1)));
    return counts;
}

// Whether every word of text appears in order in haystack, allowing a page's header, footer and
// repeated table header between them where a wrapped cell continues on the next page.
bool containsWrapped(const QString &wrappedText, const QString &text)
{
    // pdftotext ends a line broken after a hyphen ("policy-" / "making") with "- ".
    const QString haystack = QString(wrappedText).replace(QStringLiteral("- "), QStringLiteral("-"));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype start = haystack.indexOf(words.constFirst());
    while (start >= 0) {
        qsizetype at = start;
        bool complete = true;
        for (const QString &word : words) {
            at = haystack.indexOf(word, at);
            if (at < 0 || at - start > text.size() + 600) {
                complete = false;
                break;
            }
            at += word.size();
        }
        if (complete)
            return true;
        start = haystack.indexOf(words.constFirst(), start + 1);
    }
    return false;
}

} // namespace

class ReportContentTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        m_store = std::make_unique<AssessmentStore>(m_temp->path());
        m_registry = std::make_unique<FrameworkRegistry>();
        m_subjectId = create(subjectState, 0, false);
        // Four peers whose scores differ, so medians fall on halves and ranks are not whole numbers.
        create(QStringLiteral("CAN"), 1, true);
        create(QStringLiteral("CRI"), 2, true);
        create(QStringLiteral("GTM"), 3, true);
        create(QStringLiteral("HND"), 4, true);
        create(QStringLiteral("HUN"), 2, true);
        create(QStringLiteral("POL"), 3, true);
        create(QStringLiteral("CZE"), 1, true);
        m_store->setChecklistStatus(m_subjectId, QStringLiteral("EP-04.2"), ChecklistState::Partial);
        m_store->setChecklistStatus(m_subjectId, QStringLiteral("EP-04.3"), ChecklistState::NotInPlace);
        m_store->setChecklistStatus(m_subjectId, QStringLiteral("EP-13.S1"), ChecklistState::InPlace);
    }

    void cleanup()
    {
        m_store.reset();
        m_temp.reset();
    }

    void checklistStatusesAreReported()
    {
        const QString text = pdfText(writeReport(QStringLiteral("Puebla")));
        const QString checklist = between(text, QStringLiteral("Checklist: sub-topics and quoted practices"),
                                          QStringLiteral("Priority actions"));
        QVERIFY2(!checklist.isEmpty(), qPrintable(text.right(3000)));
        const Framework &framework = m_store->frameworkOf(m_subjectId);
        const ChecklistEntry *partial = framework.entry(QStringLiteral("EP-04.2"));
        const ChecklistEntry *practice = framework.entry(QStringLiteral("EP-13.S1"));
        QVERIFY(checklist.contains(QStringLiteral("EP-04.2 %1 Partly in place").arg(partial->text)));
        QVERIFY(checklist.contains(QStringLiteral("EP-04.3")));
        QVERIFY(checklist.contains(QStringLiteral("Not in place")));
        QVERIFY(checklist.contains(
            QStringLiteral("EP-13.S1 Practice: %1 (%2) In place").arg(practice->text, practice->source)));
        QVERIFY(checklist.contains(QStringLiteral("EP-04.1")));
        QVERIFY(checklist.contains(QStringLiteral("Not recorded")));
    }

    void officialTextsAreNeverCut()
    {
        const QString text = pdfText(writeReport(QStringLiteral("Puebla")));
        QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(text.mid(text.indexOf(QChar(0x2026)) - 200, 300)));
        const QString summary = between(text, QStringLiteral("Strongest items"),
                                        QStringLiteral("Largest gaps to target"));
        const Framework &framework = m_store->frameworkOf(m_subjectId);
        int longTexts = 0;
        for (const FrameworkItem *item : framework.items()) {
            const QString official = item->heading.isEmpty() ? item->text : item->heading;
            if (official.size() > 150 && summary.contains(item->id + QLatin1Char(' '))) {
                ++longTexts;
                QVERIFY2(containsWrapped(summary, official), qPrintable(item->id + QLatin1Char(' ') + summary));
            }
        }
        QVERIFY2(longTexts > 0, "the summary lists no long official text");
        const QString rationale = between(text, QStringLiteral("Ratings and rationale"), QStringLiteral("Checklist:"));
        QVERIFY(rationale.contains(framework.item(QStringLiteral("CU-09"))->text));
    }

    void eachTableUsesOneNumberOfDecimals()
    {
        const QString text = pdfText(writeReport(QStringLiteral("Puebla")));
        const QString standing = between(text, QStringLiteral("Standing"), QStringLiteral("Strongest items"));
        QCOMPARE(decimalCounts(standing), QSet<int>{2});
        const QString items = between(text, QStringLiteral("All items"), QStringLiteral("Ratings and rationale"));
        QCOMPARE(decimalCounts(items), QSet<int>{1});
        QVERIFY2(items.contains(QRegularExpression(QStringLiteral("\\d\\.5 \\d+ \\d+\\.\\d"))),
                 qPrintable(items.left(2000)));
        const QString charts = between(text, QStringLiteral("Score Target Peer median CU-01"),
                                       QStringLiteral("All items"));
        QCOMPARE(decimalCounts(charts), QSet<int>{1});
    }

    void percentileRankIsExplainedWhereItFirstAppears()
    {
        const QString text = pdfText(writeReport(QStringLiteral("Puebla")));
        const qsizetype first = text.indexOf(QStringLiteral("ercentile rank"));
        QVERIFY(first > 0);
        QVERIFY2(text.mid(first).startsWith(QStringLiteral("ercentile rank: the share of peers whose score is below")),
                 qPrintable(text.mid(first - 100, 300)));
        QVERIFY(text.contains(QStringLiteral("100 × (below + ½ × equal) ÷ number of peers")));
    }

    void stateOutsideTheGroupIsSaidSo()
    {
        const PeerGroupCatalog groups(*m_store);
        const GapResult member = GapAnalysis::run(*m_store, groups, subjectState, QStringLiteral("Puebla"), {}, 3);
        QVERIFY(member.subjectIsMember);
        const GapResult outsider = GapAnalysis::run(*m_store, groups, subjectState, QStringLiteral("Budapest"), {}, 3);
        QVERIFY(!outsider.subjectIsMember);
        QVERIFY(GapFormatter::toText(outsider, m_store->frameworkOf(m_subjectId))
                    .contains(QStringLiteral("MEX is not a member of Budapest")));
        const nlohmann::json json = nlohmann::json::parse(GapFormatter::toJson(outsider).toStdString());
        QCOMPARE(json.at("subjectIsMember").get<bool>(), false);

        const QString outsiderText = pdfText(writeReport(QStringLiteral("Budapest")));
        QVERIFY2(outsiderText.count(QStringLiteral("Mexico (MEX) is not a member of Budapest Process")) >= 2,
                 qPrintable(outsiderText.left(1500)));
        QVERIFY(!pdfText(writeReport(QStringLiteral("Puebla"))).contains(QStringLiteral("is not a member of")));
    }

private:
    QString create(const QString &state, int offset, bool final)
    {
        const Framework &framework = m_registry->require(FrameworkRegistry::defaultFrameworkId());
        const QString id = m_store->createAssessment({state, state + QStringLiteral(" review"), QDate(2025, 3, 1), {}},
                                                     framework);
        const QStringList items = framework.itemIds();
        for (int i = 0; i < items.size(); ++i) {
            ResponseUpdate update;
            update.rating = Rating::level((i + offset) % 5);
            if (items.at(i) == QLatin1String("CU-09"))
                update.rationale = QStringLiteral("Agreed after the second session.");
            m_store->updateResponse(id, items.at(i), update);
        }
        if (final)
            m_store->setStatus(id, AssessmentStatus::Final);
        return id;
    }

    QString writeReport(const QString &groupId)
    {
        const PeerGroupCatalog groups(*m_store);
        const GapResult result = GapAnalysis::run(*m_store, groups, subjectState, groupId, {}, 3);
        const QString path = m_temp->file(groupId + QStringLiteral(".pdf"));
        GapReportWriter::writePdf(result, m_store->frameworkOf(m_subjectId), m_store->record(m_subjectId, false),
                                  groups.group(groupId), {}, path);
        return path;
    }

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<FrameworkRegistry> m_registry;
    QString m_subjectId;
};

QTEST_MAIN(ReportContentTest)
#include "tst_reportcontent.moc"
