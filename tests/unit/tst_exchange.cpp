// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/assessmentexchange.h"
#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "catalogs/statecatalog.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace iamm;
using iamm::test::databaseFingerprint;
using iamm::test::fixture;
using iamm::test::readFile;
using iamm::test::TempDatabase;
using iamm::test::writeFile;

namespace {

const QString goodId = QStringLiteral("3f1c9a52-7d4e-4b8a-9c61-2e5f0a7b8d93");

// Every text the team types in the full assessment built by addFullAssessment().
const QStringList typedTexts{
    QStringLiteral("Bordeland joint review"),
    QStringLiteral("Ines Varga"),
    QStringLiteral("Office for Migration Affairs"),
    QStringLiteral("Co-ordinator"),
    QStringLiteral("Tomas Berg"),
    QStringLiteral("Planning treats migration as temporary"),
    QStringLiteral("Only the labour ministry tracks trends"),
    QStringLiteral("Interview notes"),
    QStringLiteral("Secret informant says the border unit is understaffed"),
    QStringLiteral("Strategy page"),
    QStringLiteral("https://example.org/strategy"),
    QStringLiteral("Committee terms of reference"),
    QStringLiteral("terms-of-reference.bin"),
    QStringLiteral("Draft a migration strategy"),
    QStringLiteral("Cabinet Office"),
    QStringLiteral("Hold a stakeholder workshop"),
};

QByteArray evidenceBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char(i * 7 % 256));
    return bytes;
}

nlohmann::json readJson(const QString &path)
{
    return nlohmann::json::parse(readFile(path).toStdString());
}

QByteArray dumped(const nlohmann::json &document)
{
    return QByteArray::fromStdString(document.dump(2));
}

} // namespace

class ExchangeTest : public QObject
{
    Q_OBJECT

private:
    QString addFullAssessment(AssessmentStore &store, const QString &dir);
    QString refusal(AssessmentStore &store, const QStringList &paths);

    FrameworkRegistry m_frameworks{{QStringLiteral(IAMM_TEST_FIXTURES "/../../frameworks")}};
    const StateCatalog &m_states = StateCatalog::instance();

private slots:
    void initTestCase();
    void roundTripIsLossless();
    void roundTripKeepsEveryField();
    void shareLeavesOutTypedTextAndConfidentialEvidence();
    void sharedCopyImportedBackLeavesTheOriginal();
    void goodFileIsReadFieldByField();
    void withdrawnStateAndMatchingVersionAreAccepted();
    void reimportReplaces();
    void badFileIsRefusedAndWritesNothing_data();
    void badFileIsRefusedAndWritesNothing();
    void oversizedContentIsRefused();
    void batchWithOneBadFileImportsNothing();
    void sameIdTwiceInOneImportIsRefused();
    void unreadableFileIsRefused();
};

void ExchangeTest::initTestCase()
{
    QVERIFY2(m_frameworks.problems().isEmpty(), qPrintable(m_frameworks.problems().join(QLatin1Char('\n'))));
    QVERIFY(m_frameworks.find(QStringLiteral("iamm-2004")));
}

