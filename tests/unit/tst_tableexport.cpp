// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "exchange/tableexporter.h"
#include "faildevice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <functional>
#include <memory>

using namespace iamm;
using iamm::test::FailDevice;
using iamm::test::readFile;
using iamm::test::TempDatabase;
using iamm::test::writeFile;

namespace {

const QStringList fixedHeaders{QStringLiteral("state_code"), QStringLiteral("state_name"),
                               QStringLiteral("assessment_id"), QStringLiteral("assessment_date"),
                               QStringLiteral("missing")};
constexpr int firstItemColumn = 5;

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QString zipEntry(const QString &zipPath, const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, entry});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("cannot read %s from %s", qPrintable(entry), qPrintable(zipPath));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TableExportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvHasOneRowPerMemberInGroupOrder();
    void csvCellsHoldNewestFinalScores();
    void csvMarksMembersWithoutFinalAssessment();
    void csvQuotesAndEncodesNames();
    void xlsxHasBoldFrozenHeaderAndNumbers();
    void xlsxReplacesAnExistingFile();
    void unwritablePathThrowsAndLeavesNoFile();
    void aFullDiskNamesThePathAndKeepsNothing();
    void unknownFormatIsRefused();

private:
    const Framework &framework() const;
    QString createFinal(const QString &state, const QDate &date,
                        const std::function<Rating(int, const QString &)> &rating, bool final = true);
    QList<QStringList> exportCsv();

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<FrameworkRegistry> m_registry;
    PeerGroup m_group;
    QString m_canadaNewestFinal;
};

void TableExportTest::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_store = std::make_unique<AssessmentStore>(m_temp->path());
    m_registry = std::make_unique<FrameworkRegistry>();
    m_group.id = QStringLiteral("Test");
    m_group.name = QStringLiteral("Test group");
    m_group.members = {QStringLiteral("CAN"), QStringLiteral("MEX"), QStringLiteral("CRI"), QStringLiteral("COD"),
                       QStringLiteral("CIV")};

    createFinal(QStringLiteral("CAN"), QDate(2023, 5, 1), [](int, const QString &) { return Rating::level(1); });
    m_canadaNewestFinal = createFinal(QStringLiteral("CAN"), QDate(2024, 6, 1), [](int index, const QString &id) {
        if (id == QLatin1String("CU-01"))
            return Rating::level(3);
        if (id == QLatin1String("CU-02"))
            return Rating::na();
        if (id == QLatin1String("CU-03"))
            return Rating::notAssessed();
        return Rating::level(index % 5);
    });
    createFinal(
        QStringLiteral("CAN"), QDate(2025, 1, 1), [](int, const QString &) { return Rating::level(4); }, false);
    createFinal(QStringLiteral("MEX"), QDate(2024, 2, 2), [](int, const QString &id) {
        return id == QLatin1String("EP-20") ? Rating::level(0) : Rating::level(2);
    });
    createFinal(
        QStringLiteral("CRI"), QDate(2024, 3, 3), [](int, const QString &) { return Rating::level(3); }, false);
    createFinal(QStringLiteral("COD"), QDate(2024, 4, 4), [](int, const QString &) { return Rating::level(4); });
    createFinal(QStringLiteral("FRA"), QDate(2024, 5, 5), [](int, const QString &) { return Rating::level(4); });
}

void TableExportTest::cleanup()
{
    m_store.reset();
    m_temp.reset();
}

const Framework &TableExportTest::framework() const
{
    return m_registry->require(FrameworkRegistry::defaultFrameworkId());
}

QString TableExportTest::createFinal(const QString &state, const QDate &date,
                                     const std::function<Rating(int, const QString &)> &rating, bool final)
{
    const QString id = m_store->createAssessment({state, state + QStringLiteral(" review"), date, {}}, framework());
    const QStringList items = framework().itemIds();
    for (int i = 0; i < items.size(); ++i) {
        ResponseUpdate update;
        update.rating = rating(i, items.at(i));
        m_store->updateResponse(id, items.at(i), update);
    }
    if (final)
        m_store->setStatus(id, AssessmentStatus::Final);
    return id;
}

QList<QStringList> TableExportTest::exportCsv()
{
    const QString path = m_temp->file(QStringLiteral("table.csv"));
    TableExporter::write(*m_store, m_group, framework(), QStringLiteral("csv"), path);
    return parseCsv(readFile(path));
}

void TableExportTest::csvHasOneRowPerMemberInGroupOrder()
{
    const QList<QStringList> rows = exportCsv();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0), fixedHeaders + framework().itemIds());
    QCOMPARE(rows.at(0).size(), 45);
    QStringList codes;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 45);
        codes << row.first();
    }
    QCOMPARE(codes, m_group.members);
    QVERIFY(readFile(m_temp->file(QStringLiteral("table.csv"))).endsWith("\r\n"));
}

void TableExportTest::csvCellsHoldNewestFinalScores()
{
    const QList<QStringList> rows = exportCsv();
    const QStringList &canada = rows.at(1);
    QCOMPARE(canada.mid(0, firstItemColumn),
             (QStringList{QStringLiteral("CAN"), QStringLiteral("Canada"), m_canadaNewestFinal,
                          QStringLiteral("2024-06-01"), QStringLiteral("no")}));
    QCOMPARE(canada.at(firstItemColumn + 0), QStringLiteral("3")); // CU-01
    QCOMPARE(canada.at(firstItemColumn + 1), QStringLiteral("NA")); // CU-02
    QCOMPARE(canada.at(firstItemColumn + 2), QString()); // CU-03 not assessed
    QCOMPARE(canada.at(firstItemColumn + 3), QStringLiteral("3")); // CU-04: index 3
    QCOMPARE(canada.at(firstItemColumn + 39), QStringLiteral("4")); // EP-20: index 39

    const QStringList &mexico = rows.at(2);
    QCOMPARE(mexico.at(1), QStringLiteral("Mexico"));
    QCOMPARE(mexico.at(3), QStringLiteral("2024-02-02"));
    QCOMPARE(mexico.at(4), QStringLiteral("no"));
    QCOMPARE(mexico.at(firstItemColumn + 0), QStringLiteral("2"));
    QCOMPARE(mexico.at(firstItemColumn + 39), QStringLiteral("0"));
}

