// SPDX-License-Identifier: GPL-3.0-or-later
// The printable participant worksheet: what its pages say (read back with pdftotext), that no item
// is split across pages, the safe write (refused existing file, failed write), and `iamm worksheet`.
#include "clitestsupport.h"
#include "common/iammerror.h"
#include "common/outputfile.h"
#include "faildevice.h"
#include "framework/frameworkregistry.h"
#include "report/worksheetwriter.h"
#include "store/assessmentstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace iamm;
using iamm::test::CliResult;
using iamm::test::createDemo;
using iamm::test::DemoRounds;
using iamm::test::describe;
using iamm::test::FailDevice;
using iamm::test::isolateUserDirectories;
using iamm::test::readFile;
using iamm::test::runCli;
using iamm::test::runTool;
using iamm::test::TempDatabase;
using iamm::test::verifyRejected;
using iamm::test::writeFile;

namespace {

const QString title = QStringLiteral("Mexico national workshop");
const QString participant = QStringLiteral("Ana López");
const QString annexCuOne = QStringLiteral(
    "The continuing movement of people across borders is an integral feature of a rapidly globalizing world.");
const QString annexEpOne = QStringLiteral("International Cooperation (including Cooperation and Dialogue among States "
                                          "and Partnerships in Managing Migration)");

// The text of one page (or every page when page is 0) in content-stream order, white space simplified.
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-")).simplified();
}

int pageCount(const QString &path)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s*(\\d+)$"), QRegularExpression::MultilineOption);
    return pages.match(runTool(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

} // namespace

class WorksheetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyItemTheLevelsAndTheAssessmentArePrinted();
    void theParticipantAndPageNumberAreOnEveryPage();
    void withoutAParticipantEveryPageHasABlankLine();
    void noItemIsSplitAcrossPages();
    void anUnknownAssessmentIsRefusedAndWritesNothing();
    void anExistingFileIsReplacedOnlyWhenAsked();
    void aFailedWriteLeavesNoFile();

    void cliWritesTheWorksheet();
    void cliRefusesAnExistingFileWithoutForce();
    void cliHelpListsTheCommand();
    void cliBadInputWritesNothing_data();
    void cliBadInputWritesNothing();

private:
    QString writeWorksheet(const QString &name, const QString &participantName);

    QTemporaryDir m_environment;
    TempDatabase m_demo;
    DemoRounds m_aurelia;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<AssessmentStore> m_store;
    QString m_assessmentId;
};

void WorksheetTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    if (!QTest::currentTestFailed())
        createDemo(m_demo.path(), m_aurelia);
}

void WorksheetTest::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = std::make_unique<AssessmentStore>(m_temp->path());
    const FrameworkRegistry registry;
    m_assessmentId = m_store->createAssessment({QStringLiteral("MEX"), title, QDate(2026, 11, 30), {}},
                                               registry.require(FrameworkRegistry::defaultFrameworkId()));
}

void WorksheetTest::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

QString WorksheetTest::writeWorksheet(const QString &name, const QString &participantName)
{
    const QString path = m_temp->file(name);
    WorksheetWriter::Options options;
    options.participant = participantName;
    WorksheetWriter::writePdf(*m_store, m_assessmentId, options, path);
    return path;
}

void WorksheetTest::everyItemTheLevelsAndTheAssessmentArePrinted()
{
    const QString text = pdfText(writeWorksheet(QStringLiteral("sheet.pdf"), participant));
    const Framework &framework = m_store->frameworkOf(m_assessmentId);
    for (const QString &itemId : framework.itemIds())
        QVERIFY2(text.contains(itemId), qPrintable(itemId));
    QVERIFY(text.contains(annexCuOne));
    QVERIFY(text.contains(annexEpOne));
    QVERIFY(text.contains(QStringLiteral("Annex C, no. 1")));
    QVERIFY(text.contains(QStringLiteral("Annex D, heading 1")));
    for (const ScaleLevel &level : framework.scale.levels) {
        QVERIFY2(text.contains(level.label), qPrintable(level.label));
        QVERIFY2(text.contains(level.descriptor), qPrintable(level.descriptor));
    }
    QVERIFY(text.contains(QStringLiteral("N/A")));
    QVERIFY(text.contains(QStringLiteral("Mark one box per item: the level that best describes the situation today, "
                                         "or N/A if the item does not apply. Leave an item blank if you have no view. "
                                         "Add a comment if you wish.")));
    QVERIFY(text.contains(QStringLiteral("Mexico (MEX)")));
    QVERIFY(text.contains(title));
    QVERIFY(text.contains(QStringLiteral("30 November 2026")));
    QVERIFY(text.contains(QStringLiteral("Agency:")));
    QVERIFY(text.contains(QStringLiteral("Name: %1").arg(participant)));
}