QString ExchangeTest::addFullAssessment(AssessmentStore &store, const QString &dir)
{
    const Framework &framework = m_frameworks.require(QStringLiteral("iamm-2004"));
    const QString id = store.createAssessment(
        {QStringLiteral("KEN"),
         QStringLiteral("Bordeland joint review"),
         QDate(2024, 3, 15),
         {{QStringLiteral("Ines Varga"), QStringLiteral("Office for Migration Affairs"),
           QStringLiteral("Co-ordinator")},
          {QStringLiteral("Tomas Berg"), QString(), QString()}}},
        framework);
    store.updateResponse(
        id, QStringLiteral("CU-01"),
        {Rating::level(2), 3, Confidence::Medium, QStringLiteral("Planning treats migration as temporary")});
    store.updateResponse(id, QStringLiteral("CU-02"),
                         {Rating::level(0), std::nullopt, std::optional<Confidence>(),
                          QStringLiteral("Only the labour ministry tracks trends")});
    store.updateResponse(id, QStringLiteral("EP-02"), {Rating::na(), std::nullopt, Confidence::High, std::nullopt});
    store.updateResponse(id, QStringLiteral("EP-05"), {std::nullopt, 4, std::nullopt, std::nullopt});
    store.setChecklistStatus(id, QStringLiteral("EP-01.1"), ChecklistState::Partial);
    store.setChecklistStatus(id, QStringLiteral("EP-13.S2"), ChecklistState::InPlace);
    store.addNote(id, QStringLiteral("CU-01"), QStringLiteral("Interview notes"),
                  QStringLiteral("Secret informant says the border unit is understaffed"), true);
    store.addLink(id, QStringLiteral("CU-01"), QStringLiteral("Strategy page"),
                  QStringLiteral("https://example.org/strategy"), false);
    store.addFile(id, QStringLiteral("EP-04"), QStringLiteral("Committee terms of reference"),
                  writeFile(dir + QStringLiteral("/terms-of-reference.bin"), evidenceBytes()), false);
    Action strategy;
    strategy.itemId = QStringLiteral("CU-01");
    strategy.text = QStringLiteral("Draft a migration strategy");
    strategy.owner = QStringLiteral("Cabinet Office");
    strategy.due = QDate(2025, 6, 30);
    strategy.status = ActionStatus::InProgress;
    store.addAction(id, strategy);
    Action workshop;
    workshop.itemId = QStringLiteral("EP-04");
    workshop.text = QStringLiteral("Hold a stakeholder workshop");
    store.addAction(id, workshop);
    store.setStatus(id, AssessmentStatus::Final);
    return id;
}

// The message of the IammError that importing paths throws; the database must not change.
QString ExchangeTest::refusal(AssessmentStore &store, const QStringList &paths)
{
    const QByteArray before = databaseFingerprint(store.path());
    QString message;
    try {
        AssessmentExchange::importFiles(store, paths, m_frameworks, m_states);
    } catch (const IammError &error) {
        message = error.message();
    }
    if (databaseFingerprint(store.path()) != before)
        return QStringLiteral("the database changed");
    return message;
}

void ExchangeTest::roundTripIsLossless()
{
    TempDatabase source;
    AssessmentStore sourceStore(source.path());
    const QString id = addFullAssessment(sourceStore, source.dir());
    const QByteArray exported = AssessmentExchange::exportAssessment(sourceStore, id, {});

    TempDatabase target;
    AssessmentStore targetStore(target.path());
    const QStringList imported = AssessmentExchange::importFiles(
        targetStore, {writeFile(target.file(QStringLiteral("assessment.json")), exported)}, m_frameworks, m_states);
    QCOMPARE(imported, QStringList{id});
    QCOMPARE(AssessmentExchange::exportAssessment(targetStore, id, {}), exported);
    QVERIFY(targetStore.integrityProblems().isEmpty());
}

