// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exchangereader.h"

#include "display/displaytext.h"
#include "exchange/contributionjson.h"
#include "exchange/facilitationjson.h"
#include "store/evidencefilename.h"
#include "framework/framework.h"
#include "common/inputlimits.h"
#include "framework/frameworkregistry.h"
#include "catalogs/statecatalog.h"
#include "assessment/vocabulary.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace iamm {

namespace {

const QRegularExpression uuidPattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
const QRegularExpression datePattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
const QRegularExpression timestampPattern(
    QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+-][0-9]{2}:[0-9]{2})$"));
const QRegularExpression statePattern(QStringLiteral("^[A-Z]{3}$"));
const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-f]{64}$"));

QString quoted(const QString &text)
{
    return DisplayText::quoted(text);
}

QString shown(const nlohmann::json &value)
{
    return JsonReader::shown(value);
}

} // namespace

ExchangeReader::ExchangeReader(const QString &fileName, const FrameworkRegistry &frameworks, const StateCatalog &states)
    : m_fileName(fileName)
    , m_json(fileName)
    , m_frameworks(frameworks)
    , m_states(states)
{}

AssessmentRecord ExchangeReader::read(const QByteArray &bytes)
{
    const json root = JsonReader::parse(bytes, m_fileName);
    m_json.requireObject(root, QStringLiteral("$"));
    readFormat(root);
    m_json.allowOnly(root, QStringLiteral("$"),
                     {"format", "formatVersion", "framework", "state", "assessment", "responses", "actions",
                      "contributions", "facilitatorNotes", "parkingLot", "agenda"});
    m_framework = &readFramework(root);

    AssessmentRecord record;
    record.info.frameworkId = m_framework->id;
    record.info.frameworkVersion = m_framework->version;
    record.info.frameworkHash = m_framework->hash;
    record.info.stateCode = readState(root);
    readAssessment(root, record.info);

    const QString responsesPath = QStringLiteral("$.responses");
    const json &responses = m_json.array(root, QStringLiteral("$"), "responses");
    m_responsePathOfItem.clear();
    for (size_t i = 0; i < responses.size(); ++i)
        readResponse(responses[i], JsonReader::index(responsesPath, i), record);

    const QString actionsPath = QStringLiteral("$.actions");
    const json &actions = m_json.array(root, QStringLiteral("$"), "actions");
    if (actions.size() > size_t(InputLimits::maxActionsPerAssessment))
        m_json.fail(actionsPath, tr("%1 actions; at most %2 per assessment are allowed")
                                     .arg(InputLimits::number(qint64(actions.size())),
                                          InputLimits::number(InputLimits::maxActionsPerAssessment)));
    for (size_t i = 0; i < actions.size(); ++i)
        record.actions.append(readAction(actions[i], JsonReader::index(actionsPath, i)));
    record.contributions = ContributionJson::read(m_json, root, *m_framework);
    FacilitationJson::read(m_json, root, *m_framework, record);
    return record;
}

void ExchangeReader::readFormat(const json &root) const
{
    const QString path = QStringLiteral("$");
    const QString format = m_json.string(root, path, "format");
    if (format != QLatin1String("iamm-assessment"))
        m_json.fail(QStringLiteral("$.format"),
                    tr("%1 is not an assessment exchange file (expected \"iamm-assessment\")").arg(quoted(format)));
    const auto version = root.find("formatVersion");
    if (version == root.end())
        m_json.fail(QStringLiteral("$.formatVersion"), tr("required field is missing"));
    if (!version->is_number_integer() || version->get<double>() != 1)
        m_json.fail(QStringLiteral("$.formatVersion"),
                    tr("format version %1 is not supported (this program reads version 1)").arg(shown(*version)));
}

