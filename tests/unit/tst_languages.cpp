// SPDX-License-Identifier: GPL-3.0-or-later
// The texts people read in French and Spanish: `iamm --lang`, the PDF report and worksheet (read
// back with pdftotext), locale-formatted numbers and dates, state names from iso-codes'
// translations (read by MoCatalog), and JSON output that does not change with the language.
#include "access/accessgrant.h"
#include "assessment/vocabulary.h"
#include "catalogs/mocatalog.h"
#include "catalogs/statecatalog.h"
#include "common/calendardate.h"
#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "exchange/databasecopy.h"
#include "peers/peergroupcatalog.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "store/sqlconnection.h"
#include "voting/voterequest.h"
#include "clitestsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace iamm;
using iamm::test::CliResult;
using iamm::test::createDemo;
using iamm::test::DemoRounds;
using iamm::test::describe;
using iamm::test::isolateUserDirectories;
using iamm::test::runCli;
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

// A .mo file with the given messages (sorted by original, as msgfmt writes them), in either byte order.
QByteArray moFile(const QList<std::pair<QByteArray, QByteArray>> &messages, bool bigEndian)
{
    const quint32 count = quint32(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + count * 8;
    quint32 data = translations + count * 8;
    QByteArray tables(int(data), '\0');
    auto put = [&tables, bigEndian](quint32 offset, quint32 value) {
        auto *at = reinterpret_cast<uchar *>(tables.data() + offset);
        bigEndian ? qToBigEndian(value, at) : qToLittleEndian(value, at);
    };
    put(0, 0x950412de);
    put(8, count);
    put(12, originals);
    put(16, translations);
    QByteArray strings;
    for (quint32 i = 0; i < count; ++i) {
        for (const auto &[table, text] :
             {std::pair{originals, messages[i].first}, {translations, messages[i].second}}) {
            put(table + i * 8, quint32(text.size()));
            put(table + i * 8 + 4, data + quint32(strings.size()));
            strings += text + '\0';
        }
    }
    return tables + strings;
}

// The message of the IammError failing throws while the interface is in language.
QString errorIn(UiLanguage::Language language, const std::function<void()> &failing)
{
    UiLanguage::install(language);
    QString message;
    try {
        failing();
    } catch (const IammError &error) {
        message = error.message();
    }
    UiLanguage::install(UiLanguage::Language::English);
    return message;
}

const QStringList englishReportHeadings{s("IAMM gap report"),
                                        s("Methodology"),
                                        s("Since the previous assessment"),
                                        s("Summary"),
                                        s("Largest gaps to target"),
                                        s("Section standing"),
                                        s("All items"),
                                        s("Peers used"),
                                        s("Rules"),
                                        s("Page 1 of")};

} // namespace

class LanguagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void moCatalogReadsBothByteOrders();
    void moCatalogIgnoresABrokenFile();
    void stateNamesAreTranslated();
    void searchMatchesTheLanguageAndEnglish();

    void reportInFrench();
    void reportInSpanish();
    void worksheetInFrench();
    void stateNameInFrenchText();
    void errorsInFrench();
    void anUnknownLanguageIsRefused();
    void systemLanguageIsTheDefault();
    void jsonIsTheSameInEveryLanguage();
    void textOutputInFrench();
    void tableExportInFrench();
    void listingsInFrench();
    void listingsInSpanish();
    void listingJsonAndCsvAreTheSameInEveryLanguage();
    void frameworkErrorsInFrench();
    void storeErrorsInFrench();
    void historyAndTrendInFrench();
    void importedParticipantsArePlural();
    void limitsInFrenchAndSpanish();
    void integrityProblemsInFrench();
    void fileAndVoteProblemsInFrenchAndSpanish();
    void coreRefusalsInFrenchAndSpanish_data();
    void coreRefusalsInFrenchAndSpanish();
    void importAndCopyRefusalsInFrenchAndSpanish();

private:
    CliResult run(const QString &language, const QStringList &command);

    QString writeReport(const QString &language);

    QTemporaryDir m_environment;
    TempDatabase m_demo;
    DemoRounds m_aurelia;
};

void LanguagesTest::initTestCase()
{
    isolateUserDirectories(m_environment);
    if (!QTest::currentTestFailed())
        createDemo(m_demo.path(), m_aurelia);
}

void LanguagesTest::moCatalogReadsBothByteOrders()
{
    for (const bool big : {false, true}) {
        const MoCatalog catalog = MoCatalog::parse(moFile(
            {{"", "Content-Type: text/plain; charset=UTF-8\n"}, {"Peru", "Pérou"}, {"Senegal", "Sénégal"}}, big));
        QCOMPARE(catalog.translate(s("Peru")), s("Pérou"));
        QCOMPARE(catalog.translate(s("Senegal")), s("Sénégal"));
        QCOMPARE(catalog.translate(s("Chile")), s("Chile"));
        QCOMPARE(catalog.translate(QString()), QString());
    }
}

void LanguagesTest::moCatalogIgnoresABrokenFile()
{
    QVERIFY(MoCatalog::parse("not a catalog").isEmpty());
    QByteArray truncated = moFile({{"Peru", "Pérou"}}, false);
    truncated.chop(8);
    QVERIFY(MoCatalog::parse(truncated).isEmpty());
    QVERIFY(MoCatalog::read(s("/nonexistent/iso_3166-1.mo")).isEmpty());
}