void ExchangeTest::roundTripKeepsEveryField()
{
    TempDatabase source;
    AssessmentStore sourceStore(source.path());
    const QString id = addFullAssessment(sourceStore, source.dir());
    const QString path = writeFile(source.file(QStringLiteral("out.json")),
                                   AssessmentExchange::exportAssessment(sourceStore, id, {}));
    TempDatabase target;
    AssessmentStore store(target.path());
    AssessmentExchange::importFiles(store, {path}, m_frameworks, m_states);

    const AssessmentInfo info = store.assessment(id);
    QCOMPARE(info.stateCode, QStringLiteral("KEN"));
    QCOMPARE(info.title, QStringLiteral("Bordeland joint review"));
    QCOMPARE(info.date, QDate(2024, 3, 15));
    QCOMPARE(info.status, AssessmentStatus::Final);
    QCOMPARE(info.frameworkId, QStringLiteral("iamm-2004"));
    QCOMPARE(info.frameworkHash, m_frameworks.require(QStringLiteral("iamm-2004")).hash);
    QCOMPARE(info.team.size(), 2);
    QCOMPARE(info.team[0].name, QStringLiteral("Ines Varga"));
    QCOMPARE(info.team[0].agency, QStringLiteral("Office for Migration Affairs"));
    QCOMPARE(info.team[0].role, QStringLiteral("Co-ordinator"));
    QCOMPARE(info.team[1].name, QStringLiteral("Tomas Berg"));

    const Response cu01 = store.response(id, QStringLiteral("CU-01"));
    QCOMPARE(cu01.rating, Rating::level(2));
    QCOMPARE(cu01.target, std::optional<int>(3));
    QCOMPARE(vocabulary::toText(cu01.confidence), QStringLiteral("medium"));
    QCOMPARE(cu01.rationale, QStringLiteral("Planning treats migration as temporary"));
    QCOMPARE(store.response(id, QStringLiteral("CU-02")).rating, Rating::level(0));
    const Response ep02 = store.response(id, QStringLiteral("EP-02"));
    QCOMPARE(ep02.rating, Rating::na());
    QCOMPARE(vocabulary::toText(ep02.confidence), QStringLiteral("high"));
    const Response ep05 = store.response(id, QStringLiteral("EP-05"));
    QCOMPARE(ep05.rating, Rating::notAssessed());
    QCOMPARE(ep05.target, std::optional<int>(4));

    const QList<ChecklistStatus> checklist = store.checklist(id);
    QCOMPARE(checklist.size(), 2);
    QCOMPARE(checklist[0].entryId, QStringLiteral("EP-01.1"));
    QCOMPARE(checklist[0].itemId, QStringLiteral("EP-01"));
    QCOMPARE(checklist[0].status, ChecklistState::Partial);
    QCOMPARE(checklist[1].entryId, QStringLiteral("EP-13.S2"));
    QCOMPARE(checklist[1].status, ChecklistState::InPlace);

    const QList<Evidence> sourceEvidence = sourceStore.evidence(id);
    const QList<Evidence> evidence = store.evidence(id);
    QCOMPARE(evidence.size(), 3);
    for (int i = 0; i < evidence.size(); ++i) {
        QCOMPARE(evidence[i].itemId, sourceEvidence[i].itemId);
        QCOMPARE(evidence[i].kind, sourceEvidence[i].kind);
        QCOMPARE(evidence[i].title, sourceEvidence[i].title);
        QCOMPARE(evidence[i].text, sourceEvidence[i].text);
        QCOMPARE(evidence[i].confidential, sourceEvidence[i].confidential);
        QCOMPARE(evidence[i].createdAt, sourceEvidence[i].createdAt);
    }
    const Evidence note = store.evidence(id, QStringLiteral("CU-01"))[0];
    QCOMPARE(note.text, QStringLiteral("Secret informant says the border unit is understaffed"));
    QVERIFY(note.confidential);
    QCOMPARE(store.evidence(id, QStringLiteral("CU-01"))[1].text, QStringLiteral("https://example.org/strategy"));
    const Evidence file = store.evidenceItem(store.evidence(id, QStringLiteral("EP-04"))[0].id, true);
    QCOMPARE(file.kind, EvidenceKind::File);
    QCOMPARE(file.title, QStringLiteral("Committee terms of reference"));
    QCOMPARE(file.fileName, QStringLiteral("terms-of-reference.bin"));
    QCOMPARE(file.mimeType, sourceEvidence[2].mimeType);
    QCOMPARE(file.content, evidenceBytes());
    QCOMPARE(file.size, qint64(3000));
    QCOMPARE(file.sha256,
             QString::fromLatin1(QCryptographicHash::hash(evidenceBytes(), QCryptographicHash::Sha256).toHex()));

    const QList<Action> actions = store.actions(id);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0].itemId, QStringLiteral("CU-01"));
    QCOMPARE(actions[0].text, QStringLiteral("Draft a migration strategy"));
    QCOMPARE(actions[0].owner, QStringLiteral("Cabinet Office"));
    QCOMPARE(actions[0].due, QDate(2025, 6, 30));
    QCOMPARE(actions[0].status, ActionStatus::InProgress);
    QCOMPARE(actions[1].text, QStringLiteral("Hold a stakeholder workshop"));
    QVERIFY(!actions[1].due.isValid());
    QCOMPARE(actions[1].status, ActionStatus::Open);
}