void TableExportTest::csvMarksMembersWithoutFinalAssessment()
{
    const QList<QStringList> rows = exportCsv();
    for (int row : {3, 5}) { // Costa Rica has only a draft, Côte d'Ivoire nothing
        QCOMPARE(rows.at(row).at(2), QString());
        QCOMPARE(rows.at(row).at(3), QString());
        QCOMPARE(rows.at(row).at(4), QStringLiteral("yes"));
        for (int c = firstItemColumn; c < rows.at(row).size(); ++c)
            QCOMPARE(rows.at(row).at(c), QString());
    }
}

void TableExportTest::csvQuotesAndEncodesNames()
{
    const QList<QStringList> rows = exportCsv();
    QCOMPARE(rows.at(4).at(1), QStringLiteral("Congo, The Democratic Republic of the"));
    QCOMPARE(rows.at(4).at(firstItemColumn), QStringLiteral("4"));
    QCOMPARE(rows.at(5).at(1), QStringLiteral("Côte d'Ivoire"));
    const QByteArray bytes = readFile(m_temp->file(QStringLiteral("table.csv")));
    QVERIFY(bytes.contains("\r\nCOD,\"Congo, The Democratic Republic of the\","));
    QVERIFY(bytes.contains("\r\nCIV,C\xc3\xb4te d'Ivoire,,,yes,"));
}

void TableExportTest::xlsxHasBoldFrozenHeaderAndNumbers()
{
    const QString path = m_temp->file(QStringLiteral("table.xlsx"));
    TableExporter::write(*m_store, m_group, framework(), QStringLiteral("xlsx"), path);
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const QString &text :
         {QStringLiteral("state_code"), QStringLiteral("missing"), QStringLiteral("CU-01"), QStringLiteral("EP-20"),
          QStringLiteral("Canada"), QStringLiteral("NA"), QStringLiteral("Côte d")})
        QVERIFY2(strings.contains(QStringLiteral("<t>") + text), qPrintable(text));
    const QString sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(sheet.contains(QStringLiteral("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\"")),
             qPrintable(sheet.left(600)));
    QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"s\">")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"AS1\" s=\"1\" t=\"s\">"))); // EP-20 header, column 45
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"F2\"><v>3</v></c>"))); // Canada CU-01, a number
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"AS3\"><v>0</v></c>"))); // Mexico EP-20
    QVERIFY(!sheet.contains(QStringLiteral("r=\"H2\""))); // Canada CU-03 left empty
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"D2\" s=\"2\"><v>45444</v></c>"))); // 2024-06-01 as a date
}

void TableExportTest::xlsxReplacesAnExistingFile()
{
    const QString path = m_temp->file(QStringLiteral("table.xlsx"));
    writeFile(path, "old content");
    TableExporter::write(*m_store, m_group, framework(), QStringLiteral("xlsx"), path);
    QVERIFY(readFile(path).startsWith("PK"));
    QCOMPARE(QDir(m_temp->dir()).entryList({QStringLiteral("table*")}, QDir::Files),
             QStringList{QStringLiteral("table.xlsx")});
}

void TableExportTest::unwritablePathThrowsAndLeavesNoFile()
{
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString path = m_temp->file(QStringLiteral("missing-folder/table.") + format);
        try {
            TableExporter::write(*m_store, m_group, framework(), format, path);
            QFAIL("writing into a missing folder succeeded");
        } catch (const IammError &error) {
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(!QDir(m_temp->file(QStringLiteral("missing-folder"))).exists());
    QCOMPARE(QDir(m_temp->dir()).entryList({QStringLiteral("*.part-*")}, QDir::Files), QStringList());
}

void TableExportTest::aFullDiskNamesThePathAndKeepsNothing()
{
    const QString path = m_temp->file(QStringLiteral("table.csv"));
    FailDevice device(64);
    QVERIFY(device.open(QIODevice::WriteOnly));
    try {
        TableExporter::writeCsv(*m_store, m_group, framework(), device, path);
        QFAIL("the table was written onto a full disk");
    } catch (const IammError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("%1: cannot write: No space left on device; nothing was written").arg(path));
    }
    QVERIFY(!QFile::exists(path));

    FailDevice roomy(1024 * 1024);
    QVERIFY(roomy.open(QIODevice::WriteOnly));
    TableExporter::writeCsv(*m_store, m_group, framework(), roomy, path);
    QVERIFY(!QFile::exists(path));
    exportCsv();
    QCOMPARE(roomy.data(), readFile(path));
}

void TableExportTest::unknownFormatIsRefused()
{
    const QString path = m_temp->file(QStringLiteral("table.ods"));
    try {
        TableExporter::write(*m_store, m_group, framework(), QStringLiteral("ods"), path);
        QFAIL("an unknown format was accepted");
    } catch (const IammError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("ods")), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TableExportTest)
#include "tst_tableexport.moc"