void LanguagesTest::stateNamesAreTranslated()
{
    const StateCatalog &states = StateCatalog::instance();
    QCOMPARE(states.nameOf(s("CIV"), s("fr")), s("Côte d'Ivoire"));
    QCOMPARE(states.nameOf(s("SEN"), s("fr")), s("Sénégal"));
    QCOMPARE(states.nameOf(s("PER"), s("fr")), s("Pérou"));
    QCOMPARE(states.nameOf(s("PER"), s("es")), s("Perú"));
    QCOMPARE(states.nameOf(s("SEN"), s("es")), s("Senegal"));
    QCOMPARE(states.nameOf(s("PER"), s("en")), s("Peru"));
    QCOMPARE(states.nameOf(s("PER"), s("de")), s("Peru"));
    QCOMPARE(states.nameOf(s("XAA"), s("fr")), s("Aurelia (fictitious demo state)"));
}

void LanguagesTest::searchMatchesTheLanguageAndEnglish()
{
    const StateCatalog &states = StateCatalog::instance();
    QCOMPARE(states.search(s("Pérou"), s("fr")).value(0).code, s("PER"));
    QCOMPARE(states.search(s("perou"), s("fr")).value(0).code, s("PER"));
    QCOMPARE(states.search(s("Peru"), s("fr")).value(0).code, s("PER"));
    QCOMPARE(states.search(s("Perú"), s("es")).value(0).code, s("PER"));
    QVERIFY(states.search(s("Pérou"), s("es")).isEmpty());
    QVERIFY(states.search(s("Pérou"), s("en")).isEmpty());
}

QString LanguagesTest::writeReport(const QString &language)
{
    const QString out = m_demo.file(s("report-%1.pdf").arg(language));
    const CliResult result = runCli(m_demo.path(), {s("report"), s("--state"), s("XAA"), s("--group"), s("DEMO"),
                                                    s("--out"), out, s("--lang"), language});
    if (result.exitCode != 0 || result.out != out + QLatin1Char('\n'))
        qWarning("%s", qPrintable(describe(result)));
    return pdfText(out);
}

void LanguagesTest::reportInFrench()
{
    const QString text = writeReport(s("fr"));
    for (const QString &heading :
         {s("Rapport d'écarts IAMM"), s("Méthodologie"), s("Depuis la précédente évaluation"), s("Synthèse"),
          s("Plus grands écarts à la cible"), s("Position par section"), s("Groupe de pairs"), s("Page 1 sur")})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    for (const QString &heading : englishReportHeadings)
        QVERIFY2(!text.contains(heading), qPrintable(heading));
    QVERIFY2(text.contains(QRegularExpression(s("\\b\\d,\\d\\d\\b"))), "no French decimal such as 2,50");
    QVERIFY2(!text.contains(QRegularExpression(s("\\b[0-5]\\.\\d\\d\\b"))), "an English decimal remains");
    const QRegularExpression frenchDate(
        s("\\b\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) "
          "\\d{4}\\b"));
    QVERIFY2(text.contains(frenchDate), "no French date");
    QVERIFY(text.contains(s("Traduction de travail — le texte anglais fait foi")));
    QVERIFY(text.contains(s("Établi")));
}

void LanguagesTest::reportInSpanish()
{
    const QString text = writeReport(s("es"));
    for (const QString &heading : {s("Informe de brechas IAMM"), s("Metodología"), s("Desde la evaluación anterior"),
                                   s("Grupo de pares"), s("Página 1 de")})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    for (const QString &heading : englishReportHeadings)
        QVERIFY2(!text.contains(heading), qPrintable(heading));
    QVERIFY2(text.contains(QRegularExpression(s("\\b\\d,\\d\\d\\b"))), "no Spanish decimal such as 2,50");
    QVERIFY2(text.contains(QRegularExpression(s("\\b\\d{1,2} de [a-z]+ de \\d{4}\\b"))), "no Spanish date");
}

