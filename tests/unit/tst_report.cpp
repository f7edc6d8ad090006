// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "peers/gapanalysis.h"
#include "report/gapreportwriter.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "faildevice.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace iamm;
using iamm::test::FailDevice;
using iamm::test::runTool;
using iamm::test::TempDatabase;
using iamm::test::writeFile;

namespace {

const QString subjectState = QStringLiteral("MEX");
const QString groupId = QStringLiteral("Puebla");
const QString markupRationale = QStringLiteral("Checked with <b>x</b> & <i>y</i> as typed");

// Text in content-stream order, so that the words of a wrapped table cell stay together.
QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .simplified();
}

QString pdfInfoValue(const QString &path, const QString &key)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.+)$").arg(key), QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

QByteArray fileBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i * 13 % 251));
    return bytes;
}

// A score for every item that differs between states, so peer figures are not all equal.
int scoreFor(int itemIndex, int stateOffset)
{
    return (itemIndex + stateOffset) % 5;
}

} // namespace

class ReportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void draftReportNamesStateGroupAndEveryItem();
    void userTextPrintsAsTyped();
    void everyPageIsNumberedAndMarkedDraft();
    void fontsAreEmbedded();
    void evidenceAnnexOnlyWhenAsked();
    void viewsAnnexShowsDivergentItemsWithoutNames();
    void finalReportIsNotMarkedDraft();
    void letterPaperIsUsedWhenAsked();
    void fewerPeersThanMinimumSaySo();
    void unwritablePathThrowsAndLeavesNoFile();
    void aFullDiskNamesThePathAndKeepsNothing();
    void invalidPaperKeepsTheExistingFile();

private:
    QString createAssessment(const QString &state, const QString &title, const QDate &date, int offset, bool final);
    void addSubjectDetails();
    QString writeReport(const GapReportWriter::Options &options, int minPeers = GapAnalysis::defaultMinPeers);

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<FrameworkRegistry> m_registry;
    QString m_subjectId;
};

void ReportTest::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = std::make_unique<AssessmentStore>(m_temp->path());
    m_registry = std::make_unique<FrameworkRegistry>();
    m_subjectId = createAssessment(subjectState, QStringLiteral("Mexico national review"), QDate(2025, 3, 10), 0,
                                   false);
    createAssessment(QStringLiteral("CAN"), QStringLiteral("Canada review"), QDate(2024, 11, 2), 1, true);
    createAssessment(QStringLiteral("CRI"), QStringLiteral("Costa Rica review"), QDate(2024, 9, 20), 2, true);
    createAssessment(QStringLiteral("GTM"), QStringLiteral("Guatemala review"), QDate(2025, 1, 15), 3, true);
    createAssessment(QStringLiteral("HND"), QStringLiteral("Honduras review"), QDate(2025, 2, 1), 4, true);
    createAssessment(QStringLiteral("SLV"), QStringLiteral("El Salvador draft"), QDate(2025, 2, 3), 1, false);
    addSubjectDetails();
}

void ReportTest::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

QString ReportTest::createAssessment(const QString &state, const QString &title, const QDate &date, int offset,
                                     bool final)
{
    const Framework &framework = m_registry->require(FrameworkRegistry::defaultFrameworkId());
    const QString id = m_store->createAssessment(
        {state,
         title,
         date,
         {{QStringLiteral("Ana López"), QStringLiteral("Migration Office"), QStringLiteral("Lead")}}},
        framework);
    const QStringList items = framework.itemIds();
    for (int i = 0; i < items.size(); ++i) {
        ResponseUpdate update;
        if (items.at(i) == QLatin1String("CU-05"))
            update.rating = Rating::na();
        else if (items.at(i) != QLatin1String("EP-20"))
            update.rating = Rating::level(scoreFor(i, offset));
        m_store->updateResponse(id, items.at(i), update);
    }
    if (final)
        m_store->setStatus(id, AssessmentStatus::Final);
    return id;
}