void WorksheetTest::theParticipantAndPageNumberAreOnEveryPage()
{
    const QString path = writeWorksheet(QStringLiteral("sheet.pdf"), participant);
    const int pages = pageCount(path);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Participant: %1").arg(participant)), qPrintable(text.right(300)));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.right(300)));
        QVERIFY2(text.contains(title), qPrintable(QString::number(page)));
    }
}

void WorksheetTest::withoutAParticipantEveryPageHasABlankLine()
{
    const QString path = writeWorksheet(QStringLiteral("blank.pdf"), QString());
    const int pages = pageCount(path);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(pdfText(path, page).contains(QStringLiteral("Participant: ____________")),
                 qPrintable(QString::number(page)));
    QVERIFY(!pdfText(path).contains(participant));
}

void WorksheetTest::noItemIsSplitAcrossPages()
{
    const QString path = writeWorksheet(QStringLiteral("sheet.pdf"), participant);
    const QRegularExpression itemId(QStringLiteral("\\b(CU|EP)-\\d\\d\\b"));
    int items = 0;
    for (int page = 1; page <= pageCount(path); ++page) {
        const QString text = pdfText(path, page);
        int onPage = 0;
        for (auto match = itemId.globalMatch(text); match.hasNext(); match.next())
            ++onPage;
        const QString where = QStringLiteral("page %1: %2").arg(page).arg(text);
        // Each item's id, its six boxes and its comment lines are on the same page.
        QVERIFY2(text.count(QStringLiteral("0 1 2 3 4 N/A")) == onPage, qPrintable(where));
        QVERIFY2(text.count(QStringLiteral("Comment")) == onPage, qPrintable(where));
        items += onPage;
    }
    QCOMPARE(items, m_store->frameworkOf(m_assessmentId).itemCount());
}

void WorksheetTest::anUnknownAssessmentIsRefusedAndWritesNothing()
{
    const QString path = m_temp->file(QStringLiteral("unknown.pdf"));
    try {
        WorksheetWriter::writePdf(*m_store, QStringLiteral("no-such-assessment"), {}, path);
        QFAIL("an unknown assessment was accepted");
    } catch (const IammError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("no assessment with id \"no-such-assessment\"")),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(path));
}

void WorksheetTest::anExistingFileIsReplacedOnlyWhenAsked()
{
    const QString path = writeFile(m_temp->file(QStringLiteral("sheet.pdf")), "previous sheet");
    try {
        writeWorksheet(QStringLiteral("sheet.pdf"), participant);
        QFAIL("an existing file was replaced");
    } catch (const IammError &error) {
        QVERIFY2(error.message().contains(path) && error.message().contains(QStringLiteral("--force")),
                 qPrintable(error.message()));
    }
    QCOMPARE(readFile(path), QByteArray("previous sheet"));

    WorksheetWriter::Options options;
    options.existing = OutputFile::Existing::Overwrite;
    WorksheetWriter::writePdf(*m_store, m_assessmentId, options, path);
    QVERIFY(readFile(path).startsWith("%PDF-"));
}

