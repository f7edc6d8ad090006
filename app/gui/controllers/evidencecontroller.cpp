// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/evidencecontroller.h"

#include "controllers/itemnavigator.h"
#include "controllers/openassessment.h"
#include "controllers/savestatus.h"
#include "common/iammerror.h"
#include "store/assessmentstore.h"
#include "store/changefeed.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace iamm::gui {

EvidenceController::EvidenceController(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent)
    : QObject(parent)
    , m_open(open)
    , m_navigator(navigator)
    , m_model(new EvidenceListModel(this))
{
    connect(m_navigator, &ItemNavigator::currentItemChanged, this, &EvidenceController::showCurrentItem);
}

EvidenceController::~EvidenceController() = default;

void EvidenceController::open(iamm::AssessmentStore &store, const QList<iamm::Evidence> &evidence)
{
    disconnect(m_changes);
    m_model->setAll(evidence);
    m_changes = connect(&store.changes(), &iamm::ChangeFeed::evidenceChanged, this, &EvidenceController::refresh);
}

void EvidenceController::close()
{
    disconnect(m_changes);
    m_model->showItem({});
}

void EvidenceController::refresh(const QString &assessmentId)
{
    if (assessmentId != m_open.info.id || !m_open.store)
        return;
    try {
        m_model->setAll(m_open.store->evidence(assessmentId));
    } catch (const iamm::IammError &error) {
        m_open.status->reportFailure(error.message(), tr("Not refreshed"));
    }
}

void EvidenceController::showCurrentItem()
{
    m_model->showItem(m_navigator->itemId());
}

bool EvidenceController::add(const std::function<qint64()> &insert)
{
    return m_open.write([&] {
        const qint64 id = insert();
        m_model->add(m_open.store->evidenceItem(id, false));
    });
}

bool EvidenceController::addNote(const QString &title, const QString &text, bool confidential)
{
    return add([&] { return m_open.store->addNote(m_open.info.id, m_navigator->itemId(), title, text, confidential); });
}

bool EvidenceController::addLink(const QString &title, const QString &url, bool confidential)
{
    return add([&] {
        return m_open.store->addLink(m_open.info.id, m_navigator->itemId(), title, url.trimmed(), confidential);
    });
}

bool EvidenceController::addFile(const QString &title, const QUrl &file, bool confidential)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString shownTitle = title.trimmed().isEmpty() ? QFileInfo(path).fileName() : title;
    return add(
        [&] { return m_open.store->addFile(m_open.info.id, m_navigator->itemId(), shownTitle, path, confidential); });
}

bool EvidenceController::removeEvidence(qint64 evidenceId)
{
    if (!m_open.write([&] { m_open.store->removeEvidence(evidenceId); }))
        return false;
    m_model->remove(evidenceId);
    return true;
}

bool EvidenceController::openEvidence(qint64 evidenceId)
{
    const iamm::Evidence *evidence = m_model->find(evidenceId);
    if (!evidence)
        return false;
    if (evidence->kind == iamm::EvidenceKind::Link)
        return openUrl(QUrl(evidence->text));
    if (evidence->kind != iamm::EvidenceKind::File)
        return false;
    return openFile(evidenceId);
}

bool EvidenceController::openFile(qint64 evidenceId)
{
    iamm::Evidence withContent;
    if (!m_open.write([&] { withContent = m_open.store->evidenceItem(evidenceId, true); }))
        return false;
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    const QString directory = m_openedFiles->filePath(QString::number(evidenceId));
    QDir().mkpath(directory);
    QFile copy(QDir(directory).filePath(QFileInfo(withContent.fileName).fileName()));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(withContent.content) != withContent.content.size()) {
        m_open.status->reportFailure(
            tr("%1: cannot write a copy to open it: %2").arg(copy.fileName(), copy.errorString()));
        return false;
    }
    copy.close();
    return openUrl(QUrl::fromLocalFile(copy.fileName()));
}

bool EvidenceController::openUrl(const QUrl &url)
{
    if (QDesktopServices::openUrl(url))
        return true;
    m_open.status->reportFailure(tr("No application could open %1").arg(url.toDisplayString()));
    return false;
}

} // namespace iamm::gui
