// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exchangewriter.h"

#include "exchange/contributionjson.h"
#include "exchange/facilitationjson.h"
#include "framework/framework.h"

#include <QUuid>

namespace iamm {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

nlohmann::ordered_json optionalInt(const std::optional<int> &value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

} // namespace

QString ExchangeWriter::sharedCopyId(const QString &assessmentId)
{
    return QUuid::createUuidV5(QUuid(assessmentId), QStringLiteral("iamm shared copy")).toString(QUuid::WithoutBraces);
}

ExchangeWriter::ExchangeWriter(const AssessmentRecord &record, const Framework &framework, bool share)
    : m_record(record)
    , m_framework(framework)
    , m_share(share)
{}

QByteArray ExchangeWriter::write() const
{
    json root;
    root["format"] = "iamm-assessment";
    root["formatVersion"] = 1;
    root["framework"] = {{"id", utf8(m_record.info.frameworkId)},
                         {"version", utf8(m_record.info.frameworkVersion)},
                         {"hash", utf8(m_record.info.frameworkHash)}};
    root["state"] = utf8(m_record.info.stateCode);
    root["assessment"] = assessmentJson();
    root["responses"] = responsesJson();
    root["actions"] = json::array();
    if (!m_share) {
        for (const Action &action : m_record.actions)
            root["actions"].push_back(actionJson(action));
    }
    if (!m_share && !m_record.contributions.isEmpty())
        root["contributions"] = ContributionJson::write(m_record.contributions);
    if (!m_share)
        FacilitationJson::write(m_record, root);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

nlohmann::ordered_json ExchangeWriter::assessmentJson() const
{
    const AssessmentInfo &info = m_record.info;
    const QString date = info.date.toString(Qt::ISODate);
    json assessment;
    assessment["id"] = utf8(m_share ? sharedCopyId(info.id) : info.id);
    assessment["title"] = m_share ? utf8(QStringLiteral("%1 assessment of %2 (shared copy)").arg(info.stateCode, date))
                                  : utf8(info.title);
    assessment["date"] = utf8(date);
    assessment["status"] = utf8(vocabulary::toText(info.status));
    assessment["team"] = json::array();
    if (!m_share && !info.previousAssessmentId.isEmpty())
        assessment["previous"] = utf8(info.previousAssessmentId);
    if (!m_share) {
        for (const TeamMember &member : info.team)
            assessment["team"].push_back(
                {{"name", utf8(member.name)}, {"agency", utf8(member.agency)}, {"role", utf8(member.role)}});
    }
    return assessment;
}

nlohmann::ordered_json ExchangeWriter::responsesJson() const
{
    json responses = json::array();
    for (const FrameworkItem *item : m_framework.items()) {
        json response = responseJson(*item);
        if (!response.is_null())
            responses.push_back(std::move(response));
    }
    return responses;
}

// Null when nothing about the item is recorded (or, in a shared file, nothing that may be shared).
nlohmann::ordered_json ExchangeWriter::responseJson(const FrameworkItem &item) const
{
    Response response;
    for (const Response &r : m_record.responses) {
        if (r.itemId == item.id)
            response = r;
    }
    json checklist = json::array();
    for (const auto *entries : {&item.subtopics, &item.statements}) {
        for (const ChecklistEntry &entry : *entries) {
            for (const ChecklistStatus &status : m_record.checklist) {
                if (status.entryId == entry.id)
                    checklist.push_back(
                        {{"entry", utf8(entry.id)}, {"status", utf8(vocabulary::toText(status.status))}});
            }
        }
    }
    json evidence = json::array();
    for (const Evidence &e : m_record.evidence) {
        if (e.itemId == item.id && !m_share)
            evidence.push_back(evidenceJson(e));
    }
    const QString rationale = m_share ? QString() : response.rationale;
    const QString dissent = m_share ? QString() : response.dissent;
    const bool explained = !m_share && (response.changeReason || !response.changeNote.isEmpty());
    const bool recorded = response.rating.score || response.rating.notApplicable || response.target
                          || response.confidence || !rationale.isEmpty() || !dissent.isEmpty() || !evidence.empty()
                          || !checklist.empty() || explained;
    if (!recorded)
        return {};

    json entry;
    entry["item"] = utf8(item.id);
    entry["score"] = optionalInt(response.rating.score);
    entry["notApplicable"] = response.rating.notApplicable;
    entry["target"] = optionalInt(response.target);
    entry["confidence"] = response.confidence ? json(utf8(vocabulary::toText(*response.confidence))) : json();
    if (!m_share) {
        entry["rationale"] = utf8(rationale);
        if (!dissent.isEmpty())
            entry["dissent"] = utf8(dissent);
        if (response.changeReason)
            entry["changeReason"] = utf8(vocabulary::toText(*response.changeReason));
        if (!response.changeNote.isEmpty())
            entry["changeNote"] = utf8(response.changeNote);
        entry["evidence"] = std::move(evidence);
    }
    entry["checklist"] = std::move(checklist);
    return entry;
}

nlohmann::ordered_json ExchangeWriter::evidenceJson(const Evidence &evidence) const
{
    json entry;
    entry["kind"] = utf8(vocabulary::toText(evidence.kind));
    entry["title"] = utf8(evidence.title);
    if (evidence.kind == EvidenceKind::Note)
        entry["text"] = utf8(evidence.text);
    else if (evidence.kind == EvidenceKind::Link)
        entry["url"] = utf8(evidence.text);
    entry["confidential"] = evidence.confidential;
    if (evidence.kind == EvidenceKind::File) {
        entry["file"] = {{"name", utf8(evidence.fileName)},
                         {"mimeType", utf8(evidence.mimeType)},
                         {"size", evidence.size},
                         {"sha256", utf8(evidence.sha256)},
                         {"base64", evidence.content.toBase64().toStdString()}};
    }
    if (evidence.createdAt.isValid())
        entry["createdAt"] = utf8(evidence.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return entry;
}

nlohmann::ordered_json ExchangeWriter::actionJson(const Action &action) const
{
    json entry;
    entry["item"] = utf8(action.itemId);
    entry["text"] = utf8(action.text);
    entry["owner"] = utf8(action.owner);
    entry["due"] = action.due.isValid() ? json(utf8(action.due.toString(Qt::ISODate))) : json();
    entry["status"] = utf8(vocabulary::toText(action.status));
    if (action.review)
        entry["review"] = utf8(vocabulary::toText(*action.review));
    return entry;
}

} // namespace iamm
