// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/peercomparisoncontroller.h"

#include "store/assessmentstore.h"
#include "peers/gapanalysis.h"
#include "report/gapreportwriter.h"
#include "report/reportrounds.h"
#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "controllers/languagecontroller.h"
#include "controllers/savestatus.h"
#include "framework/frameworkregistry.h"
#include "qmlsupport/statenames.h"
#include "exchange/tableexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QStandardPaths>

namespace iamm::gui {

namespace {

QVariantMap comparisonValues(const iamm::PeerComparison &comparison)
{
    const std::optional<iamm::PeerSpread> &peer = comparison.peer;
    return {{QStringLiteral("hasPeers"), peer.has_value()},
            {QStringLiteral("peerCount"), peer ? peer->n : 0},
            {QStringLiteral("peerMin"), peer ? peer->min : 0.0},
            {QStringLiteral("peerQ1"), peer ? peer->q1 : 0.0},
            {QStringLiteral("peerMedian"), peer ? peer->median : 0.0},
            {QStringLiteral("peerQ3"), peer ? peer->q3 : 0.0},
            {QStringLiteral("peerMax"), peer ? peer->max : 0.0},
            {QStringLiteral("percentileRank"), comparison.percentileRank.value_or(-1.0)},
            {QStringLiteral("gapToMedian"), comparison.gapToMedian.value_or(0.0)},
            {QStringLiteral("hasGapToMedian"), comparison.gapToMedian.has_value()}};
}

} // namespace

PeerComparisonController::PeerComparisonController(SaveStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_minPeers(iamm::GapAnalysis::defaultMinPeers)
    , m_itemModel(new GapItemModel(this))
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool PeerComparisonController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        recompute();
    return QObject::eventFilter(watched, event);
}

iamm::Framework PeerComparisonController::shownFramework() const
{
    const iamm::Framework &stored = m_store->frameworkOf(m_result->assessment.id);
    return m_frameworks ? m_frameworks->translated(stored, LanguageController::installedCode()) : stored;
}

void PeerComparisonController::setSources(iamm::AssessmentStore *store, iamm::PeerGroupCatalog *catalog,
                                          const iamm::FrameworkRegistry *frameworks)
{
    m_store = store;
    m_catalog = catalog;
    m_frameworks = frameworks;
}

void PeerComparisonController::setSubject(const QString &stateCode, const QString &assessmentId)
{
    m_stateCode = stateCode;
    m_assessmentId = assessmentId;
    const QString group = assessmentId.isEmpty() ? QString() : defaultGroupFor(stateCode);
    if (group != m_groupId) {
        m_groupId = group;
        emit groupIdChanged();
    }
    recompute();
}

void PeerComparisonController::groupsChanged()
{
    bool known = false;
    try {
        known = m_catalog && !m_groupId.isEmpty() && !m_catalog->group(m_groupId).id.isEmpty();
    } catch (const iamm::IammError &) {
        known = false;
    }
    if (!known && !m_assessmentId.isEmpty()) {
        m_groupId = defaultGroupFor(m_stateCode);
        emit groupIdChanged();
    }
    recompute();
}

void PeerComparisonController::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    emit groupIdChanged();
    recompute();
}

void PeerComparisonController::setMinPeers(int minPeers)
{
    if (minPeers == m_minPeers || minPeers < 1)
        return;
    m_minPeers = minPeers;
    emit minPeersChanged();
    recompute();
}

QString PeerComparisonController::groupName() const
{
    return m_result ? m_result->groupName : QString();
}

bool PeerComparisonController::subjectIsMember() const
{
    return !m_result || m_result->subjectIsMember;
}

QString PeerComparisonController::stateName() const
{
    return m_stateCode.isEmpty() ? QString() : displayStateName(m_stateCode);
}

QString PeerComparisonController::assessmentDate() const
{
    return m_result ? m_result->assessment.date.toString(Qt::ISODate) : QString();
}

bool PeerComparisonController::isDraft() const
{
    return m_result && !m_result->assessment.isFinal();
}

int PeerComparisonController::scaleMin() const
{
    return m_result ? m_framework->scale.min : 0;
}

int PeerComparisonController::scaleMax() const
{
    return m_result ? m_framework->scale.max : 4;
}

QVariantMap PeerComparisonController::summaryOf(const iamm::SectionGap &gap, const QString &title) const
{
    QVariantMap values = comparisonValues(gap.comparison);
    values.insert(QStringLiteral("id"), gap.id);
    values.insert(QStringLiteral("title"), title);
    values.insert(QStringLiteral("score"), gap.score.value_or(-1.0));
    return values;
}

double PeerComparisonController::meanTarget(const QString &sectionId) const
{
    double sum = 0;
    int count = 0;
    for (const iamm::ItemGap &item : m_result->items) {
        if (sectionId.isEmpty() || item.sectionId == sectionId) {
            sum += item.target;
            ++count;
        }
    }
    return count ? sum / count : -1;
}