void ExchangeTest::shareLeavesOutTypedTextAndConfidentialEvidence()
{
    TempDatabase source;
    AssessmentStore store(source.path());
    const QString id = addFullAssessment(store, source.dir());
    const QByteArray shared = AssessmentExchange::exportAssessment(store, id, {true});

    for (const QString &text : typedTexts)
        QVERIFY2(!shared.contains(text.toUtf8()), qPrintable(text));
    QVERIFY(!shared.contains(evidenceBytes().toBase64().left(40)));
    QVERIFY(!shared.contains("\"evidence\""));
    QVERIFY(!shared.contains("\"rationale\""));

    const nlohmann::json document = nlohmann::json::parse(shared.toStdString());
    QCOMPARE(document["assessment"]["team"].size(), size_t(0));
    QCOMPARE(document["actions"].size(), size_t(0));
    QCOMPARE(document["assessment"]["title"].get<std::string>(), "KEN assessment of 2024-03-15 (shared copy)");
    const nlohmann::json &responses = document["responses"];
    QCOMPARE(responses.size(), size_t(6));
    QCOMPARE(responses[0]["item"].get<std::string>(), "CU-01");
    QCOMPARE(responses[0]["score"].get<int>(), 2);
    QCOMPARE(responses[0]["target"].get<int>(), 3);
    QCOMPARE(responses[0]["confidence"].get<std::string>(), "medium");
    QCOMPARE(responses[3]["item"].get<std::string>(), "EP-02");
    QVERIFY(responses[3]["notApplicable"].get<bool>());
    QVERIFY(responses[3]["score"].is_null());
    QCOMPARE(responses[2]["checklist"][0]["entry"].get<std::string>(), "EP-01.1");
    QCOMPARE(responses[2]["checklist"][0]["status"].get<std::string>(), "partial");

    // The shared file is itself a valid exchange file, under an id of its own.
    const AssessmentRecord record = AssessmentExchange::parse(shared, QStringLiteral("shared.json"), m_frameworks,
                                                              m_states);
    const QString sharedId = AssessmentExchange::sharedCopyId(id);
    QCOMPARE(record.info.id, sharedId);
    QVERIFY(sharedId != id);
    QCOMPARE(AssessmentExchange::sharedCopyId(id), sharedId);
    QVERIFY(record.evidence.isEmpty());
    QCOMPARE(record.checklist.size(), 2);
}

void ExchangeTest::sharedCopyImportedBackLeavesTheOriginal()
{
    TempDatabase database;
    AssessmentStore store(database.path());
    const QString id = addFullAssessment(store, database.dir());
    const QString path = writeFile(database.file(QStringLiteral("shared.json")),
                                   AssessmentExchange::exportAssessment(store, id, {true}));
    const QStringList imported = AssessmentExchange::importFiles(store, {path}, m_frameworks, m_states);

    QCOMPARE(imported, QStringList{AssessmentExchange::sharedCopyId(id)});
    QCOMPARE(store.assessments().size(), 2);
    QCOMPARE(store.response(id, QStringLiteral("CU-01")).rationale,
             QStringLiteral("Planning treats migration as temporary"));
    QCOMPARE(store.evidence(id).size(), 3);
    QCOMPARE(store.response(imported[0], QStringLiteral("CU-01")).rating, Rating::level(2));
    QCOMPARE(store.response(imported[0], QStringLiteral("CU-01")).rationale, QString());
    QVERIFY(store.evidence(imported[0]).isEmpty());
    QVERIFY(store.actions(imported[0]).isEmpty());
}