void ReportTest::addSubjectDetails()
{
    ResponseUpdate rationale;
    rationale.rationale = markupRationale;
    rationale.confidence = Confidence::Medium;
    m_store->updateResponse(m_subjectId, QStringLiteral("CU-01"), rationale);
    m_store->addNote(m_subjectId, QStringLiteral("CU-02"), QStringLiteral("Interview notes"),
                     QStringLiteral("Border unit reports understaffing"), true);
    m_store->addLink(m_subjectId, QStringLiteral("EP-02"), QStringLiteral("Strategy page"),
                     QStringLiteral("https://example.org/strategy"), false);
    const QString evidencePath = writeFile(m_temp->file(QStringLiteral("terms-of-reference.bin")), fileBytes());
    m_store->addFile(m_subjectId, QStringLiteral("EP-02"), QStringLiteral("Committee terms of reference"), evidencePath,
                     false);
    Action done;
    done.itemId = QStringLiteral("CU-03");
    done.text = QStringLiteral("Hold a stakeholder workshop");
    done.owner = QStringLiteral("Interior Ministry");
    done.status = ActionStatus::Done;
    m_store->addAction(m_subjectId, done);
    Action open;
    open.itemId = QStringLiteral("EP-01");
    open.text = QStringLiteral("Draft a migration strategy");
    open.owner = QStringLiteral("Cabinet Office");
    open.due = QDate(2025, 12, 31);
    m_store->addAction(m_subjectId, open);
}

QString ReportTest::writeReport(const GapReportWriter::Options &options, int minPeers)
{
    const PeerGroupCatalog groups(*m_store);
    const GapResult result = GapAnalysis::run(*m_store, groups, subjectState, groupId, {}, minPeers);
    const QString path = m_temp->file(QStringLiteral("report.pdf"));
    GapReportWriter::writePdf(result, m_store->frameworkOf(m_subjectId), m_store->record(m_subjectId, false),
                              groups.group(groupId), options, path);
    return path;
}

void ReportTest::draftReportNamesStateGroupAndEveryItem()
{
    const QString text = pdfText(writeReport({}));
    QVERIFY(text.contains(QStringLiteral("IAMM gap report")));
    QVERIFY(text.contains(QStringLiteral("Mexico (MEX)")));
    QVERIFY(text.contains(QStringLiteral("Puebla Process (RCM)")));
    QVERIFY(text.contains(QStringLiteral("Regional Conference on Migration (RCM or Puebla Process)")));
    QVERIFY(text.contains(QStringLiteral("membership as of 19 May 2005")));
    QVERIFY(text.contains(QStringLiteral("Mexico national review")));
    QVERIFY(text.contains(QStringLiteral("10 March 2025")));
    QVERIFY(text.contains(QStringLiteral("Contains self-assessment results of Mexico.")));
    QVERIFY(text.contains(QStringLiteral("Confidential")));
    const Framework &framework = m_registry->require(FrameworkRegistry::defaultFrameworkId());
    QCOMPARE(framework.itemCount(), 40);
    for (const QString &itemId : framework.itemIds())
        QVERIFY2(text.contains(itemId), qPrintable(itemId));
    // Peers: the four finals; El Salvador has only a draft, the rest of the group nothing.
    for (const QString &peer : {QStringLiteral("Canada"), QStringLiteral("Costa Rica"), QStringLiteral("Guatemala"),
                                QStringLiteral("Honduras")})
        QVERIFY2(text.contains(peer), qPrintable(peer));
    QVERIFY(text.contains(QStringLiteral("El Salvador (SLV)")));
    QVERIFY(text.contains(QStringLiteral("Nicaragua (NIC)")));
    QVERIFY(text.contains(QStringLiteral("Draft a migration strategy")));
    QVERIFY(text.indexOf(QStringLiteral("Draft a migration strategy"))
            < text.indexOf(QStringLiteral("Hold a stakeholder workshop")));
    QVERIFY(text.contains(QStringLiteral("product guidance")));
}