const Framework &ExchangeReader::readFramework(const json &root) const
{
    const QString path = QStringLiteral("$.framework");
    const json &value = m_json.object(root, QStringLiteral("$"), "framework");
    m_json.allowOnly(value, path, {"id", "version", "hash"});
    const QString id = m_json.string(value, path, "id");
    const Framework *framework = m_frameworks.find(id);
    if (!framework) {
        QStringList known;
        for (const Framework &f : m_frameworks.frameworks())
            known << f.id;
        m_json.fail(JsonReader::member(path, "id"),
                    tr("unknown framework %1 (installed: %2)").arg(quoted(id), known.join(QStringLiteral(", "))));
    }
    if (value.contains("version")) {
        const QString version = m_json.string(value, path, "version");
        if (version != framework->version)
            m_json.fail(JsonReader::member(path, "version"),
                        tr("the file uses %1 version %2 but the installed %1 is version %3")
                            .arg(id, DisplayText::excerpt(version), framework->version));
    }
    if (value.contains("hash")) {
        const QString hash = m_json.string(value, path, "hash");
        if (!sha256Pattern.match(hash).hasMatch())
            m_json.fail(JsonReader::member(path, "hash"), tr("%1 is not a SHA-256 in lowercase hex").arg(quoted(hash)));
        if (hash != framework->hash)
            m_json.fail(JsonReader::member(path, "hash"),
                        tr("the file's %1 %2 has hash %3 but the installed one has %4: "
                           "the two frameworks differ")
                            .arg(id, framework->version, hash, framework->hash));
    }
    return *framework;
}

QString ExchangeReader::readState(const json &root) const
{
    const QString code = m_json.string(root, QStringLiteral("$"), "state");
    if (!statePattern.match(code).hasMatch() || !m_states.find(code))
        m_json.fail(QStringLiteral("$.state"), tr("%1 is not an ISO 3166 alpha-3 state code").arg(quoted(code)));
    return code;
}

void ExchangeReader::readAssessment(const json &root, AssessmentInfo &info) const
{
    const QString path = QStringLiteral("$.assessment");
    const json &value = m_json.object(root, QStringLiteral("$"), "assessment");
    m_json.allowOnly(value, path, {"id", "title", "date", "status", "team", "previous"});
    info.id = m_json.string(value, path, "id");
    if (!uuidPattern.match(info.id).hasMatch())
        m_json.fail(JsonReader::member(path, "id"),
                    tr("%1 is not a UUID (lowercase, without braces)").arg(quoted(info.id)));
    info.title = readText(value, path, "title", InputLimits::maxNameLength);
    info.date = readDate(value, path, "date");
    info.status = readChoice<AssessmentStatus>(value, path, "status");
    if (value.contains("previous")) {
        info.previousAssessmentId = m_json.string(value, path, "previous");
        if (!uuidPattern.match(info.previousAssessmentId).hasMatch() || info.previousAssessmentId == info.id)
            m_json.fail(JsonReader::member(path, "previous"),
                        tr("%1 is not the UUID of another assessment").arg(quoted(info.previousAssessmentId)));
    }
    const QString teamPath = JsonReader::member(path, "team");
    const json &team = m_json.array(value, path, "team");
    if (team.size() > size_t(InputLimits::maxTeamMembers))
        m_json.fail(teamPath, tr("%1 team members; at most %2 are allowed")
                                  .arg(InputLimits::number(qint64(team.size())),
                                       InputLimits::number(InputLimits::maxTeamMembers)));
    for (size_t i = 0; i < team.size(); ++i)
        info.team.append(readTeamMember(team[i], JsonReader::index(teamPath, i)));
}

TeamMember ExchangeReader::readTeamMember(const json &value, const QString &path) const
{
    m_json.allowOnly(value, path, {"name", "agency", "role"});
    return {readText(value, path, "name", InputLimits::maxNameLength),
            readString(value, path, "agency", InputLimits::maxNameLength),
            readString(value, path, "role", InputLimits::maxNameLength)};
}