void ExchangeTest::goodFileIsReadFieldByField()
{
    const AssessmentRecord record = AssessmentExchange::parse(readFile(fixture(QStringLiteral("exchange/good.json"))),
                                                              QStringLiteral("good.json"), m_frameworks, m_states);
    QCOMPARE(record.info.id, goodId);
    QCOMPARE(record.info.stateCode, QStringLiteral("KEN"));
    QCOMPARE(record.info.title, QStringLiteral("Kenya baseline self-assessment 2024"));
    QCOMPARE(record.info.date, QDate(2024, 3, 15));
    QCOMPARE(record.info.status, AssessmentStatus::Final);
    QCOMPARE(record.info.frameworkVersion, m_frameworks.require(QStringLiteral("iamm-2004")).version);
    QCOMPARE(record.info.team.size(), 2);
    QCOMPARE(record.info.team[1].agency, QStringLiteral("State Department for Labour"));

    QCOMPARE(record.responses.size(), 4);
    QCOMPARE(record.responses[0].rating, Rating::level(2));
    QCOMPARE(record.responses[0].target, std::optional<int>(3));
    QCOMPARE(vocabulary::toText(record.responses[1].confidence), QStringLiteral("low"));
    QCOMPARE(record.responses[2].itemId, QStringLiteral("EP-02"));
    QCOMPARE(record.responses[2].rating, Rating::na());
    QCOMPARE(record.responses[2].target, std::nullopt);
    QCOMPARE(vocabulary::toText(record.responses[2].confidence), QString());
    QCOMPARE(record.responses[3].rating, Rating::notAssessed());

    QCOMPARE(record.checklist.size(), 3);
    QCOMPARE(record.checklist[2].entryId, QStringLiteral("EP-03.2"));
    QCOMPARE(record.checklist[2].itemId, QStringLiteral("EP-03"));
    QCOMPARE(record.checklist[2].status, ChecklistState::NotInPlace);

    QCOMPARE(record.evidence.size(), 3);
    QCOMPARE(record.evidence[0].kind, EvidenceKind::Note);
    QCOMPARE(record.evidence[0].text, QStringLiteral("No long-term migration scenario exists."));
    QVERIFY(record.evidence[0].confidential);
    QCOMPARE(record.evidence[0].createdAt, QDateTime(QDate(2024, 3, 10), QTime(9, 30), Qt::UTC));
    QCOMPARE(record.evidence[1].text, QStringLiteral("https://example.org/plan.pdf"));
    QCOMPARE(record.evidence[2].itemId, QStringLiteral("EP-01"));
    QCOMPARE(record.evidence[2].content,
             QByteArray("Minutes of the inter-ministerial migration committee, 12 March 2024.\n"));
    QCOMPARE(record.evidence[2].size, qint64(69));
    QCOMPARE(record.evidence[2].mimeType, QStringLiteral("text/plain"));

    QCOMPARE(record.actions.size(), 2);
    QCOMPARE(record.actions[0].due, QDate(2024, 12, 31));
    QCOMPARE(record.actions[1].owner, QString());
    QVERIFY(!record.actions[1].due.isValid());
    QCOMPARE(record.actions[1].status, ActionStatus::InProgress);
}

void ExchangeTest::withdrawnStateAndMatchingVersionAreAccepted()
{
    TempDatabase database;
    AssessmentStore store(database.path());
    AssessmentExchange::importFiles(store, {fixture(QStringLiteral("exchange/good-minimal.json"))}, m_frameworks,
                                    m_states);
    const AssessmentInfo info = store.assessment(QStringLiteral("0b7e4c1d-5a63-4f28-8e9a-6d2c3b1a0f47"));
    QCOMPARE(info.stateCode, QStringLiteral("SCG"));
    QCOMPARE(info.status, AssessmentStatus::Draft);
    QVERIFY(store.responses(info.id).isEmpty());
}

