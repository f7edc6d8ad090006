// SPDX-License-Identifier: GPL-3.0-or-later
// The state search: iso-codes' names, the alpha-2 and alpha-3 codes and the common English names of
// db/reference/state-aliases.json, in the core catalog and through `iamm state list --search`.
#include "common/calendardate.h"
#include "clitestsupport.h"
#include "common/iammerror.h"
#include "catalogs/statecatalog.h"

#include <QTest>

using namespace iamm;

class StateSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void commonNamesFindTheState_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("Turkey") << "Turkey"
                                << "TUR";
        QTest::newRow("Türkiye") << "turkiye"
                                 << "TUR";
        QTest::newRow("Ivory Coast") << "Ivory Coast"
                                     << "CIV";
        QTest::newRow("UK") << "UK"
                            << "GBR";
        QTest::newRow("GB alpha-2") << "gb"
                                    << "GBR";
        QTest::newRow("USA") << "USA"
                             << "USA";
        QTest::newRow("US alpha-2") << "us"
                                    << "USA";
        QTest::newRow("Swaziland") << "Swaziland"
                                   << "SWZ";
        QTest::newRow("Czech Republic") << "Czech Republic"
                                        << "CZE";
        QTest::newRow("Burma") << "Burma"
                               << "MMR";
        QTest::newRow("iso name beside common_name") << "Bolivia, Plurinational"
                                                     << "BOL";
        QTest::newRow("official name") << "Republic of Myanmar"
                                       << "MMR";
    }

    void commonNamesFindTheState()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const QList<StateInfo> found = StateCatalog::instance().search(text);
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        QCOMPARE(found.constFirst().code, code);
    }

    void everyAliasNamesItsSource()
    {
        const QString path = StateCatalog::defaultAliasesFile();
        const nlohmann::json root = nlohmann::json::parse(test::readFile(path).toStdString());
        QVERIFY(root.at("aliases").size() >= 7);
        for (const nlohmann::json &alias : root.at("aliases")) {
            QVERIFY(!test::text(alias.at("source")).trimmed().isEmpty());
            QVERIFY(StateCatalog::instance().find(test::text(alias.at("code"))));
        }
    }

    void anUnknownAliasCodeIsAClearError()
    {
        test::TempDatabase dir;
        const QString aliases = test::writeFile(
            dir.file(QStringLiteral("aliases.json")),
            R"({"aliases": [{"code": "TUR", "alias": "Turkey", "source": "s"}, {"code": "QQQ", "alias": "Q", "source": "s"}]})");
        try {
            StateCatalog catalog(StateCatalog::defaultDirectory(), StateCatalog::defaultDemoStatesFile(), aliases);
            QFAIL("no error");
        } catch (const IammError &error) {
            QVERIFY2(error.message().contains(aliases + QStringLiteral(": $.aliases[1].code")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("QQQ")));
        }
    }

    void cliSearchesCommonNames()
    {
        test::TempDatabase db;
        for (const auto &[text, line] :
             {std::pair{"Turkey", "TUR\tTürkiye"}, std::pair{"Burma", "MMR\tMyanmar"},
              std::pair{"UK", "GBR\tUnited Kingdom"}, std::pair{"Ivory Coast", "CIV\tCôte d'Ivoire"}}) {
            RUN_OK(
                result, db.path(),
                {QStringLiteral("state"), QStringLiteral("list"), QStringLiteral("--search"), QString::fromUtf8(text)});
            QVERIFY2(result.out.startsWith(QString::fromUtf8(line) + QLatin1Char('\n')), qPrintable(result.out));
        }
        RUN_OK(
            none, db.path(),
            {QStringLiteral("state"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("Atlantis")});
        QCOMPARE(none.out, QString());
    }

    void datesNameTheExpectedForm()
    {
        QCOMPARE(CalendarDate::parse(QStringLiteral(" 2026-02-28 "), CalendarDate::Field::NewRoundDate),
                 QDate(2026, 2, 28));
        for (const QString &typed :
             {QStringLiteral("28/02/2026"), QStringLiteral("2026-02-30"), QStringLiteral("2026-2-3"), QString()}) {
            try {
                CalendarDate::parse(typed, CalendarDate::Field::AssessmentDate);
                QFAIL(qPrintable(typed));
            } catch (const IammError &error) {
                QVERIFY2(error.message().contains(QStringLiteral("YYYY-MM-DD")), qPrintable(error.message()));
                QVERIFY(error.message().contains(QStringLiteral("assessment date")));
                QVERIFY(error.message().contains(typed));
            }
        }
    }
};

QTEST_GUILESS_MAIN(StateSearchTest)
#include "tst_statesearch.moc"
