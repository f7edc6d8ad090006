// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/tallycontroller.h"

#include "common/iammerror.h"
#include "controllers/assessmentsession.h"
#include "store/assessmentstore.h"

namespace iamm::gui {

TallyController::TallyController(QObject *parent)
    : QObject(parent)
    , m_model(new TallyModel(this))
{
    connect(m_model, &TallyModel::dirtyChanged, this, &TallyController::dirtyChanged);
}

void TallyController::setSession(AssessmentSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    emit sessionChanged();
    load();
}

void TallyController::load()
{
    const OpenAssessment *open = m_session ? &m_session->openAssessment() : nullptr;
    if (!open || !open->isOpen()) {
        m_model->reset({}, {});
        return;
    }
    m_model->reset(*open->framework, open->store->contributions(open->info.id));
}

bool TallyController::save()
{
    if (!m_session || !m_session->isOpen())
        return false;
    const OpenAssessment &open = m_session->openAssessment();
    QList<iamm::Contribution> rows = m_model->changedRows();
    for (iamm::Contribution &row : rows)
        row.source = QStringLiteral("paper worksheet");
    try {
        iamm::AssessmentStore::Batch batch(*open.store);
        open.store->replaceContributions(open.info.id, rows);
        for (const QString &name : m_model->namesToRemove())
            open.store->removeContribution(open.info.id, name);
        batch.commit();
    } catch (const iamm::IammError &error) {
        open.status->reportFailure(error.message(), tr("Views not saved"));
        return false;
    }
    open.status->reportSaved();
    load();
    m_session->reloadContributions();
    return true;
}

} // namespace iamm::gui