void ExchangeTest::reimportReplaces()
{
    TempDatabase database;
    AssessmentStore store(database.path());
    const QString good = fixture(QStringLiteral("exchange/good.json"));
    QCOMPARE(AssessmentExchange::importFiles(store, {good}, m_frameworks, m_states), QStringList{goodId});
    QCOMPARE(store.response(goodId, QStringLiteral("CU-01")).rating, Rating::level(2));

    nlohmann::json changed = readJson(good);
    changed["responses"][0]["score"] = 4;
    changed["assessment"]["title"] = "Kenya baseline, corrected";
    const QString changedPath = writeFile(database.file(QStringLiteral("changed.json")), dumped(changed));
    AssessmentExchange::ImportOptions replace;
    replace.replace = true;
    AssessmentExchange::importFiles(store, {changedPath}, m_frameworks, m_states, replace);

    QCOMPARE(store.assessments().size(), 1);
    QCOMPARE(store.assessment(goodId).title, QStringLiteral("Kenya baseline, corrected"));
    QCOMPARE(store.response(goodId, QStringLiteral("CU-01")).rating, Rating::level(4));
    QCOMPARE(store.evidence(goodId).size(), 3);
    QCOMPARE(store.actions(goodId).size(), 2);
    QCOMPARE(store.checklist(goodId).size(), 3);
}

void ExchangeTest::badFileIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *file, const char *field, const char *problem) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(field) << QString::fromUtf8(problem);
    };
    row("bad-json.json", "not valid JSON", "line 5, column 9");
    row("bad-format.json", "$.format", "\"iamm-framework\" is not an assessment exchange file");
    row("bad-format-version.json", "$.formatVersion", "format version 2 is not supported");
    row("bad-missing-title.json", "$.assessment.title", "required field is missing");
    row("bad-missing-responses.json", "$.responses", "required field is missing");
    row("bad-unknown-field.json", "$.responses[0]", "unknown field \"scroe\"");
    row("bad-unknown-framework.json", "$.framework.id", "unknown framework \"iamm-1999\"");
    row("bad-framework-version.json", "$.framework.version", "version 9.9.9 but the installed iamm-2004 is version");
    row("bad-framework-hash.json", "$.framework.hash", "the two frameworks differ");
    row("bad-unknown-item.json", "$.responses[1].item", "unknown item \"EP-99\"");
    row("bad-duplicate-item.json", "$.responses[3].item", "item EP-01 already has a response at $.responses[1]");
    row("bad-unknown-checklist-entry.json", "$.responses[1].checklist[0].entry", "unknown checklist entry \"EP-01.9\"");
    row("bad-checklist-entry-of-other-item.json", "$.responses[1].checklist[1].entry",
        "EP-03.1 belongs to item EP-03, not EP-01");
    row("bad-checklist-status.json", "$.responses[1].checklist[0].status", "\"done\" is not one of");
    row("bad-score-off-scale.json", "$.responses[0].score", "7 is off the scale 0–4");
    row("bad-score-not-integer.json", "$.responses[0].score", "2.5 is not an integer");
    row("bad-score-string.json", "$.responses[0].score", "\"3\" is not an integer");
    row("bad-target-off-scale.json", "$.responses[1].target", "-1 is off the scale 0–4");
    row("bad-score-and-not-applicable.json", "$.responses[0].notApplicable", "true together with score 2");
    row("bad-confidence.json", "$.responses[0].confidence", "\"very high\" is not one of low, medium, high");
    row("bad-state.json", "$.state", "\"ZZZ\" is not an ISO 3166 alpha-3 state code");
    row("bad-state-lowercase.json", "$.state", "\"ken\" is not an ISO 3166 alpha-3 state code");
    row("bad-date.json", "$.assessment.date", "\"2023-02-30\" is not a calendar date");
    row("bad-date-format.json", "$.assessment.date", "\"15/03/2024\" is not a calendar date");
    row("bad-action-due.json", "$.actions[0].due", "\"2024-13-01\" is not a calendar date");
    row("bad-uuid.json", "$.assessment.id", "\"not-a-uuid\" is not a UUID");
    row("bad-status.json", "$.assessment.status", "\"finished\" is not one of draft, final");
    row("bad-action-status.json", "$.actions[1].status", "\"closed\" is not one of open");
    row("bad-empty-action-text.json", "$.actions[0].text", "must not be empty");
    row("bad-team-member-name.json", "$.assessment.team[1].name", "must not be empty");
    row("bad-evidence-base64.json", "$.responses[1].evidence[0].file.base64", "not valid base64");
    row("bad-evidence-hash.json", "$.responses[1].evidence[0].file.sha256", "wrong hash");
    row("bad-evidence-size.json", "$.responses[1].evidence[0].file.size", "wrong size: 3 declared");
    row("bad-evidence-oversized.json", "$.responses[1].evidence[0].file.size", "20971521 bytes is oversized");
    row("bad-evidence-file-name.json", "$.responses[1].evidence[0].file.name", "is not a plain file name");
    row("bad-evidence-note-with-url.json", "$.responses[0].evidence[0].url",
        "evidence of kind \"note\" has no \"url\"");
    row("bad-evidence-link-url.json", "$.responses[0].evidence[1].url", "\"plan.pdf\" is not a complete link");
}