void ReportTest::userTextPrintsAsTyped()
{
    const QString text = pdfText(writeReport({}));
    QVERIFY2(text.contains(markupRationale), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Ana López, Migration Office, Lead")));
}

void ReportTest::everyPageIsNumberedAndMarkedDraft()
{
    const QString path = writeReport({});
    const int pages = pdfInfoValue(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 7, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = runTool(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                          QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")})
                                     .simplified();
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(pageText.right(300)));
        QVERIFY2(pageText.contains(QStringLiteral("DRAFT")), qPrintable(QString::number(page)));
    }
}

void ReportTest::fontsAreEmbedded()
{
    const QString fonts = runTool(QStringLiteral("pdffonts"), {writeReport({})});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    bool dejaVu = false;
    for (const QString &line : lines) {
        // name type encoding emb sub uni object-number generation: emb is fifth from the end.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 6, qPrintable(line));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        dejaVu = dejaVu || columns.first().contains(QStringLiteral("DejaVuSans"));
    }
    QVERIFY2(dejaVu, qPrintable(fonts));
}

void ReportTest::evidenceAnnexOnlyWhenAsked()
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(fileBytes(), QCryptographicHash::Sha256).toHex());
    const QString without = pdfText(writeReport({}));
    QVERIFY(!without.contains(QStringLiteral("Annex: evidence")));
    QVERIFY(!without.contains(QStringLiteral("Border unit reports understaffing")));
    QVERIFY(!without.contains(QStringLiteral("terms-of-reference.bin")));
    QVERIFY(!without.contains(QStringLiteral("CONFIDENTIAL")));

    GapReportWriter::Options options;
    options.includeEvidence = true;
    const QString with = pdfText(writeReport(options));
    QVERIFY(with.contains(QStringLiteral("Annex: evidence")));
    QVERIFY(with.contains(QStringLiteral("Interview notes")));
    QVERIFY(with.contains(QStringLiteral("Border unit reports understaffing")));
    QVERIFY(with.contains(QStringLiteral("CONFIDENTIAL")));
    QVERIFY(with.contains(QStringLiteral("https://example.org/strategy")));
    QVERIFY(with.contains(QStringLiteral("terms-of-reference.bin")));
    QVERIFY(with.contains(QStringLiteral("4.9 KiB (5,000 bytes)")));
    QVERIFY2(QString(with).remove(QLatin1Char(' ')).contains(sha), qPrintable(sha));
}

void ReportTest::viewsAnnexShowsDivergentItemsWithoutNames()
{
    QVERIFY(!pdfText(writeReport({})).contains(QStringLiteral("Where views differed")));

    const auto views = [](const QList<std::pair<QString, Rating>> &ratings) {
        QList<ContributionView> list;
        for (const auto &[itemId, rating] : ratings)
            list.append({itemId, rating, {}});
        return list;
    };
    Contribution ana{.participant = QStringLiteral("Ana Zetina"), .agency = QStringLiteral("Interior")};
    ana.views = views({{QStringLiteral("CU-01"), Rating::level(0)}, {QStringLiteral("CU-02"), Rating::level(2)}});
    Contribution ben{.participant = QStringLiteral("Benito Quiroga"), .agency = QStringLiteral("Labour")};
    ben.views = views({{QStringLiteral("CU-01"), Rating::level(3)}, {QStringLiteral("CU-02"), Rating::level(3)}});
    Contribution cai{.participant = QStringLiteral("Caio Ramos"), .agency = QStringLiteral("Labour")};
    cai.views = views({{QStringLiteral("CU-01"), Rating::level(2)}, {QStringLiteral("CU-03"), Rating::na()}});
    m_store->replaceContributions(m_subjectId, {ana, ben, cai});
    m_store->updateResponse(m_subjectId, QStringLiteral("CU-01"),
                            {.dissent = QStringLiteral("Interior reads the law as not yet applied")});

    const QString text = pdfText(writeReport({}));
    const QString annex = text.mid(text.indexOf(QStringLiteral("Where views differed")));
    QVERIFY2(text.contains(QStringLiteral("Where views differed")), qPrintable(text.right(2000)));
    QVERIFY(annex.contains(QStringLiteral("participants: 3; agencies: 2")));
    QVERIFY(annex.contains(QStringLiteral("CU-01")));
    QVERIFY(annex.contains(QStringLiteral("level 0: 1, level 2: 1, level 3: 1")));
    QVERIFY(annex.contains(QStringLiteral("Interior reads the law as not yet applied")));
    QVERIFY2(!annex.contains(QStringLiteral("CU-02")), "a range of one level is not divergent");
    QVERIFY2(!annex.contains(QStringLiteral("CU-03 ")), "N/A alone, with no level, is not divergent");
    for (const QString &name : {QStringLiteral("Ana Zetina"), QStringLiteral("Benito Quiroga")})
        QVERIFY2(!text.contains(name), qPrintable(name));

    GapReportWriter::Options named;
    named.nameContributors = true;
    const QString withNames = pdfText(writeReport(named));
    QVERIFY(withNames.contains(QStringLiteral("Ana Zetina (Interior)")));
    QVERIFY(withNames.contains(QStringLiteral("Caio Ramos (Labour)")));
}