void LanguagesTest::worksheetInFrench()
{
    const QString out = m_demo.file(s("fiche.pdf"));
    const CliResult result = runCli(m_demo.path(), {s("--lang=fr"), s("worksheet"), m_aurelia.draftId, s("--out"), out,
                                                    s("--participant"), s("Ana López")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QString text = pdfText(out);
    QVERIFY(text.contains(s("Fiche participant IAMM")));
    QVERIFY(text.contains(s("Comment remplir cette fiche")));
    QVERIFY(text.contains(s("Participant : Ana López")));
    QVERIFY(text.contains(s("Traduction de travail — le texte anglais fait foi")));
    QVERIFY(text.contains(s("Le mouvement continu de personnes à travers les frontières")));
    QVERIFY(!text.contains(s("The continuing movement of people")));
    QVERIFY(!text.contains(s("IAMM participant worksheet")));
    QVERIFY(!text.contains(s("How to fill in this worksheet")));
}

void LanguagesTest::stateNameInFrenchText()
{
    TempDatabase db;
    const CliResult created = runCli(db.path(), {s("--lang"), s("fr"), s("assessment"), s("create"), s("--state"),
                                                 s("SEN"), s("--title"), s("Atelier national")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const QString id = created.out.trimmed();
    const CliResult shown = runCli(db.path(), {s("--lang"), s("fr"), s("assessment"), s("show"), id});
    QVERIFY2(shown.out.contains(s("Sénégal (SEN)")), qPrintable(describe(shown)));
    const CliResult list = runCli(db.path(),
                                  {s("--lang"), s("fr"), s("state"), s("list"), s("--search"), s("Sénégal")});
    QCOMPARE(iamm::test::linesOf(list.out).value(0), s("SEN\tSénégal"));
    const CliResult english = runCli(db.path(), {s("--lang"), s("en"), s("state"), s("list"), s("--search"), s("PER")});
    QCOMPARE(iamm::test::linesOf(english.out).value(0), s("PER\tPeru"));
    const CliResult spanish = runCli(db.path(), {s("--lang"), s("es"), s("state"), s("list"), s("--search"), s("PER")});
    QCOMPARE(iamm::test::linesOf(spanish.out).value(0), s("PER\tPerú"));
}

void LanguagesTest::errorsInFrench()
{
    const CliResult command = runCli(m_demo.path(), {s("--lang"), s("fr"), s("bogus")});
    QCOMPARE(command.exitCode, 2);
    QCOMPARE(command.err, s("iamm: commande inconnue « bogus » (voir iamm --help)\n"));
    const CliResult option = runCli(m_demo.path(), {s("--lang"), s("es"), s("worksheet"), m_aurelia.draftId, s("--out"),
                                                    s("x.pdf"), s("--paper"), s("a3")});
    QCOMPARE(option.exitCode, 2);
    QCOMPARE(option.err, s("iamm: worksheet: --paper debe ser a4 o letter\n"));
    const CliResult help = runCli(m_demo.path(), {s("--lang"), s("fr"), s("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(s("Utilisation : iamm")));
    QVERIFY(help.out.contains(s("Pairs et rapports")));
}

void LanguagesTest::anUnknownLanguageIsRefused()
{
    const CliResult result = runCli(m_demo.path(), {s("--lang"), s("de"), s("group"), s("list")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, s("iamm: unknown language \"de\" for --lang: use en, fr or es\n"));
    const CliResult missing = runCli(m_demo.path(), {s("--lang")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(s("en, fr or es")));
}

void LanguagesTest::systemLanguageIsTheDefault()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("IAMM_DB"), m_demo.path());
    env.remove(s("LANGUAGE"));
    env.insert(s("LC_ALL"), s("fr_FR.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(s(IAMM_CLI_PATH), {s("bogus")});
    const CliResult french = iamm::test::resultOf(process, 60000);
    QCOMPARE(french.err, s("iamm: commande inconnue « bogus » (voir iamm --help)\n"));
    env.insert(s("LC_ALL"), s("de_DE.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(s(IAMM_CLI_PATH), {s("bogus")});
    const CliResult german = iamm::test::resultOf(process, 60000);
    QCOMPARE(german.err, s("iamm: unknown command \"bogus\" (see iamm --help)\n"));
}

void LanguagesTest::jsonIsTheSameInEveryLanguage()
{
    for (const QStringList &command :
         {QStringList{s("assessment"), s("show"), m_aurelia.draftId, s("--format"), s("json")},
          QStringList{s("compare"), m_aurelia.finalId, m_aurelia.draftId, s("--format"), s("json")},
          QStringList{s("gap"), s("--state"), s("XAA"), s("--group"), s("DEMO"), s("--format"), s("csv")}}) {
        const CliResult english = runCli(m_demo.path(), QStringList{s("--lang"), s("en")} + command);
        QVERIFY2(english.exitCode == 0, qPrintable(describe(english)));
        for (const QString &language : {s("fr"), s("es")}) {
            const CliResult other = runCli(m_demo.path(), QStringList{s("--lang"), language} + command);
            QCOMPARE(other.out, english.out);
        }
    }
}

void LanguagesTest::textOutputInFrench()
{
    const CliResult gap = runCli(m_demo.path(),
                                 {s("--lang"), s("fr"), s("gap"), s("--state"), s("XAA"), s("--group"), s("DEMO")});
    QVERIFY2(gap.exitCode == 0, qPrintable(describe(gap)));
    QVERIFY(gap.out.startsWith(s("Rapport d'écarts pour XAA\n")));
    QVERIFY(gap.out.contains(s("Pairs retenus (5) : ")));
    QVERIFY(gap.out.contains(s("Médiane pairs")));
    QVERIFY(gap.out.contains(QRegularExpression(s("\\bEnsemble +\\d,\\d\\d\\b"))));
    const CliResult trend = runCli(m_demo.path(), {s("--lang"), s("es"), s("trend"), s("--state"), s("XAA")});
    QVERIFY2(trend.exitCode == 0, qPrintable(describe(trend)));
    QVERIFY(trend.out.contains(s("marco iamm-2004: 3 rondas")));
    const CliResult created = runCli(m_demo.path(),
                                     {s("--lang"), s("fr"), s("group"), s("create"), s("LANG"), s("XAA"), s("SEN")});
    QCOMPARE(created.out, s("groupe LANG créé\n"));
    const CliResult added = runCli(m_demo.path(), {s("--lang"), s("es"), s("group"), s("add"), s("LANG"), s("PER")});
    QCOMPARE(added.out, s("el grupo LANG tiene ahora 3 miembros\n"));
    const CliResult deleted = runCli(m_demo.path(), {s("group"), s("delete"), s("LANG"), s("--lang=en")});
    QCOMPARE(deleted.out, s("deleted group LANG\n"));
    QVERIFY(trend.out.contains(QRegularExpression(s("^Global +\\d,\\d\\d"), QRegularExpression::MultilineOption)));
}

void LanguagesTest::tableExportInFrench()
{
    QStringList outputs;
    for (const QString &language : {s("en"), s("fr")}) {
        const QString csv = m_demo.file(s("table-%1.csv").arg(language));
        const QString xlsx = m_demo.file(s("table-%1.xlsx").arg(language));
        for (const QString &out : {csv, xlsx}) {
            const CliResult result = runCli(m_demo.path(),
                                            {s("--lang"), language, s("export-table"), s("--group"), s("DEMO"),
                                             s("--format"), out.section(QLatin1Char('.'), -1), s("--out"), out});
            QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        }
        outputs << QString::fromUtf8(iamm::test::readFile(csv));
        const QString strings = runTool(s("unzip"), {s("-p"), xlsx, s("xl/sharedStrings.xml")});
        const QString workbook = runTool(s("unzip"), {s("-p"), xlsx, s("xl/workbook.xml")});
        const bool french = language == QLatin1String("fr");
        QCOMPARE(strings.contains(s("Code État")), french);
        QCOMPARE(strings.contains(s("state_code")), !french);
        QCOMPARE(workbook.contains(s("États x éléments")), french);
    }
    QVERIFY(outputs.at(0).startsWith(s("state_code,state_name,assessment_id,assessment_date,missing,")));
    QCOMPARE(outputs.at(1), outputs.at(0));
}

CliResult LanguagesTest::run(const QString &language, const QStringList &command)
{
    const CliResult result = runCli(m_demo.path(), QStringList{s("--lang"), language} + command);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(describe(result)));
    return result;
}

void LanguagesTest::listingsInFrench()
{
    const QString draft = m_aurelia.draftId;
    const CliResult show = run(s("fr"), {s("assessment"), s("show"), draft});
    QVERIFY2(show.out.contains(s("statut : brouillon\n")), qPrintable(show.out));
    QVERIFY(show.out.contains(QRegularExpression(s("   confiance (faible|moyenne|élevée)\n"))));
    QVERIFY(show.out.contains(s("        Action n° ")));
    QVERIFY(show.out.contains(s("        Preuve n° ")));
    for (const QString &english : {s("status: draft"), s("confidence low"), s("Action #"), s("Evidence #")})
        QVERIFY2(!show.out.contains(english), qPrintable(english));
    // The items in the working translation, marked as such; in English, the official text unmarked.
    const iamm::FrameworkRegistry registry;
    const iamm::Framework &english = registry.require(iamm::FrameworkRegistry::defaultFrameworkId());
    const iamm::Framework french = registry.translated(english, s("fr"));
    QCOMPARE_NE(french.item(s("CU-01"))->text, english.item(s("CU-01"))->text);
    QVERIFY2(show.out.contains(s("        %1\n").arg(french.item(s("CU-01"))->text)), qPrintable(show.out));
    QVERIFY(show.out.contains(s("\nCU  %1\n").arg(french.sections.constFirst().title)));
    QVERIFY(!show.out.contains(english.item(s("CU-01"))->text));
    QVERIFY(show.out.contains(s("Textes :      traduction de travail ; le texte anglais (--lang en) fait foi\n")));
    const CliResult inEnglish = run(s("en"), {s("assessment"), s("show"), draft});
    QVERIFY(inEnglish.out.contains(s("        %1\n").arg(english.item(s("CU-01"))->text)));
    QVERIFY(!inEnglish.out.contains(s("Texts:")));
    const QStringList rounds = iamm::test::linesOf(
        run(s("fr"), {s("assessment"), s("list"), s("--state"), s("XAA")}).out);
    QVERIFY2(rounds.value(0).contains(s("\tbrouillon\t")) && rounds.value(0).contains(s(" notés, ")),
             qPrintable(rounds.value(0)));
    QVERIFY(rounds.value(1).contains(s("\tdéfinitive\t")));
    const CliResult group = run(s("fr"), {s("group"), s("show"), s("DEMO")});
    QVERIFY2(group.out.contains(s("Votre groupe ; 6 membres :\n")), qPrintable(group.out));
    const CliResult shipped = run(s("fr"), {s("group"), s("show"), s("Puebla")});
    QVERIFY2(shipped.out.contains(s("Données de référence fournies (lecture seule) ; 11 membres :\n")),
             qPrintable(shipped.out));
    QVERIFY(run(s("fr"), {s("group"), s("list")}).out.contains(s("DEMO\t6 membres\tpropre\t")));
    const CliResult actions = run(s("fr"), {s("action"), s("list"), draft});
    QVERIFY2(actions.out.contains(s("\treportée : ")), qPrintable(actions.out));
    QVERIFY(!actions.out.contains(s("carried")));
    const CliResult consensus = run(s("fr"), {s("consensus"), s("show"), draft});
    QVERIFY2(consensus.out.startsWith(s("Évaluation %1 : ").arg(draft)) && consensus.out.contains(s(" organismes\n")),
             qPrintable(consensus.out));
    QVERIFY(consensus.out.contains(s("Médiane")));
    QVERIFY(run(s("fr"), {s("agenda"), s("list"), draft})
                .out.contains(QRegularExpression(s("^total\\t\\d+ min$"), QRegularExpression::MultilineOption)));
    const CliResult history = run(s("fr"), {s("history"), m_aurelia.finalId});
    QVERIFY2(history.out.contains(s("\tstatut\tbrouillon -> définitive\t")), qPrintable(history.out));
    TempDatabase db;
    const CliResult demo = runCli(db.path(), {s("--lang"), s("fr"), s("demo")});
    QVERIFY2(demo.out.startsWith(s("Atelier de démonstration créé (tous les États, noms et notes sont FICTIFS) :\n")),
             qPrintable(demo.out));
}

void LanguagesTest::listingsInSpanish()
{
    const QString draft = m_aurelia.draftId;
    const CliResult show = run(s("es"), {s("assessment"), s("show"), draft});
    QVERIFY2(show.out.contains(s("estado: borrador\n")), qPrintable(show.out));
    QVERIFY(show.out.contains(QRegularExpression(s("   confianza (baja|media|alta)\n"))));
    QVERIFY(show.out.contains(s("        Acción n.º ")));
    QVERIFY(!show.out.contains(s("Action #")));
    QVERIFY(run(s("es"), {s("group"), s("list")}).out.contains(s("DEMO\t6 miembros\tpropio\t")));
    const CliResult group = run(s("es"), {s("group"), s("show"), s("DEMO")});
    QVERIFY2(group.out.contains(s("Grupo propio; 6 miembros:\n")), qPrintable(group.out));
    const CliResult consensus = run(s("es"), {s("consensus"), s("show"), draft});
    QVERIFY2(consensus.out.startsWith(s("Evaluación %1: ").arg(draft)) && consensus.out.contains(s(" organismos\n")),
             qPrintable(consensus.out));
    const CliResult notes = run(s("es"), {s("parking"), s("list"), draft});
    QVERIFY2(notes.exitCode == 0 && !notes.out.isEmpty(), qPrintable(describe(notes)));
    TempDatabase db;
    RUN_OK(created, db.path(), {s("assessment"), s("create"), s("--state"), s("PER")});
    const QString id = created.out.trimmed();
    const CliResult checked = runCli(
        db.path(), {s("--lang"), s("es"), s("checklist"), id, s("EP-01.1"), s("--status"), s("partial")});
    QCOMPARE(checked.out, s("EP-01.1: parcialmente implantado (partial)\n"));
    const CliResult finalized = runCli(db.path(), {s("--lang"), s("es"), s("assessment"), s("finalize"), id});
    QCOMPARE(finalized.out, s("%1 finalizada\n").arg(id));
}

void LanguagesTest::listingJsonAndCsvAreTheSameInEveryLanguage()
{
    const QString draft = m_aurelia.draftId;
    for (const QStringList &command : {QStringList{s("consensus"), s("show"), draft, s("--format"), s("json")},
                                       QStringList{s("consensus"), s("show"), draft, s("--format"), s("csv")},
                                       QStringList{s("note"), s("list"), draft, s("--format"), s("json")},
                                       QStringList{s("parking"), s("list"), draft, s("--format"), s("json")},
                                       QStringList{s("agenda"), s("list"), draft, s("--format"), s("json")},
                                       QStringList{s("trend"), s("--state"), s("XAA"), s("--format"), s("csv")}}) {
        const CliResult english = run(s("en"), command);
        QVERIFY2(english.exitCode == 0 && !english.out.isEmpty(), qPrintable(describe(english)));
        for (const QString &language : {s("fr"), s("es")})
            QCOMPARE(run(language, command).out, english.out);
    }
}

void LanguagesTest::frameworkErrorsInFrench()
{
    const QString broken = iamm::test::fixture(s("cli/broken-framework.json"));
    const CliResult french = runCli(m_demo.path(), {s("--lang"), s("fr"), s("framework"), s("validate"), broken});
    QCOMPARE(french.exitCode, 1);
    QVERIFY2(french.err.startsWith(s("iamm: %1 : $.sections[0].items[2].id : ").arg(broken)), qPrintable(french.err));
    QVERIFY2(french.err.contains(s("\"TS-3\" ne correspond pas à ")), qPrintable(french.err));
    const CliResult valid = runCli(m_demo.path(), {s("--lang"), s("fr"), s("framework"), s("validate"),
                                                   iamm::test::fixture(s("cli/small-framework.json"))});
    QVERIFY2(valid.out.startsWith(s("valide : cli-test version 0.1.0, ")), qPrintable(describe(valid)));
    const QString missing = m_demo.file(s("missing-scale.json"));
    QFile file(missing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "iamm-framework", "formatVersion": 2})");
    file.close();
    const CliResult version = runCli(m_demo.path(), {s("--lang"), s("es"), s("framework"), s("validate"), missing});
    QCOMPARE(version.err, s("iamm: %1: $.formatVersion: versión no admitida (este programa lee la 1)\n").arg(missing));
}

void LanguagesTest::storeErrorsInFrench()
{
    const CliResult french = runCli(m_demo.path(), {s("--lang"), s("fr"), s("assessment"), s("show"), s("999")});
    QCOMPARE(french.exitCode, 1);
    QCOMPARE(french.err, s("iamm: %1 : aucune évaluation avec l'identifiant « 999 »\n").arg(m_demo.path()));
    const CliResult spanish = runCli(m_demo.path(), {s("--lang"), s("es"), s("assessment"), s("show"), s("999")});
    QCOMPARE(spanish.err, s("iamm: %1: no hay ninguna evaluación con el identificador «999»\n").arg(m_demo.path()));
    const CliResult final = runCli(
        m_demo.path(), {s("--lang"), s("fr"), s("score"), m_aurelia.finalId, s("CU-01"), s("--score"), s("2")});
    QCOMPARE(final.exitCode, 1);
    QCOMPARE(final.err,
             s("iamm: l'évaluation %1 est définitive ; rouvrez-la avant de la modifier\n").arg(m_aurelia.finalId));
}

void LanguagesTest::historyAndTrendInFrench()
{
    const QStringList french = iamm::test::linesOf(run(s("fr"), {s("history"), m_aurelia.finalId}).out);
    QVERIFY2(!french.filter(s("\tévaluation\t")).isEmpty(), qPrintable(french.join(QLatin1Char('\n'))));
    QVERIFY(!french.filter(QRegularExpression(s("\\tréponse\\t[A-Z]{2}-\\d\\d\\tnote\\t"))).isEmpty());
    QVERIFY(french.filter(QRegularExpression(s("\\t(response|assessment|status|rating)\\t"))).isEmpty());
    const QString spanish = run(s("es"), {s("history"), m_aurelia.finalId}).out;
    QVERIFY2(spanish.contains(s("\tevaluación\t")) && spanish.contains(s("\testado\tborrador -> definitiva\t")),
             qPrintable(spanish));
    const CliResult trend = run(s("fr"), {s("trend"), s("--state"), s("XAA")});
    QVERIFY2(trend.out.contains(
                 QRegularExpression(s("^Moyenne +\\d{4}-\\d\\d-\\d\\d"), QRegularExpression::MultilineOption)),
             qPrintable(trend.out));
    QVERIFY(trend.out.contains(
        QRegularExpression(s("^Conceptions communes +\\d,\\d\\d"), QRegularExpression::MultilineOption)));
    QVERIFY(trend.out.contains(QRegularExpression(s("^Élément +.* Évolution$"), QRegularExpression::MultilineOption)));
    QVERIFY(!trend.out.contains(s("Common Understandings")));
    const CliResult show = run(s("es"), {s("assessment"), s("show"), m_aurelia.finalId});
    QVERIFY2(show.out.contains(QRegularExpression(
                 s("  CU-01  \\d (Inexistente|Inicial / ad hoc|En desarrollo|Establecido|Implementado y revisado)"))),
             qPrintable(show.out));
}

void LanguagesTest::importedParticipantsArePlural()
{
    TempDatabase db;
    RUN_OK(created, db.path(), {s("assessment"), s("create"), s("--state"), s("PER")});
    const QString id = created.out.trimmed();
    const QString one = iamm::test::writeFile(db.file(s("one.csv")), "participant,agency,item,score,comment\n"
                                                                     "Ana,Interior,CU-01,2,\n");
    const QString two = iamm::test::writeFile(db.file(s("two.csv")), "participant,agency,item,score,comment\n"
                                                                     "Ana,Interior,CU-01,2,\n"
                                                                     "Ben,Justice,CU-01,3,\n"
                                                                     "Ben,Justice,CU-02,1,\n");
    QCOMPARE(runCli(db.path(), {s("--lang"), s("fr"), s("contribution"), s("import"), id, one}).out,
             s("1 participant importé ; 1 avis enregistré\n"));
    QCOMPARE(runCli(db.path(), {s("--lang"), s("fr"), s("contribution"), s("import"), id, two}).out,
             s("2 participants importés ; 3 avis enregistrés\n"));
    QCOMPARE(runCli(db.path(), {s("--lang"), s("es"), s("contribution"), s("import"), id, one}).out,
             s("se importó 1 participante; se registró 1 opinión\n"));
    QCOMPARE(runCli(db.path(), {s("--lang"), s("es"), s("contribution"), s("import"), id, two}).out,
             s("se importaron 2 participantes; se registraron 3 opiniones\n"));
    QCOMPARE(runCli(db.path(), {s("--lang"), s("en"), s("contribution"), s("import"), id, one}).out,
             s("imported 1 participant; 1 view recorded\n"));
    QCOMPARE(runCli(db.path(), {s("--lang"), s("en"), s("contribution"), s("import"), id, two}).out,
             s("imported 2 participants; 3 views recorded\n"));
}

void LanguagesTest::limitsInFrenchAndSpanish()
{
    TempDatabase db;
    RUN_OK(created, db.path(), {s("assessment"), s("create"), s("--state"), s("PER")});
    const QString id = created.out.trimmed();
    const QStringList score{s("score"), id, s("CU-01"), s("--score"), s("2"), s("--rationale"), QString(20001, 'r')};
    const CliResult french = runCli(db.path(), QStringList{s("--lang"), s("fr")} + score);
    QCOMPARE(french.exitCode, 1);
    QCOMPARE(french.err, s("iamm: la justification compte 20 001 caractères ; au plus 20 000 sont admis\n"));
    const CliResult spanish = runCli(db.path(), QStringList{s("--lang"), s("es")} + score);
    QCOMPARE(spanish.err, s("iamm: la justificación tiene 20.001 caracteres; se admiten como máximo 20.000\n"));
    const CliResult english = runCli(db.path(), QStringList{s("--lang"), s("en")} + score);
    QCOMPARE(english.err, s("iamm: the rationale has 20,001 characters; at most 20,000 are allowed\n"));

    const QStringList create{s("assessment"), s("create"), s("--state"), s("PER"), s("--title"), QString(201, 't')};
    QCOMPARE(runCli(db.path(), QStringList{s("--lang"), s("fr")} + create).err,
             s("iamm: le titre de l'évaluation compte 201 caractères ; au plus 200 sont admis\n"));
    QCOMPARE(runCli(db.path(), QStringList{s("--lang"), s("es")} + create).err,
             s("iamm: el título de la evaluación tiene 201 caracteres; se admiten como máximo 200\n"));

    AssessmentStore store(db.path());
    const QList<AgendaSession> sessions(101, AgendaSession{s("Matin"), s("CU-01"), s("CU-02"), 60});
    const auto agendaError = [&](UiLanguage::Language language) {
        UiLanguage::install(language);
        QString message;
        try {
            store.setAgenda(id, sessions);
        } catch (const IammError &error) {
            message = error.message();
        }
        UiLanguage::install(UiLanguage::Language::English);
        return message;
    };
    QCOMPARE(agendaError(UiLanguage::Language::French),
             s("l'ordre du jour de l'évaluation %1 compterait 101 séances ; au plus 100 sont admises").arg(id));
    QCOMPARE(agendaError(UiLanguage::Language::Spanish),
             s("el orden del día de la evaluación %1 tendría 101 sesiones; se admiten como máximo 100").arg(id));
    QVERIFY(store.agenda(id).isEmpty());
}

void LanguagesTest::integrityProblemsInFrench()
{
    TempDatabase db;
    RUN_OK(created, db.path(), {s("assessment"), s("create"), s("--state"), s("PER")});
    const QString id = created.out.trimmed();
    const QString file = iamm::test::fixture(s("cli/evidence-minutes.txt"));
    RUN_OK(added, db.path(), {s("evidence"), s("add"), id, s("CU-01"), s("--file"), file});
    const QString evidenceId = added.out.trimmed();
    SqlConnection(db.path()).run(s("UPDATE evidence_files SET content = ? WHERE evidence_id = ?"),
                                 {QByteArray("tampered"), evidenceId.toLongLong()});
    const CliResult check = runCli(db.path(), {s("--lang"), s("fr"), s("check")});
    QCOMPARE(check.exitCode, 1);
    const QString where = s("évaluation %1, preuve %2 (evidence-minutes.txt) : ").arg(id, evidenceId);
    QCOMPARE(check.out, where + s("taille de 8 octets au lieu des %1 enregistrés\n").arg(QFileInfo(file).size()) + where
                            + s("l'empreinte SHA-256 ne correspond pas à celle enregistrée\n"));
    QVERIFY2(check.err.startsWith(s("iamm: %1 : 2 problèmes détectés ; ").arg(db.path())), qPrintable(check.err));
}

void LanguagesTest::fileAndVoteProblemsInFrenchAndSpanish()
{
    TempDatabase db;
    RUN_OK(created, db.path(), {s("assessment"), s("create"), s("--state"), s("PER")});
    const QString id = created.out.trimmed();
    const QString votes = db.file(s("votes.csv"));
    QFile csv(votes);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("participant,agency,item,score,comment\nAna,,CU-01,2,ok\nAna,,CU-02,1," + QByteArray(20001, 'c') + '\n');
    csv.close();
    const QStringList import{s("contribution"), s("import"), id, votes};
    const CliResult french = runCli(db.path(), QStringList{s("--lang"), s("fr")} + import);
    QCOMPARE(french.exitCode, 1);
    QCOMPARE(
        french.err,
        s("iamm: %1 : ligne 3 : le commentaire compte 20 001 caractères ; au plus 20 000 sont admis\n").arg(votes));
    QCOMPARE(runCli(db.path(), QStringList{s("--lang"), s("es")} + import).err,
             s("iamm: %1: línea 3: el comentario tiene 20.001 caracteres; se admiten como máximo 20.000\n").arg(votes));

    const QString big = db.file(s("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(64 * 1024 * 1024 + 512 * 1024));
    file.close();
    QCOMPARE(runCli(db.path(), {s("--lang"), s("fr"), s("import"), big}).err,
             s("iamm: %1 : le fichier fait 64,5 Mio ; au plus 64 Mio sont lus\n").arg(big));
    QCOMPARE(runCli(db.path(), {s("--lang"), s("es"), s("import"), big}).err,
             s("iamm: %1: el archivo ocupa 64,5 MiB; se leen como máximo 64 MiB\n").arg(big));

    const QByteArray both = R"({"code":"1","client":"abcdefgh","item":"CU-01","score":2,"na":true})";
    UiLanguage::install(UiLanguage::Language::French);
    const QString frenchVote = VoteRequest::parse(both).error;
    UiLanguage::install(UiLanguage::Language::Spanish);
    const QString spanishVote = VoteRequest::parse(both).error;
    UiLanguage::install(UiLanguage::Language::English);
    QCOMPARE(frenchVote, s("un vote est soit un « score » de 0 à 4, soit « na » : true, mais pas les deux"));
    QCOMPARE(spanishVote, s("un voto es un «score» de 0 a 4 o «na»: true, uno de los dos"));
}

void LanguagesTest::coreRefusalsInFrenchAndSpanish_data()
{
    QTest::addColumn<std::function<void()>>("failing");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("spanish");
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QTest::newRow("vocabulary") << std::function<void()>([] { vocabulary::require<ChangeReason>(s("luck")); })
                                << s("le motif de l'évolution \"luck\" n'est pas l'une des valeurs performance, "
                                     "evidence, method, other")
                                << s("el motivo del cambio \"luck\" no es uno de los valores performance, evidence, "
                                     "method, other");
    QTest::newRow("date missing")
        << std::function<void()>([] { CalendarDate::parse(s(" "), CalendarDate::Field::AssessmentDate); })
        << s("la date de l'évaluation manque : saisissez-la au format AAAA-MM-JJ (p. ex. %1)").arg(today)
        << s("falta la fecha de la evaluación: introdúzcala con el formato AAAA-MM-DD (p. ej. %1)").arg(today);
    QTest::newRow("date malformed")
        << std::function<void()>([] { CalendarDate::parse(s("31/12/2026"), CalendarDate::Field::NewRoundDate); })
        << s("la date du nouveau cycle « 31/12/2026 » n'est pas une date au format AAAA-MM-JJ (p. ex. %1)").arg(today)
        << s("la fecha de la nueva ronda «31/12/2026» no es una fecha con el formato AAAA-MM-DD (p. ej. %1)")
               .arg(today);
    QTest::newRow("user name") << std::function<void()>([] { AccessRequest::requireUserName(s("iamm_team")); })
                               << s("« iamm_team » est réservé : les noms commençant par pg_ ou iamm_ appartiennent "
                                    "au serveur et aux rôles de groupe d'iamm")
                               << s("«iamm_team» está reservado: los nombres que empiezan por pg_ o iamm_ pertenecen "
                                    "al servidor y a los roles de grupo de iamm");
    QTest::newRow("empty group") << std::function<void()>([] { AccessRequest::forGroup(s("ana"), {s("EMPTY")}); })
                                 << s("le groupe EMPTY n'a aucun membre : aucun droit à accorder")
                                 << s("el grupo EMPTY no tiene miembros: no hay nada que conceder");
}

void LanguagesTest::coreRefusalsInFrenchAndSpanish()
{
    QFETCH(std::function<void()>, failing);
    QFETCH(QString, french);
    QFETCH(QString, spanish);
    QCOMPARE(errorIn(UiLanguage::Language::French, failing), french);
    QCOMPARE(errorIn(UiLanguage::Language::Spanish, failing), spanish);
}

void LanguagesTest::importAndCopyRefusalsInFrenchAndSpanish()
{
    TempDatabase db;
    RUN_OK(created, db.path(), {s("assessment"), s("create"), s("--state"), s("PER"), s("--title"), s("Lima")});
    const QString id = created.out.trimmed();
    const QString file = db.file(s("lima.json"));
    RUN_OK(exported, db.path(), {s("export"), id, s("--out"), file});
    const QString french = runCli(db.path(), {s("--lang"), s("fr"), s("import"), file}).err;
    QCOMPARE(french, s("iamm: %1 : $.assessment.id : l'évaluation %2 (\"Lima\", PER, draft) est déjà dans %3 ; rien "
                       "n'a été importé (confirmez son remplacement, p. ex. iamm import --replace)\n")
                         .arg(file, id, db.path()));
    const QString spanish = runCli(db.path(), {s("--lang"), s("es"), s("import"), file}).err;
    QCOMPARE(spanish, s("iamm: %1: $.assessment.id: la evaluación %2 (\"Lima\", PER, draft) ya está en %3; no se "
                        "importó nada (confirme que la reemplaza, p. ej. iamm import --replace)\n")
                          .arg(file, id, db.path()));

    AssessmentStore store(db.path());
    const PeerGroupCatalog catalog(store);
    QStringList known;
    for (const PeerGroup &group : catalog.groups())
        known << group.id;
    const auto unknownGroup = [&] { catalog.group(s("Nope")); };
    QCOMPARE(errorIn(UiLanguage::Language::French, unknownGroup),
             s("groupe de pairs inconnu « Nope » (connus : %1)").arg(known.join(s(", "))));
    QCOMPARE(errorIn(UiLanguage::Language::Spanish, unknownGroup),
             s("grupo de pares desconocido «Nope» (conocidos: %1)").arg(known.join(s(", "))));

    TempDatabase target;
    const auto copyUnknown = [&] { DatabaseCopy::run(db.path(), target.path(), {s("nope")}); };
    QCOMPARE(errorIn(UiLanguage::Language::French, copyUnknown),
             s("%1 : aucune évaluation avec l'identifiant « nope » ; rien n'a été copié").arg(db.path()));
    QCOMPARE(errorIn(UiLanguage::Language::Spanish, copyUnknown),
             s("%1: no hay ninguna evaluación con el identificador «nope»; no se copió nada").arg(db.path()));
}

QTEST_GUILESS_MAIN(LanguagesTest)
#include "tst_languages.moc"
