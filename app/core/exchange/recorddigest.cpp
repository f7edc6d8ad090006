// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recorddigest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace iamm {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject ratingJson(const Rating &rating)
{
    return {{QStringLiteral("score"), optionalJson(rating.score)}, {QStringLiteral("na"), rating.notApplicable}};
}

template<typename T, typename F> QJsonArray arrayOf(const QList<T> &list, F toJson)
{
    QJsonArray array;
    for (const T &value : list)
        array.append(toJson(value));
    return array;
}

QJsonObject infoJson(const AssessmentInfo &info)
{
    const QJsonArray team = arrayOf(info.team, [](const TeamMember &m) {
        return QJsonObject{{QStringLiteral("name"), m.name},
                           {QStringLiteral("agency"), m.agency},
                           {QStringLiteral("role"), m.role}};
    });
    return {{QStringLiteral("id"), info.id},
            {QStringLiteral("state"), info.stateCode},
            {QStringLiteral("framework"), info.frameworkId},
            {QStringLiteral("frameworkVersion"), info.frameworkVersion},
            {QStringLiteral("frameworkHash"), info.frameworkHash},
            {QStringLiteral("title"), info.title},
            {QStringLiteral("date"), info.date.toString(Qt::ISODate)},
            {QStringLiteral("status"), vocabulary::toText(info.status)},
            {QStringLiteral("team"), team},
            {QStringLiteral("createdAt"), timeJson(info.createdAt)},
            {QStringLiteral("updatedAt"), timeJson(info.updatedAt)},
            {QStringLiteral("scored"), info.scoredCount},
            {QStringLiteral("notApplicable"), info.notApplicableCount},
            {QStringLiteral("previous"), info.previousAssessmentId}};
}

QJsonObject responseJson(const Response &r)
{
    return {{QStringLiteral("item"), r.itemId},
            {QStringLiteral("rating"), ratingJson(r.rating)},
            {QStringLiteral("target"), optionalJson(r.target)},
            {QStringLiteral("confidence"), vocabulary::toText(r.confidence)},
            {QStringLiteral("rationale"), r.rationale},
            {QStringLiteral("dissent"), r.dissent},
            {QStringLiteral("changeReason"), vocabulary::toText(r.changeReason)},
            {QStringLiteral("changeNote"), r.changeNote},
            {QStringLiteral("updatedAt"), timeJson(r.updatedAt)}};
}

QJsonObject evidenceJson(const Evidence &e)
{
    const QString contentHash = e.kind == EvidenceKind::File ? QString::fromLatin1(
                                    QCryptographicHash::hash(e.content, QCryptographicHash::Sha256).toHex())
                                                             : QString();
    return {{QStringLiteral("item"), e.itemId},
            {QStringLiteral("kind"), vocabulary::toText(e.kind)},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("text"), e.text},
            {QStringLiteral("confidential"), e.confidential},
            {QStringLiteral("fileName"), e.fileName},
            {QStringLiteral("mimeType"), e.mimeType},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("sha256"), e.sha256},
            {QStringLiteral("contentSha256"), contentHash},
            {QStringLiteral("createdAt"), timeJson(e.createdAt)}};
}

QJsonObject contributionJson(const Contribution &c)
{
    const QJsonArray views = arrayOf(c.views, [](const ContributionView &v) {
        return QJsonObject{{QStringLiteral("item"), v.itemId},
                           {QStringLiteral("rating"), ratingJson(v.rating)},
                           {QStringLiteral("comment"), v.comment}};
    });
    return {{QStringLiteral("participant"), c.participant},
            {QStringLiteral("agency"), c.agency},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("createdAt"), timeJson(c.createdAt)},
            {QStringLiteral("views"), views}};
}

QJsonObject auditJson(const AuditEntry &a)
{
    return {{QStringLiteral("assessment"), a.assessmentId},
            {QStringLiteral("entity"), a.entity},
            {QStringLiteral("key"), a.entityKey},
            {QStringLiteral("field"), a.field},
            {QStringLiteral("old"), a.oldValue},
            {QStringLiteral("new"), a.newValue},
            {QStringLiteral("changedAt"), timeJson(a.changedAt)},
            {QStringLiteral("changedBy"), a.changedBy}};
}

QJsonObject workshopJson(const AssessmentRecord &record)
{
    return {{QStringLiteral("contributions"), arrayOf(record.contributions, contributionJson)},
            {QStringLiteral("facilitatorNotes"), arrayOf(record.facilitatorNotes,
                                                         [](const FacilitatorNote &n) {
                                                             return QJsonObject{
                                                                 {QStringLiteral("item"), n.itemId},
                                                                 {QStringLiteral("text"), n.text},
                                                                 {QStringLiteral("updatedAt"), timeJson(n.updated)}};
                                                         })},
            {QStringLiteral("parkingLot"), arrayOf(record.parkingLot,
                                                   [](const ParkedQuestion &q) {
                                                       return QJsonObject{
                                                           {QStringLiteral("item"), q.itemId},
                                                           {QStringLiteral("text"), q.text},
                                                           {QStringLiteral("done"), q.done},
                                                           {QStringLiteral("createdAt"), timeJson(q.created)},
                                                           {QStringLiteral("doneAt"), timeJson(q.doneAt)}};
                                                   })},
            {QStringLiteral("agenda"), arrayOf(record.agenda, [](const AgendaSession &s) {
                 return QJsonObject{{QStringLiteral("title"), s.title},
                                    {QStringLiteral("first"), s.firstItem},
                                    {QStringLiteral("last"), s.lastItem},
                                    {QStringLiteral("minutes"), s.minutes}};
             })}};
}

} // namespace

RecordDigest::RecordDigest(const QList<AssessmentRecord> &records)
{
    for (const AssessmentRecord &record : records) {
        for (qsizetype i = 0; i < record.actions.size(); ++i)
            m_actionPlaces.insert(record.actions.at(i).id, QStringLiteral("%1#%2").arg(record.info.id).arg(i + 1));
    }
}

QJsonObject RecordDigest::canonical(const AssessmentRecord &record) const
{
    return {{QStringLiteral("assessment"), infoJson(record.info)},
            {QStringLiteral("responses"), arrayOf(record.responses, responseJson)},
            {QStringLiteral("checklist"), arrayOf(record.checklist,
                                                  [](const ChecklistStatus &c) {
                                                      return QJsonObject{
                                                          {QStringLiteral("entry"), c.entryId},
                                                          {QStringLiteral("item"), c.itemId},
                                                          {QStringLiteral("status"), vocabulary::toText(c.status)}};
                                                  })},
            {QStringLiteral("evidence"), arrayOf(record.evidence, evidenceJson)},
            {QStringLiteral("actions"), arrayOf(record.actions, [this](const Action &a) { return actionJson(a); })},
            {QStringLiteral("workshop"), workshopJson(record)},
            {QStringLiteral("auditLog"), arrayOf(record.auditLog, auditJson)}};
}

QString RecordDigest::sha256(const AssessmentRecord &record) const
{
    const QByteArray json = QJsonDocument(canonical(record)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

QJsonObject RecordDigest::actionJson(const Action &a) const
{
    return {{QStringLiteral("item"), a.itemId},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
            {QStringLiteral("status"), vocabulary::toText(a.status)},
            {QStringLiteral("carriedFrom"), m_actionPlaces.value(a.carriedFromActionId)},
            {QStringLiteral("review"), vocabulary::toText(a.review)},
            {QStringLiteral("createdAt"), timeJson(a.createdAt)},
            {QStringLiteral("updatedAt"), timeJson(a.updatedAt)}};
}

} // namespace iamm