void ExchangeReader::readResponse(const json &value, const QString &path, AssessmentRecord &record)
{
    m_json.allowOnly(value, path,
                     {"item", "score", "notApplicable", "target", "confidence", "rationale", "dissent", "changeReason",
                      "changeNote", "evidence", "checklist"});
    const FrameworkItem &item = readItem(value, path);
    const QString earlier = m_responsePathOfItem.value(item.id);
    if (!earlier.isEmpty())
        m_json.fail(JsonReader::member(path, "item"), tr("item %1 already has a response at %2").arg(item.id, earlier));
    m_responsePathOfItem.insert(item.id, path);

    Response response;
    response.itemId = item.id;
    response.rating = readRating(value, path);
    response.target = readScaleValue(value, path, "target");
    response.confidence = readConfidence(value, path);
    if (value.contains("rationale"))
        response.rationale = readString(value, path, "rationale", InputLimits::maxLongTextLength);
    if (value.contains("dissent"))
        response.dissent = readString(value, path, "dissent", InputLimits::maxLongTextLength);
    if (value.contains("changeReason"))
        response.changeReason = readChoice<ChangeReason>(value, path, "changeReason");
    if (value.contains("changeNote"))
        response.changeNote = readString(value, path, "changeNote", InputLimits::maxLongTextLength);
    record.responses.append(response);

    if (value.contains("evidence")) {
        const QString evidencePath = JsonReader::member(path, "evidence");
        const json &evidence = m_json.array(value, path, "evidence");
        for (size_t i = 0; i < evidence.size(); ++i) {
            if (record.evidence.size() >= InputLimits::maxEvidencePerAssessment)
                m_json.fail(JsonReader::index(evidencePath, i),
                            tr("more than %1 evidence entries; at most %1 per assessment are allowed")
                                .arg(InputLimits::number(InputLimits::maxEvidencePerAssessment)));
            record.evidence.append(readEvidence(evidence[i], JsonReader::index(evidencePath, i), item.id));
        }
    }
    if (value.contains("checklist"))
        record.checklist.append(readChecklist(value, path, item));
}

Rating ExchangeReader::readRating(const json &value, const QString &path) const
{
    Rating rating;
    rating.score = readScaleValue(value, path, "score");
    if (value.contains("notApplicable"))
        rating.notApplicable = m_json.boolean(value, path, "notApplicable");
    if (!rating.notApplicable)
        return rating;
    const QString field = JsonReader::member(path, "notApplicable");
    if (!m_framework->scale.allowNotApplicable)
        m_json.fail(field, tr("framework %1 does not allow \"not applicable\"").arg(m_framework->id));
    if (rating.score)
        m_json.fail(field,
                    tr("true together with score %1: an item is either rated or not applicable").arg(*rating.score));
    return rating;
}

std::optional<int> ExchangeReader::readScaleValue(const json &parent, const QString &path, const char *key) const
{
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    const Scale &scale = m_framework->scale;
    const QString field = JsonReader::member(path, key);
    if (!it->is_number_integer())
        m_json.fail(field, tr("%1 is not an integer on the scale %2–%3").arg(shown(*it)).arg(scale.min).arg(scale.max));
    // Compared as double so that huge integers cannot wrap around into the scale.
    const double number = it->get<double>();
    if (number < scale.min || number > scale.max)
        m_json.fail(field, tr("%1 is off the scale %2–%3").arg(shown(*it)).arg(scale.min).arg(scale.max));
    return int(number);
}

std::optional<Confidence> ExchangeReader::readConfidence(const json &value, const QString &path) const
{
    const auto it = value.find("confidence");
    if (it == value.end() || it->is_null())
        return std::nullopt;
    return readChoice<Confidence>(value, path, "confidence");
}

Evidence ExchangeReader::readEvidence(const json &value, const QString &path, const QString &itemId) const
{
    m_json.allowOnly(value, path, {"kind", "title", "text", "url", "confidential", "file", "createdAt"});
    Evidence evidence;
    evidence.itemId = itemId;
    evidence.kind = readChoice<EvidenceKind>(value, path, "kind");
    evidence.title = readString(value, path, "title", InputLimits::maxNameLength);
    evidence.confidential = m_json.boolean(value, path, "confidential");
    evidence.createdAt = readTimestamp(value, path);
    if (evidence.kind == EvidenceKind::Note) {
        rejectMember(value, path, "url", evidence.kind);
        rejectMember(value, path, "file", evidence.kind);
        evidence.text = readText(value, path, "text", InputLimits::maxLongTextLength);
    } else if (evidence.kind == EvidenceKind::Link) {
        rejectMember(value, path, "text", evidence.kind);
        rejectMember(value, path, "file", evidence.kind);
        evidence.text = readUrl(value, path);
    } else {
        rejectMember(value, path, "text", evidence.kind);
        rejectMember(value, path, "url", evidence.kind);
        readEvidenceFile(m_json.object(value, path, "file"), JsonReader::member(path, "file"), evidence);
    }
    return evidence;
}