QVariantList PeerComparisonController::summaries() const
{
    if (!m_result)
        return {};
    QVariantMap overall = summaryOf(m_result->overall, tr("All items"));
    overall.insert(QStringLiteral("target"), meanTarget({}));
    QVariantList list{overall};
    for (const iamm::SectionGap &section : m_result->sections) {
        QString title = section.id;
        for (const iamm::FrameworkSection &known : m_framework->sections) {
            if (known.id == section.id)
                title = tr("%1 (%2)").arg(known.title, known.id);
        }
        QVariantMap values = summaryOf(section, title);
        values.insert(QStringLiteral("target"), meanTarget(section.id));
        list.append(values);
    }
    return list;
}

QVariantList PeerComparisonController::peersUsed() const
{
    QVariantList list;
    if (!m_result)
        return list;
    for (const iamm::PeerUsed &peer : m_result->peers)
        list.append(QVariantMap{{QStringLiteral("code"), peer.stateCode},
                                {QStringLiteral("name"), displayStateName(peer.stateCode)},
                                {QStringLiteral("date"), peer.date.toString(Qt::ISODate)}});
    return list;
}

QVariantList PeerComparisonController::missingPeers() const
{
    QVariantList list;
    if (!m_result)
        return list;
    for (const QString &code : m_result->missingPeers)
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), displayStateName(code)}});
    return list;
}

QString PeerComparisonController::defaultGroupFor(const QString &stateCode) const
{
    if (!m_catalog)
        return {};
    try {
        const QStringList memberOf = m_catalog->groupsOf(stateCode);
        for (const QString &id : memberOf) {
            if (m_catalog->group(id).shipped)
                return id;
        }
        if (!memberOf.isEmpty())
            return memberOf.constFirst();
        const QList<iamm::PeerGroup> all = m_catalog->groups();
        return all.isEmpty() ? QString() : all.constFirst().id;
    } catch (const iamm::IammError &) {
        return {};
    }
}

void PeerComparisonController::recompute()
{
    m_result.reset();
    m_problem.clear();
    if (!m_store || !m_catalog) {
        m_problem = tr("The peer groups are not available.");
    } else if (m_assessmentId.isEmpty()) {
        m_problem = tr("Open an assessment to compare it with its peers.");
    } else if (m_groupId.isEmpty()) {
        m_problem = tr("Choose a peer group.");
    } else {
        try {
            m_result = iamm::GapAnalysis::run(*m_store, *m_catalog, m_stateCode, m_groupId, m_assessmentId, m_minPeers);
        } catch (const iamm::IammError &error) {
            m_problem = error.message();
        }
    }
    // The item model moves to the new texts before the old ones are released.
    const std::shared_ptr<const iamm::Framework> previous = std::move(m_framework);
    if (m_result) {
        m_framework = std::make_shared<const iamm::Framework>(shownFramework());
        m_itemModel->reset(m_result->items, m_framework.get());
    } else {
        m_itemModel->clear();
    }
    emit resultChanged();
}

QUrl PeerComparisonController::suggestedFile(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = suffix == QLatin1String("pdf")
                             ? QStringLiteral("%1-%2-gap-report.pdf").arg(m_stateCode, m_groupId)
                             : QStringLiteral("%1-%2-table.%3").arg(m_stateCode, m_groupId, suffix);
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

bool PeerComparisonController::runExport(const std::function<void(const QString &path)> &write, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    try {
        if (path.isEmpty())
            throw iamm::IammError(tr("no file chosen"));
        write(path);
    } catch (const iamm::IammError &error) {
        m_status->reportFailure(error.message(), tr("Not exported"));
        return false;
    }
    return true;
}

bool PeerComparisonController::exportPdf(const QUrl &file, const QString &paper, bool includeEvidence,
                                         bool nameContributors, bool includeNotes)
{
    return runExport(
        [&](const QString &path) {
            if (!m_result)
                throw iamm::IammError(m_problem);
            iamm::GapReportWriter::Options options;
            options.paper = paper;
            options.includeEvidence = includeEvidence;
            options.nameContributors = nameContributors;
            options.includeNotes = includeNotes;
            options.rounds = iamm::ReportRounds::load(*m_store, m_result->assessment.id);
            const iamm::AssessmentRecord subject = m_store->record(m_result->assessment.id, false);
            iamm::GapReportWriter::writePdf(*m_result, *m_framework, subject, m_catalog->group(m_groupId), options,
                                            path);
        },
        file);
}

bool PeerComparisonController::exportTable(const QUrl &file)
{
    return runExport(
        [&](const QString &path) {
            const QString format = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                                              : QStringLiteral("csv");
            if (!m_result)
                throw iamm::IammError(m_problem);
            iamm::TableExporter::write(*m_store, m_catalog->group(m_groupId),
                                       m_store->frameworkOf(m_result->assessment.id), format, path);
        },
        file);
}

} // namespace iamm::gui