void WorksheetTest::aFailedWriteLeavesNoFile()
{
    const QString missingFolder = m_temp->file(QStringLiteral("no-such-folder/sheet.pdf"));
    QVERIFY_THROWS_EXCEPTION(IammError, WorksheetWriter::writePdf(*m_store, m_assessmentId, {}, missingFolder));
    QVERIFY(!QFile::exists(missingFolder));

    // A disk that fills up halfway through: the write is refused and names the file.
    const QString path = m_temp->file(QStringLiteral("full-disk.pdf"));
    const QByteArray pdf = WorksheetWriter::render(*m_store, m_assessmentId, {});
    FailDevice device(pdf.size() / 2);
    QVERIFY(device.open(QIODevice::WriteOnly));
    try {
        OutputFile::writeAll(device, path, pdf);
        QFAIL("the write did not fail");
    } catch (const IammError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("%1: cannot write: No space left on device; nothing was written").arg(path));
    }
    QVERIFY(!QFile::exists(path));
}

// ---- the command line

void WorksheetTest::cliWritesTheWorksheet()
{
    const QString path = m_temp->file(QStringLiteral("cli.pdf"));
    const CliResult result = runCli(m_demo.path(), {QStringLiteral("worksheet"), m_aurelia.draftId,
                                                    QStringLiteral("--out"), path, QStringLiteral("--participant"),
                                                    participant, QStringLiteral("--paper"), QStringLiteral("letter")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(result.out, path + QLatin1Char('\n'));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Participant: %1").arg(participant)));
    QVERIFY(text.contains(QStringLiteral("Aurelia (fictitious demo state) (XAA)")));
    QVERIFY(text.contains(annexCuOne));
    QVERIFY(runTool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("(letter)")));
}

void WorksheetTest::cliRefusesAnExistingFileWithoutForce()
{
    const QString path = writeFile(m_temp->file(QStringLiteral("taken.pdf")), "keep me");
    const QStringList arguments{QStringLiteral("worksheet"), m_aurelia.finalId, QStringLiteral("--out"), path};
    verifyRejected(m_demo.path(), arguments, 1, {path, QStringLiteral("--force")});
    QCOMPARE(readFile(path), QByteArray("keep me"));

    const CliResult forced = runCli(m_demo.path(), QStringList(arguments) << QStringLiteral("--force"));
    QVERIFY2(forced.exitCode == 0, qPrintable(describe(forced)));
    QVERIFY(pdfText(path).contains(QStringLiteral("Participant: ____________")));
}

void WorksheetTest::cliHelpListsTheCommand()
{
    const CliResult help = runCli(m_demo.path(), {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(describe(help)));
    QVERIFY(help.out.contains(QStringLiteral("worksheet ID --out FILE.pdf [--participant NAME]")));
}

void WorksheetTest::cliBadInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const QString out = QStringLiteral("--out");
    const QString file = QStringLiteral("{OUT}");
    const QString draft = QStringLiteral("{DRAFT}");
    QTest::newRow("unknown assessment") << QStringList{QStringLiteral("worksheet"), QStringLiteral("0000-bogus"), out,
                                                       file}
                                        << 1 << QStringList{QStringLiteral("no assessment with id \"0000-bogus\"")};
    QTest::newRow("no assessment") << QStringList{QStringLiteral("worksheet"), out, file} << 2
                                   << QStringList{QStringLiteral("assessment ID")};
    QTest::newRow("no --out") << QStringList{QStringLiteral("worksheet"), draft} << 2
                              << QStringList{QStringLiteral("--out")};
    QTest::newRow("bad paper") << QStringList{QStringLiteral("worksheet"), draft, out, file, QStringLiteral("--paper"),
                                              QStringLiteral("a3")}
                               << 2 << QStringList{QStringLiteral("--paper")};
    QTest::newRow("name too long")
        << QStringList{QStringLiteral("worksheet"),   draft, out, file, QStringLiteral("--participant"),
                       QString(201, QLatin1Char('x'))}
        << 1 << QStringList{QStringLiteral("participant's name has 201 characters")};
}

void WorksheetTest::cliBadInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const QString path = m_temp->file(QStringLiteral("refused.pdf"));
    arguments.replaceInStrings(QStringLiteral("{OUT}"), path);
    arguments.replaceInStrings(QStringLiteral("{DRAFT}"), m_aurelia.draftId);
    verifyRejected(m_demo.path(), arguments, exitCode, mentions);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(WorksheetTest)
#include "tst_worksheet.moc"
