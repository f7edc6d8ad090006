// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeprobe.h"

#include "testsupport.h"

#include "exchange/assessmentexchange.h"
#include "store/assessmentstore.h"
#include "peers/gapanalysis.h"
#include "peers/peergroupcatalog.h"
#include "qmlsupport/qmlwarningrecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QVariantMap figures(const std::optional<double> &score, const iamm::PeerComparison &comparison)
{
    return {{QStringLiteral("score"), score.value_or(-1.0)},
            {QStringLiteral("hasPeers"), comparison.peer.has_value()},
            {QStringLiteral("peerMedian"), comparison.peer ? comparison.peer->median : -1.0},
            {QStringLiteral("peerCount"), comparison.peer ? comparison.peer->n : 0}};
}

} // namespace

StoreProbe::StoreProbe(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{}

QVariantMap StoreProbe::response(const QString &assessmentId, const QString &itemId) const
{
    const iamm::Response r = iamm::AssessmentStore(m_databasePath).response(assessmentId, itemId);
    return {{QStringLiteral("score"), r.rating.score.value_or(-1)},
            {QStringLiteral("notApplicable"), r.rating.notApplicable},
            {QStringLiteral("target"), r.target.value_or(-1)},
            {QStringLiteral("confidence"), iamm::vocabulary::toText(r.confidence)},
            {QStringLiteral("rationale"), r.rationale},
            {QStringLiteral("dissent"), r.dissent}};
}

QString StoreProbe::checklistStatus(const QString &assessmentId, const QString &entryId) const
{
    for (const iamm::ChecklistStatus &status : iamm::AssessmentStore(m_databasePath).checklist(assessmentId)) {
        if (status.entryId == entryId)
            return iamm::vocabulary::toText(status.status);
    }
    return {};
}

QVariantList StoreProbe::evidence(const QString &assessmentId, const QString &itemId) const
{
    QVariantList list;
    for (const iamm::Evidence &e : iamm::AssessmentStore(m_databasePath).evidence(assessmentId, itemId)) {
        list.append(QVariantMap{{QStringLiteral("kind"), iamm::vocabulary::toText(e.kind)},
                                {QStringLiteral("title"), e.title},
                                {QStringLiteral("text"), e.text}});
    }
    return list;
}

QVariantList StoreProbe::actions(const QString &assessmentId, const QString &itemId) const
{
    QVariantList list;
    for (const iamm::Action &a : iamm::AssessmentStore(m_databasePath).actions(assessmentId, itemId)) {
        list.append(QVariantMap{{QStringLiteral("text"), a.text},
                                {QStringLiteral("owner"), a.owner},
                                {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
                                {QStringLiteral("status"), iamm::vocabulary::toText(a.status)}});
    }
    return list;
}

int StoreProbe::assessmentCount() const
{
    return int(iamm::AssessmentStore(m_databasePath).assessments().size());
}

bool StoreProbe::hasAssessment(const QString &assessmentId) const
{
    return iamm::AssessmentStore(m_databasePath).hasAssessment(assessmentId);
}

QString StoreProbe::status(const QString &assessmentId) const
{
    return iamm::vocabulary::toText(iamm::AssessmentStore(m_databasePath).assessment(assessmentId).status);
}

void StoreProbe::setStatus(const QString &assessmentId, const QString &status) const
{
    iamm::AssessmentStore(m_databasePath)
        .setStatus(assessmentId, iamm::vocabulary::require<iamm::AssessmentStatus>(status));
}

QUrl StoreProbe::writeTempFile(const QString &name, const QString &content)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
        return {};
    return QUrl::fromLocalFile(file.fileName());
}

QStringList StoreProbe::takeQmlWarnings() const
{
    return iamm::gui::QmlWarningRecorder::takeWarnings();
}

bool StoreProbe::isFolder(const QString &path) const
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

QVariantList StoreProbe::auditLog(const QString &assessmentId) const
{
    QVariantList entries;
    for (const iamm::AuditEntry &entry : iamm::AssessmentStore(m_databasePath).auditLog(assessmentId))
        entries.append(QVariantMap{{QStringLiteral("entity"), entry.entity},
                                   {QStringLiteral("key"), entry.entityKey},
                                   {QStringLiteral("field"), entry.field},
                                   {QStringLiteral("oldValue"), entry.oldValue},
                                   {QStringLiteral("newValue"), entry.newValue}});
    return entries;
}

QVariantList StoreProbe::team(const QString &assessmentId) const
{
    QVariantList members;
    for (const iamm::TeamMember &member : iamm::AssessmentStore(m_databasePath).assessment(assessmentId).team)
        members.append(QVariantMap{{QStringLiteral("name"), member.name},
                                   {QStringLiteral("agency"), member.agency},
                                   {QStringLiteral("role"), member.role}});
    return members;
}

QStringList StoreProbe::moduleQmlTypes() const
{
    QStringList types;
    for (const QString &file : QDir(QStringLiteral(":/qt/qml/Iamm")).entryList({QStringLiteral("*.qml")}, QDir::Files))
        types << file.chopped(4);
    return types;
}

QUrl StoreProbe::tempFileUrl(const QString &name) const
{
    return QUrl::fromLocalFile(m_files.filePath(name));
}

QString StoreProbe::fileHead(const QUrl &file, int length) const
{
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(in.read(length));
}

QUrl StoreProbe::exchangeFixture(const QString &name) const
{
    return QUrl::fromLocalFile(iamm::test::fixture(QStringLiteral("exchange/") + name));
}

QUrl StoreProbe::exportAssessment(const QString &assessmentId, const QString &name, bool share)
{
    iamm::AssessmentExchange::ExportOptions options;
    options.share = share;
    const QByteArray bytes = iamm::AssessmentExchange::exportAssessment(iamm::AssessmentStore(m_databasePath),
                                                                        assessmentId, options);
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return QUrl::fromLocalFile(file.fileName());
}

QVariantMap StoreProbe::gapAnalysis(const QString &assessmentId, const QString &groupId, int minPeers) const
{
    iamm::AssessmentStore store(m_databasePath);
    const iamm::PeerGroupCatalog groups(store);
    const QString state = store.assessment(assessmentId).stateCode;
    const iamm::GapResult result = iamm::GapAnalysis::run(store, groups, state, groupId, assessmentId, minPeers);
    QVariantMap values{{QStringLiteral("overall"), figures(result.overall.score, result.overall.comparison)}};
    for (const iamm::SectionGap &section : result.sections)
        values.insert(section.id, figures(section.score, section.comparison));
    QVariantMap items;
    for (const iamm::ItemGap &item : result.items) {
        const std::optional<double> score = item.score ? std::optional<double>(*item.score) : std::nullopt;
        items.insert(item.id, figures(score, item.comparison));
    }
    values.insert(QStringLiteral("items"), items);
    QStringList peers;
    for (const iamm::PeerUsed &peer : result.peers)
        peers << peer.stateCode;
    values.insert(QStringLiteral("peers"), peers);
    return values;
}

QString StoreProbe::fingerprint() const
{
    return QString::fromLatin1(iamm::test::databaseFingerprint(m_databasePath));
}