QString ExchangeReader::readUrl(const json &value, const QString &path) const
{
    const QString text = readString(value, path, "url", InputLimits::maxLinkLength);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || (url.host().isEmpty() && !url.isLocalFile()))
        m_json.fail(JsonReader::member(path, "url"),
                    tr("%1 is not a complete link (expected e.g. https://example.org/page)").arg(quoted(text)));
    return text;
}

void ExchangeReader::rejectMember(const json &value, const QString &path, const char *key, EvidenceKind kind) const
{
    if (value.contains(key))
        m_json.fail(
            JsonReader::member(path, key),
            tr("evidence of kind %1 has no \"%2\"").arg(quoted(vocabulary::toText(kind)), QString::fromUtf8(key)));
}

QDateTime ExchangeReader::readTimestamp(const json &value, const QString &path) const
{
    if (!value.contains("createdAt"))
        return QDateTime::currentDateTimeUtc();
    const QString text = m_json.string(value, path, "createdAt");
    const QDateTime timestamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!timestampPattern.match(text).hasMatch() || !timestamp.isValid())
        m_json.fail(JsonReader::member(path, "createdAt"),
                    tr("%1 is not a date and time like 2024-05-01T09:30:00Z").arg(quoted(text)));
    return timestamp;
}

void ExchangeReader::readEvidenceFile(const json &value, const QString &path, Evidence &evidence) const
{
    m_json.allowOnly(value, path, {"name", "mimeType", "size", "sha256", "base64"});
    evidence.fileName = readText(value, path, "name", InputLimits::maxNameLength);
    if (!EvidenceFileName::isPlain(evidence.fileName))
        m_json.fail(JsonReader::member(path, "name"), tr("%1 is not a plain file name").arg(quoted(evidence.fileName)));
    evidence.mimeType = readString(value, path, "mimeType", InputLimits::maxNameLength);

    const QString sizePath = JsonReader::member(path, "size");
    if (!value.contains("size"))
        m_json.fail(sizePath, tr("required field is missing"));
    const json &size = value.at("size");
    if (!size.is_number_integer() || size.get<double>() < 0)
        m_json.fail(sizePath, tr("expected a byte count, found %1").arg(shown(size)));
    if (size.get<double>() > double(vocabulary::maxEvidenceFileBytes))
        m_json.fail(sizePath, tr("%1 bytes is oversized: an evidence file may have at most %2 bytes")
                                  .arg(shown(size))
                                  .arg(vocabulary::maxEvidenceFileBytes));
    evidence.size = size.get<qint64>();

    const QString sha256Path = JsonReader::member(path, "sha256");
    evidence.sha256 = m_json.string(value, path, "sha256");
    if (!sha256Pattern.match(evidence.sha256).hasMatch())
        m_json.fail(sha256Path, tr("%1 is not a SHA-256 in lowercase hex").arg(quoted(evidence.sha256)));

    const QByteArray base64 = m_json.string(value, path, "base64").toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        m_json.fail(JsonReader::member(path, "base64"), tr("the content is not valid base64"));
    evidence.content = decoded.decoded;
    if (evidence.content.size() > vocabulary::maxEvidenceFileBytes)
        m_json.fail(JsonReader::member(path, "base64"),
                    tr("%1 bytes of content is oversized: an evidence file may have at most %2 bytes")
                        .arg(evidence.content.size())
                        .arg(vocabulary::maxEvidenceFileBytes));
    if (evidence.content.size() != evidence.size)
        m_json.fail(
            sizePath,
            tr("wrong size: %1 declared but the content has %2 bytes").arg(evidence.size).arg(evidence.content.size()));
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(evidence.content, QCryptographicHash::Sha256).toHex());
    if (actual != evidence.sha256)
        m_json.fail(sha256Path,
                    tr("wrong hash: %1 declared but the content hashes to %2").arg(evidence.sha256, actual));
}