void ReportTest::finalReportIsNotMarkedDraft()
{
    m_store->setStatus(m_subjectId, AssessmentStatus::Final);
    const QString text = pdfText(writeReport({}));
    QVERIFY(text.contains(QStringLiteral("FINAL")));
    QVERIFY(!text.contains(QStringLiteral("DRAFT")));
}

void ReportTest::letterPaperIsUsedWhenAsked()
{
    QVERIFY(pdfInfoValue(writeReport({}), QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    GapReportWriter::Options letter;
    letter.paper = QStringLiteral("letter");
    QCOMPARE(pdfInfoValue(writeReport(letter), QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
}

void ReportTest::fewerPeersThanMinimumSaySo()
{
    const QString withPeers = pdfText(writeReport({}));
    QVERIFY(!withPeers.contains(QStringLiteral("fewer than 3 peers")));
    QVERIFY(!withPeers.contains(QStringLiteral("Not available: no item was rated")));

    const QString tooFew = pdfText(writeReport({}, 5));
    QVERIFY(tooFew.contains(QStringLiteral("fewer than 5 peers")));
    QVERIFY(tooFew.contains(QStringLiteral("Not available: no item was rated by at least 5 peers.")));
}

void ReportTest::unwritablePathThrowsAndLeavesNoFile()
{
    const PeerGroupCatalog groups(*m_store);
    const GapResult result = GapAnalysis::run(*m_store, groups, subjectState, groupId);
    const QString path = m_temp->file(QStringLiteral("no-such-folder/report.pdf"));
    try {
        GapReportWriter::writePdf(result, m_store->frameworkOf(m_subjectId), m_store->record(m_subjectId, false),
                                  groups.group(groupId), {}, path);
        QFAIL("writing into a missing folder succeeded");
    } catch (const IammError &error) {
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_temp->file(QStringLiteral("no-such-folder"))).exists());
}

void ReportTest::aFullDiskNamesThePathAndKeepsNothing()
{
    const PeerGroupCatalog groups(*m_store);
    const GapResult result = GapAnalysis::run(*m_store, groups, subjectState, groupId);
    const QString path = m_temp->file(QStringLiteral("report.pdf"));
    FailDevice device(4096);
    QVERIFY(device.open(QIODevice::WriteOnly));
    try {
        GapReportWriter::writePdf(result, m_store->frameworkOf(m_subjectId), m_store->record(m_subjectId, false),
                                  groups.group(groupId), {}, device, path);
        QFAIL("the report was written onto a full disk");
    } catch (const IammError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("%1: cannot write: No space left on device; nothing was written").arg(path));
    }
    QVERIFY(!QFile::exists(path));

    FailDevice roomy(64 * 1024 * 1024);
    QVERIFY(roomy.open(QIODevice::WriteOnly));
    GapReportWriter::writePdf(result, m_store->frameworkOf(m_subjectId), m_store->record(m_subjectId, false),
                              groups.group(groupId), {}, roomy, path);
    QVERIFY(roomy.data().startsWith("%PDF-"));
    QVERIFY(roomy.data().size() > 4096);
}

void ReportTest::invalidPaperKeepsTheExistingFile()
{
    const QString path = m_temp->file(QStringLiteral("report.pdf"));
    writeFile(path, "previous report");
    const PeerGroupCatalog groups(*m_store);
    const GapResult result = GapAnalysis::run(*m_store, groups, subjectState, groupId);
    GapReportWriter::Options options;
    options.paper = QStringLiteral("tabloid");
    QVERIFY_THROWS_EXCEPTION(IammError, GapReportWriter::writePdf(result, m_store->frameworkOf(m_subjectId),
                                                                  m_store->record(m_subjectId, false),
                                                                  groups.group(groupId), options, path));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous report"));
    QCOMPARE(QDir(m_temp->dir()).entryList({QStringLiteral("report*")}, QDir::Files),
             QStringList{QStringLiteral("report.pdf")});
}

QTEST_MAIN(ReportTest)
#include "tst_report.moc"
