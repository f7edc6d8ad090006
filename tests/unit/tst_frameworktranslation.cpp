// SPDX-License-Identifier: GPL-3.0-or-later
// Framework translations: the shipped French and Spanish working translations cover every text of the
// IAMM framework, a translated framework keeps the English original beside it, broken translation
// files are refused with the file and the key named, and `iamm framework validate` checks them.
#include "clitestsupport.h"
#include "common/datapaths.h"
#include "common/iammerror.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkregistry.h"
#include "framework/frameworktexts.h"
#include "framework/frameworktranslationloader.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace iamm;
using json = nlohmann::json;

namespace {

QString shippedPath(const QString &name)
{
    return QDir(DataPaths::frameworksDir()).filePath(name);
}

json shippedTranslation(const QString &language)
{
    return json::parse(test::readFile(shippedPath(QStringLiteral("iamm-2004.%1.json").arg(language))).toStdString());
}

const Framework &shippedFramework()
{
    static const Framework framework = FrameworkLoader::loadFile(shippedPath(QStringLiteral("iamm-2004.json")));
    return framework;
}

// The error loading and checking the document gives, or nothing.
QString errorOf(const json &document)
{
    try {
        const FrameworkTranslation translation = FrameworkTranslationLoader::loadBytes(
            QByteArray::fromStdString(document.dump()), QStringLiteral("iamm-2004.fr.json"));
        FrameworkTranslationLoader::checkAgainst(translation, shippedFramework());
    } catch (const IammError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class FrameworkTranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void registryLoadsTheShippedTranslations()
    {
        const FrameworkRegistry registry({DataPaths::frameworksDir()});
        QVERIFY2(registry.problems().isEmpty(), qPrintable(registry.problems().join(QLatin1Char('\n'))));
        QCOMPARE(registry.frameworks().size(), 1);
        QCOMPARE(registry.translations().size(), 2);
        for (const char *language : {"fr", "es"}) {
            const FrameworkTranslation *translation = registry.translation(QStringLiteral("iamm-2004"),
                                                                           QString::fromLatin1(language));
            QVERIFY(translation);
            QCOMPARE(translation->status, TranslationStatus::WorkingTranslation);
            QVERIFY(translation->source.isEmpty());
        }
        QVERIFY(!registry.translation(QStringLiteral("iamm-2004"), QStringLiteral("de")));
    }

    void everyTextHasAFrenchAndASpanishWorkingTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void everyTextHasAFrenchAndASpanishWorkingTranslation()
    {
        QFETCH(QString, language);
        const FrameworkRegistry registry({DataPaths::frameworksDir()});
        const Framework translated = registry.translated(shippedFramework(), language);
        QVERIFY2(translated.untranslatedKeys.isEmpty(),
                 qPrintable(QStringList(translated.untranslatedKeys.cbegin(), translated.untranslatedKeys.cend())
                                .join(QLatin1Char(' '))));
        const QStringList keys = FrameworkTexts::keys(shippedFramework());
        QCOMPARE(keys.size(), 206);
        QCOMPARE(registry.translation(QStringLiteral("iamm-2004"), language)->texts.size(), keys.size());
        for (const QString &key : keys)
            QCOMPARE(translated.statusOf(key), TranslationStatus::WorkingTranslation);
        QCOMPARE(shippedTranslation(language)["status"].get<std::string>(), std::string("working-translation"));
    }

    void translatedFrameworkKeepsIdsAndTheEnglishOriginal()
    {
        const FrameworkRegistry registry({DataPaths::frameworksDir()});
        const Framework french = registry.translated(shippedFramework(), QStringLiteral("fr"));
        QCOMPARE(french.item(QStringLiteral("CU-01"))->text,
                 QStringLiteral("Le mouvement continu de personnes à travers les frontières est une caractéristique "
                                "intrinsèque d’un monde qui se mondialise rapidement."));
        QCOMPARE(french.language, QStringLiteral("fr"));
        QCOMPARE(french.statusOf(QStringLiteral("items.CU-01.text")), TranslationStatus::WorkingTranslation);
        QCOMPARE(french.item(QStringLiteral("EP-11"))->subtopics[1].text, QStringLiteral("Retour volontaire assisté"));
        QCOMPARE(french.item(QStringLiteral("EP-04"))->subtopics[0].group, QStringLiteral("Temporaire"));
        QCOMPARE(french.scale.levels[3].label, QStringLiteral("Établi"));
        QCOMPARE(french.hash, shippedFramework().hash);
        QCOMPARE(french.itemIds(), shippedFramework().itemIds());
        QCOMPARE(french.item(QStringLiteral("CU-01"))->source, QStringLiteral("Annex C, no. 1"));

        const Framework &english = registry.require(QStringLiteral("iamm-2004"));
        QCOMPARE(english.item(QStringLiteral("CU-01"))->text,
                 QStringLiteral("The continuing movement of people across borders is an integral feature of a "
                                "rapidly globalizing world."));
        QCOMPARE(english.statusOf(QStringLiteral("items.CU-01.text")), TranslationStatus::Original);

        const Framework spanish = registry.translated(shippedFramework(), QStringLiteral("es"));
        QCOMPARE(spanish.item(QStringLiteral("EP-07"))->subtopics[2].text,
                 QStringLiteral("Principio de no devolución"));
        QCOMPARE(registry.translated(shippedFramework(), QStringLiteral("de")).item(QStringLiteral("CU-01"))->text,
                 english.item(QStringLiteral("CU-01"))->text);
    }

    void missingTextFallsBackToEnglishMarkedAsEnglish()
    {
        FrameworkTranslation translation;
        translation.frameworkId = QStringLiteral("iamm-2004");
        translation.language = QStringLiteral("fr");
        translation.texts.insert(QStringLiteral("items.CU-02.text"), QStringLiteral("Texte"));
        const Framework partial = FrameworkTexts::translated(shippedFramework(), translation);
        QCOMPARE(partial.item(QStringLiteral("CU-02"))->text, QStringLiteral("Texte"));
        QCOMPARE(partial.item(QStringLiteral("CU-01"))->text, shippedFramework().item(QStringLiteral("CU-01"))->text);
        QCOMPARE(partial.statusOf(QStringLiteral("items.CU-01.text")), TranslationStatus::Original);
        QCOMPARE(partial.statusOf(QStringLiteral("items.CU-02.text")), TranslationStatus::WorkingTranslation);
    }

    void translationOfAnotherVersionIsNotApplied()
    {
        const FrameworkRegistry registry({DataPaths::frameworksDir()});
        Framework older = shippedFramework();
        older.hash = QStringLiteral("0000");
        const Framework shown = registry.translated(older, QStringLiteral("fr"));
        QCOMPARE(shown.language, QStringLiteral("en"));
        QCOMPARE(shown.item(QStringLiteral("CU-01"))->text, older.item(QStringLiteral("CU-01"))->text);
    }

    void rejectsBrokenTranslations_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key")
            << QByteArray(R"({"texts": {"items.CU-99.text": "Texte"}})")
            << QStringLiteral(
                   "iamm-2004.fr.json: $.texts[\"items.CU-99.text\"]: refers to no text of framework \"iamm-2004\"");
        QTest::newRow("missing status") << QByteArray(R"({"status": null})")
                                        << QStringLiteral("iamm-2004.fr.json: $.status: required field is missing");
        QTest::newRow("unknown status")
            << QByteArray(R"({"status": "draft"})")
            << QStringLiteral("iamm-2004.fr.json: $.status: \"draft\" is not \"working-translation\" or \"official\"");
        QTest::newRow("official without source")
            << QByteArray(R"({"status": "official"})")
            << QStringLiteral("iamm-2004.fr.json: $.source: an official translation must name its source");
        QTest::newRow("wrong framework")
            << QByteArray(R"({"framework": "iamm-2003"})")
            << QStringLiteral("iamm-2004.fr.json: $.framework: \"iamm-2003\" is not the framework \"iamm-2004\" of ");
        QTest::newRow("empty text") << QByteArray(R"({"texts": {"items.CU-01.text": "  "}})")
                                    << QStringLiteral(
                                           "iamm-2004.fr.json: $.texts[\"items.CU-01.text\"]: must not be empty");
        QTest::newRow("english") << QByteArray(R"({"language": "en"})")
                                 << QStringLiteral(
                                        "iamm-2004.fr.json: $.language: English is the framework's own language");
        QTest::newRow("unknown member") << QByteArray(R"({"note": "x"})")
                                        << QStringLiteral("iamm-2004.fr.json: $: unknown field \"note\"");
    }

    void rejectsBrokenTranslations()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, error);
        json document = shippedTranslation(QStringLiteral("fr"));
        const json patch = json::parse(change.toStdString());
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.key() == "texts")
                document["texts"].update(it.value());
            else if (it.value().is_null())
                document.erase(it.key());
            else
                document[it.key()] = it.value();
        }
        const QString message = errorOf(document);
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }

    void acceptsAnOfficialTranslationWithItsSource()
    {
        json document = shippedTranslation(QStringLiteral("es"));
        document["status"] = "official";
        document["source"] = "Published translation, 2005";
        QCOMPARE(errorOf(document), QString());
    }

    void registryReportsATranslationOfNoFramework()
    {
        test::TempDatabase dir;
        json document = shippedTranslation(QStringLiteral("fr"));
        document["framework"] = "elsewhere";
        test::writeFile(dir.file(QStringLiteral("elsewhere.fr.json")), QByteArray::fromStdString(document.dump()));
        const FrameworkRegistry registry({DataPaths::frameworksDir(), dir.dir()});
        QCOMPARE(registry.frameworks().size(), 1);
        QCOMPARE(registry.translations().size(), 2);
        QCOMPARE(registry.problems().size(), 1);
        QVERIFY2(registry.problems()[0].endsWith(
                     QStringLiteral("elsewhere.fr.json: $.framework: no framework \"elsewhere\" is available")),
                 qPrintable(registry.problems()[0]));
    }

    void validateCommandChecksTranslations()
    {
        test::TempDatabase db;
        const test::CliResult good = test::runCli(db.path(), {QStringLiteral("framework"), QStringLiteral("validate"),
                                                              shippedPath(QStringLiteral("iamm-2004.fr.json"))});
        QVERIFY2(good.exitCode == 0, qPrintable(test::describe(good)));
        QCOMPARE(good.out, QStringLiteral("valid: fr working translation of iamm-2004 version 1.0.0, 206 of 206 texts "
                                          "translated\n"));

        json document = shippedTranslation(QStringLiteral("es"));
        document["texts"].erase("items.CU-01.text");
        document["texts"]["items.CU-21.text"] = "Texto";
        const QString broken = test::writeFile(db.file(QStringLiteral("iamm-2004.es.json")),
                                               QByteArray::fromStdString(document.dump()));
        const QStringList arguments{QStringLiteral("framework"), QStringLiteral("validate"), broken,
                                    QStringLiteral("--framework"), shippedPath(QStringLiteral("iamm-2004.json"))};
        const test::CliResult bad = test::runCli(db.path(), arguments);
        QVERIFY2(bad.exitCode != 0, qPrintable(test::describe(bad)));
        QVERIFY2(bad.err.contains(QStringLiteral("iamm-2004.es.json: $.texts[\"items.CU-21.text\"]: refers to no "
                                                 "text of framework \"iamm-2004\"")),
                 qPrintable(test::describe(bad)));

        document["texts"].erase("items.CU-21.text");
        test::writeFile(broken, QByteArray::fromStdString(document.dump()));
        const test::CliResult partial = test::runCli(db.path(), arguments);
        QVERIFY2(partial.exitCode == 0, qPrintable(test::describe(partial)));
        QCOMPARE(partial.out, QStringLiteral("valid: es working translation of iamm-2004 version 1.0.0, 205 of 206 "
                                             "texts translated\nuntranslated (shown in English): items.CU-01.text\n"));
    }
};

QTEST_GUILESS_MAIN(FrameworkTranslationTest)
#include "tst_frameworktranslation.moc"