QList<ChecklistStatus> ExchangeReader::readChecklist(const json &value, const QString &path,
                                                     const FrameworkItem &item) const
{
    const QString listPath = JsonReader::member(path, "checklist");
    const json &entries = m_json.array(value, path, "checklist");
    QList<ChecklistStatus> statuses;
    QHash<QString, QString> pathOfEntry;
    for (size_t i = 0; i < entries.size(); ++i) {
        const QString entryPath = JsonReader::index(listPath, i);
        m_json.allowOnly(entries[i], entryPath, {"entry", "status"});
        const QString entryId = m_json.string(entries[i], entryPath, "entry");
        const QString entryField = JsonReader::member(entryPath, "entry");
        const FrameworkItem *owner = m_framework->itemOfEntry(entryId);
        if (!owner)
            m_json.fail(entryField,
                        tr("unknown checklist entry %1 (not in framework %2)").arg(quoted(entryId), m_framework->id));
        if (owner->id != item.id)
            m_json.fail(entryField,
                        tr("checklist entry %1 belongs to item %2, not %3").arg(entryId, owner->id, item.id));
        if (pathOfEntry.contains(entryId))
            m_json.fail(entryField, tr("checklist entry %1 is already at %2").arg(entryId, pathOfEntry.value(entryId)));
        pathOfEntry.insert(entryId, entryPath);
        statuses.append({entryId, item.id, readChoice<ChecklistState>(entries[i], entryPath, "status")});
    }
    return statuses;
}

Action ExchangeReader::readAction(const json &value, const QString &path) const
{
    m_json.allowOnly(value, path, {"item", "text", "owner", "due", "status", "review"});
    Action action;
    action.itemId = readItem(value, path).id;
    action.text = readText(value, path, "text", InputLimits::maxActionTextLength);
    action.owner = readString(value, path, "owner", InputLimits::maxNameLength);
    if (!value.contains("due"))
        m_json.fail(JsonReader::member(path, "due"), tr("required field is missing (null for no date)"));
    if (!value.at("due").is_null())
        action.due = readDate(value, path, "due");
    action.status = readChoice<ActionStatus>(value, path, "status");
    if (value.contains("review"))
        action.review = readChoice<ActionReview>(value, path, "review");
    return action;
}

const FrameworkItem &ExchangeReader::readItem(const json &value, const QString &path) const
{
    const QString itemId = m_json.string(value, path, "item");
    const FrameworkItem *item = m_framework->item(itemId);
    if (!item)
        m_json.fail(JsonReader::member(path, "item"),
                    tr("unknown item %1 (not in framework %2)").arg(quoted(itemId), m_framework->id));
    return *item;
}

QDate ExchangeReader::readDate(const json &value, const QString &path, const char *key) const
{
    const QString text = m_json.string(value, path, key);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!datePattern.match(text).hasMatch() || !date.isValid())
        m_json.fail(JsonReader::member(path, key),
                    tr("%1 is not a calendar date in the form YYYY-MM-DD").arg(quoted(text)));
    return date;
}

template<typename Enum> Enum ExchangeReader::readChoice(const json &value, const QString &path, const char *key) const
{
    const QString text = m_json.string(value, path, key);
    const std::optional<Enum> choice = vocabulary::fromText<Enum>(text);
    if (!choice)
        m_json.fail(
            JsonReader::member(path, key),
            tr("%1 is not one of %2").arg(quoted(text), vocabulary::allTexts<Enum>().join(QStringLiteral(", "))));
    return *choice;
}

QString ExchangeReader::readText(const json &value, const QString &path, const char *key, int maxLength) const
{
    const QString text = readString(value, path, key, maxLength);
    if (text.trimmed().isEmpty())
        m_json.fail(JsonReader::member(path, key), tr("must not be empty"));
    return text;
}

QString ExchangeReader::readString(const json &value, const QString &path, const char *key, int maxLength) const
{
    const QString text = m_json.string(value, path, key);
    if (text.size() > maxLength)
        m_json.fail(JsonReader::member(path, key),
                    tr("%1 has %2 characters; at most %3 are allowed")
                        .arg(quoted(text), InputLimits::number(text.size()), InputLimits::number(maxLength)));
    return text;
}

} // namespace iamm
