// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/datapaths.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <functional>
#include <nlohmann/json.hpp>

using namespace iamm;
using json = nlohmann::json;

namespace {

QByteArray shippedBytes()
{
    QFile file(DataPaths::frameworksDir() + QStringLiteral("/iamm-2004.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

json shipped()
{
    return json::parse(shippedBytes().toStdString());
}

QString errorOf(const QByteArray &bytes)
{
    try {
        FrameworkLoader::loadBytes(bytes, QStringLiteral("broken.json"));
    } catch (const IammError &error) {
        return error.message();
    }
    return {};
}

QString errorOf(const json &document)
{
    return errorOf(QByteArray::fromStdString(document.dump()));
}

bool containsLine(const QString &text, const QString &line)
{
    const qsizetype at = text.indexOf(QLatin1Char('\n') + line);
    const qsizetype end = at + line.size() + 1;
    return at >= 0 && (end == text.size() || text.at(end) == QLatin1Char('\n'));
}

// The source's Annex C and D text (a fixture copied once from the source document) with
// markdown emphasis removed, as the framework copies it.
QString sourceText()
{
    QFile file(QStringLiteral(IAMM_TEST_FIXTURES) + QStringLiteral("/source/iamm-annexes-c-d.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).remove(QLatin1Char('*'));
}

} // namespace

class FrameworkTest : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheShippedFramework()
    {
        const Framework framework = FrameworkLoader::loadFile(DataPaths::frameworksDir()
                                                              + QStringLiteral("/iamm-2004.json"));
        QCOMPARE(framework.id, QStringLiteral("iamm-2004"));
        QCOMPARE(framework.sections.size(), 2);
        QCOMPARE(framework.sections[0].id, QStringLiteral("CU"));
        QCOMPARE(framework.sections[0].items.size(), 20);
        QCOMPARE(framework.sections[1].id, QStringLiteral("EP"));
        QCOMPARE(framework.sections[1].items.size(), 20);
        QCOMPARE(framework.itemIds().first(), QStringLiteral("CU-01"));
        QCOMPARE(framework.itemIds().last(), QStringLiteral("EP-20"));
        QCOMPARE(framework.scale.min, 0);
        QCOMPARE(framework.scale.max, 4);
        QCOMPARE(framework.scale.defaultTarget, 3);
        QCOMPARE(framework.scale.levels.size(), 5);
        QVERIFY(framework.scale.allowNotApplicable);
        QCOMPARE(framework.hash.size(), 64);
    }

    void keepsSubtopicsAndStatements()
    {
        const Framework framework = FrameworkLoader::loadFile(DataPaths::frameworksDir()
                                                              + QStringLiteral("/iamm-2004.json"));
        const FrameworkItem *ep04 = framework.item(QStringLiteral("EP-04"));
        QVERIFY(ep04);
        QCOMPARE(ep04->text, QStringLiteral("Regular Migration"));
        QCOMPARE(ep04->subtopics.size(), 6);
        QCOMPARE(ep04->subtopics[0].group, QStringLiteral("Temporary"));
        QCOMPARE(ep04->subtopics[5].text, QStringLiteral("Humanitarian Resettlement"));
        QCOMPARE(ep04->subtopics[5].group, QStringLiteral("Permanent"));
        const FrameworkItem *ep13 = framework.item(QStringLiteral("EP-13"));
        QCOMPARE(ep13->statements.size(), 4);
        QCOMPARE(ep13->statements[3].text,
                 QStringLiteral("Reduction of the transfer and transaction costs of remittances"));
        QCOMPARE(framework.itemOfEntry(QStringLiteral("EP-13.S2"))->id, QStringLiteral("EP-13"));
        QCOMPARE(framework.item(QStringLiteral("EP-02"))->subtopics.size(), 0);
        QVERIFY(!framework.item(QStringLiteral("CU-01"))->guidingQuestions.isEmpty());
    }

    void matchesTheSourceWordForWord()
    {
        const QString source = sourceText();
        QVERIFY2(!source.isEmpty(), "tests/fixtures/source/iamm-annexes-c-d.txt is missing");
        const Framework framework = FrameworkLoader::loadFile(DataPaths::frameworksDir()
                                                              + QStringLiteral("/iamm-2004.json"));
        for (const FrameworkItem &item : framework.sections[0].items) {
            const QString numbered = QStringLiteral("%1. %2").arg(item.number).arg(item.text);
            QVERIFY2(containsLine(source, numbered), qPrintable(item.id + QStringLiteral(" is not verbatim Annex C")));
        }
        for (const FrameworkItem &item : framework.sections[1].items) {
            const QString numbered = QStringLiteral("%1. %2").arg(item.number).arg(item.heading);
            QVERIFY2(containsLine(source, numbered), qPrintable(item.id + QStringLiteral(" is not verbatim Annex D")));
            for (const ChecklistEntry &entry : item.subtopics + item.statements)
                QVERIFY2(source.contains(entry.text), qPrintable(entry.id + QStringLiteral(" is not in the source")));
        }
        QCOMPARE(framework.item(QStringLiteral("CU-12"))->text,
                 QStringLiteral("There is a close and complex relationship between migration and development; properly "
                                "managed, that relationship can contribute to the development of States and their "
                                "populations."));
    }

    void hashIgnoresFormattingButNotContent()
    {
        const json document = shipped();
        const Framework compact = FrameworkLoader::loadBytes(QByteArray::fromStdString(document.dump()),
                                                             QStringLiteral("a"));
        const Framework pretty = FrameworkLoader::loadBytes(QByteArray::fromStdString(document.dump(4)),
                                                            QStringLiteral("b"));
        QCOMPARE(compact.hash, pretty.hash);
        json edited = document;
        edited["sections"][0]["items"][0]["text"] = "Edited text";
        QVERIFY(FrameworkLoader::loadBytes(QByteArray::fromStdString(edited.dump()), QStringLiteral("c")).hash
                != compact.hash);
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<std::function<void(json &)>>("mutate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("what");
        const auto row = [](const char *name, std::function<void(json &)> f, const char *path, const char *what) {
            QTest::newRow(name) << f << QString::fromUtf8(path) << QString::fromUtf8(what);
        };
        row(
            "wrong format", [](json &d) { d["format"] = "something"; }, "$.format", "iamm-framework");
        row(
            "future version", [](json &d) { d["formatVersion"] = 2; }, "$.formatVersion", "unsupported");
        row(
            "missing id", [](json &d) { d.erase("id"); }, "$.id", "required field is missing");
        row(
            "bad id", [](json &d) { d["id"] = "Bad Id"; }, "$.id", "does not match");
        row(
            "unknown field", [](json &d) { d["extra"] = 1; }, "$", "unknown field \"extra\"");
        row(
            "title not string", [](json &d) { d["title"] = 5; }, "$.title", "expected a string");
        row(
            "empty title", [](json &d) { d["title"] = " "; }, "$.title", "must not be empty");
        row(
            "scale not object", [](json &d) { d["scale"] = json::array(); }, "$.scale", "expected an object");
        row(
            "max below min", [](json &d) { d["scale"]["max"] = 0; }, "$.scale.max", "greater than min");
        row(
            "target off scale", [](json &d) { d["scale"]["defaultTarget"] = 9; }, "$.scale.defaultTarget", "outside");
        row(
            "level gap", [](json &d) { d["scale"]["levels"][2]["value"] = 7; }, "$.scale.levels[2].value",
            "expected 2");
        row(
            "missing level", [](json &d) { d["scale"]["levels"].erase(4); }, "$.scale.levels", "expected 5 levels");
        row(
            "level value fraction", [](json &d) { d["scale"]["levels"][1]["value"] = 1.5; }, "$.scale.levels[1].value",
            "expected an integer");
        row(
            "no sections", [](json &d) { d["sections"] = json::array(); }, "$.sections", "at least one section");
        row(
            "sections not array", [](json &d) { d["sections"] = "x"; }, "$.sections", "expected an array");
        row(
            "bad section id", [](json &d) { d["sections"][1]["id"] = "ep"; }, "$.sections[1].id", "does not match");
        row(
            "empty section", [](json &d) { d["sections"][0]["items"] = json::array(); }, "$.sections[0].items",
            "at least one item");
        row(
            "bad item id", [](json &d) { d["sections"][0]["items"][2]["id"] = "CU-3"; }, "$.sections[0].items[2].id",
            "does not match");
        row(
            "item in wrong section", [](json &d) { d["sections"][0]["items"][2]["id"] = "EP-99"; },
            "$.sections[0].items[2].id", "must start with its section id");
        row(
            "duplicate item", [](json &d) { d["sections"][0]["items"][1]["id"] = "CU-01"; },
            "$.sections[0].items[1].id", "duplicate id \"CU-01\"");
        row(
            "missing text", [](json &d) { d["sections"][1]["items"][4].erase("text"); }, "$.sections[1].items[4].text",
            "required field is missing");
        row(
            "missing source", [](json &d) { d["sections"][1]["items"][4].erase("source"); },
            "$.sections[1].items[4].source", "required field is missing");
        row(
            "guidance not product", [](json &d) { d["sections"][0]["items"][0]["guidance"]["origin"] = "official"; },
            "$.sections[0].items[0].guidance.origin", "marked \"product\"");
        row(
            "bad subtopic id", [](json &d) { d["sections"][1]["items"][0]["subtopics"][0]["id"] = "EP-02.1"; },
            "$.sections[1].items[0].subtopics[0].id", "does not match");
        row(
            "bad statement id", [](json &d) { d["sections"][1]["items"][12]["statements"][0]["id"] = "EP-13.1"; },
            "$.sections[1].items[12].statements[0].id", "does not match");
        row(
            "subtopic unknown field", [](json &d) { d["sections"][1]["items"][0]["subtopics"][0]["note"] = "x"; },
            "$.sections[1].items[0].subtopics[0]", "unknown field \"note\"");
    }

    void rejectsBrokenFiles()
    {
        QFETCH(std::function<void(json &)>, mutate);
        QFETCH(QString, path);
        QFETCH(QString, what);
        json document = shipped();
        mutate(document);
        const QString message = errorOf(document);
        QVERIFY2(message.startsWith(QStringLiteral("broken.json: ") + path + QStringLiteral(": ")),
                 qPrintable(message));
        QVERIFY2(message.contains(what), qPrintable(message));
    }

    void rejectsInvalidJsonWithPosition()
    {
        const QString message = errorOf(QByteArray("{\n  \"format\": \"iamm-framework\",\n  oops\n}"));
        QVERIFY2(message.startsWith(QStringLiteral("broken.json: not valid JSON")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 3")), qPrintable(message));
        QVERIFY(errorOf(QByteArray()).contains(QStringLiteral("not valid JSON")));
    }

    void reportsUnreadableFile()
    {
        try {
            FrameworkLoader::loadFile(QStringLiteral("/nonexistent/framework.json"));
            QFAIL("no error");
        } catch (const IammError &error) {
            QVERIFY(error.message().startsWith(QStringLiteral("/nonexistent/framework.json: cannot read")));
        }
    }

    void registryListsValidAndReportsBrokenUserFrameworks()
    {
        test::TempDatabase dir;
        json trainer = shipped();
        trainer["id"] = "trainer-checklist";
        trainer["title"] = "A trainer's checklist";
        QFile good(dir.file(QStringLiteral("trainer.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QByteArray::fromStdString(trainer.dump(2)));
        good.close();
        QFile broken(dir.file(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"iamm-framework\"");
        broken.close();
        QFile duplicate(dir.file(QStringLiteral("copy.json")));
        QVERIFY(duplicate.open(QIODevice::WriteOnly));
        duplicate.write(shippedBytes());
        duplicate.close();

        const FrameworkRegistry registry({DataPaths::frameworksDir(), dir.dir()});
        QCOMPARE(registry.frameworks().size(), 2);
        QCOMPARE(registry.frameworks()[0].id, QStringLiteral("iamm-2004"));
        QCOMPARE(registry.frameworks()[1].id, QStringLiteral("trainer-checklist"));
        QCOMPARE(registry.problems().size(), 2);
        QVERIFY(registry.problems().filter(QStringLiteral("broken.json: not valid JSON")).size() == 1);
        QVERIFY(registry.problems().filter(QStringLiteral("already provided")).size() == 1);
        try {
            registry.require(QStringLiteral("nope"));
            QFAIL("no error");
        } catch (const IammError &error) {
            QCOMPARE(error.message(),
                     QStringLiteral("unknown framework \"nope\" (available: iamm-2004, trainer-checklist)"));
        }
    }
};

QTEST_GUILESS_MAIN(FrameworkTest)
#include "tst_framework.moc"