void ExchangeTest::badFileIsRefusedAndWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    TempDatabase database;
    AssessmentStore store(database.path());
    addFullAssessment(store, database.dir());

    const QString message = refusal(store, {fixture(QStringLiteral("exchange/") + file)});
    QVERIFY2(message.contains(QStringLiteral("exchange/") + file + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(field), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
    QCOMPARE(store.assessments().size(), 1);
}

void ExchangeTest::oversizedContentIsRefused()
{
    nlohmann::json document = readJson(fixture(QStringLiteral("exchange/good.json")));
    const QByteArray content(int(20 * 1024 * 1024 + 1), 'x');
    nlohmann::json &file = document["responses"][1]["evidence"][0]["file"];
    file["base64"] = content.toBase64().toStdString();
    try {
        AssessmentExchange::parse(dumped(document), QStringLiteral("huge.json"), m_frameworks, m_states);
        QFAIL("an oversized file was accepted");
    } catch (const IammError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("huge.json: $.responses[1].evidence[0].file.base64: 20971521 bytes of "
                                "content is oversized: an evidence file may have at most 20971520 bytes"));
    }
}

void ExchangeTest::batchWithOneBadFileImportsNothing()
{
    TempDatabase database;
    AssessmentStore store(database.path());
    const QString message = refusal(store, {fixture(QStringLiteral("exchange/good.json")),
                                            fixture(QStringLiteral("exchange/bad-score-off-scale.json"))});
    QVERIFY2(message.contains(QStringLiteral("bad-score-off-scale.json: $.responses[0].score")), qPrintable(message));
    QVERIFY(store.assessments().isEmpty());
}

void ExchangeTest::sameIdTwiceInOneImportIsRefused()
{
    TempDatabase database;
    AssessmentStore store(database.path());
    const QString good = fixture(QStringLiteral("exchange/good.json"));
    const QString copy = fixture(QStringLiteral("exchange/same-id-as-good.json"));
    const QString message = refusal(store, {good, copy});
    QCOMPARE(message, QStringLiteral("%1: $.assessment.id: assessment %2 is also in %3").arg(copy, goodId, good));
    QVERIFY(store.assessments().isEmpty());
}

void ExchangeTest::unreadableFileIsRefused()
{
    TempDatabase database;
    AssessmentStore store(database.path());
    const QString missing = database.file(QStringLiteral("missing.json"));
    const QString message = refusal(store, {missing});
    QVERIFY2(message.startsWith(missing + QStringLiteral(": cannot read")), qPrintable(message));
}

QTEST_GUILESS_MAIN(ExchangeTest)
#include "tst_exchange.moc"
