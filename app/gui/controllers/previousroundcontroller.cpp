// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/previousroundcontroller.h"

#include "assessment/vocabulary.h"
#include "common/iammerror.h"
#include "controllers/assessmentsession.h"
#include "controllers/autosavequeue.h"
#include "rounds/changereasons.h"
#include "store/assessmentstore.h"

#include <QLocale>
#include <QPointer>

namespace iamm::gui {

namespace {

QString noteKey(const QString &itemId)
{
    return QStringLiteral("change-note/") + itemId;
}

} // namespace

PreviousRoundController::PreviousRoundController(QObject *parent)
    : QObject(parent)
{}

void PreviousRoundController::setSession(AssessmentSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AssessmentSession::assessmentChanged, this, &PreviousRoundController::load);
        connect(m_session->navigator(), &ItemNavigator::currentItemChanged, this,
                &PreviousRoundController::itemChanged);
        connect(m_session->response(), &ResponseEditor::ratingsChanged, this, &PreviousRoundController::itemChanged);
        connect(m_session->response(), &ResponseEditor::storedShown, this,
                &PreviousRoundController::showStoredExplanation);
    }
    load();
    emit sessionChanged();
}

void PreviousRoundController::load()
{
    m_comparison.reset();
    m_explanations.clear();
    if (m_session && m_session->isOpen()) {
        const OpenAssessment &open = m_session->openAssessment();
        try {
            m_comparison = iamm::RoundComparison::againstPrevious(*open.store, open.info.id);
        } catch (const iamm::IammError &error) {
            open.status->reportFailure(error.message(), tr("Previous round not shown"));
        }
        for (const ItemListModel::Row &row : m_session->navigator()->items()->rows())
            m_explanations.insert(row.item->id, {row.response.changeReason, row.response.changeNote});
    }
    emit roundChanged();
    emit itemChanged();
}

void PreviousRoundController::showStoredExplanation(const QString &itemId)
{
    const ItemListModel *items = m_session->navigator()->items();
    const int row = items->rowOf(itemId);
    if (row < 0 || m_session->openAssessment().autosave->isPending(noteKey(itemId)))
        return;
    const iamm::Response &stored = items->row(row).response;
    m_explanations.insert(itemId, {stored.changeReason, stored.changeNote});
    emit itemChanged();
}

QString PreviousRoundController::currentItemId() const
{
    return m_session ? m_session->navigator()->itemId() : QString();
}

const iamm::ItemComparison *PreviousRoundController::previousOfCurrent() const
{
    return m_comparison ? m_comparison->item(currentItemId()) : nullptr;
}

iamm::ItemChange PreviousRoundController::currentChange() const
{
    const iamm::ItemComparison *item = previousOfCurrent();
    const ItemListModel::Row *row = m_session ? m_session->navigator()->currentRow() : nullptr;
    if (!item || !row)
        return iamm::ItemChange::between({}, {});
    return iamm::ItemChange::between(item->previous, row->response.rating);
}

QString PreviousRoundController::previousTitle() const
{
    return m_comparison ? m_comparison->previous.title : QString();
}

QString PreviousRoundController::previousDate() const
{
    return m_comparison ? QLocale().toString(m_comparison->previous.date, QLocale::ShortFormat) : QString();
}

QString PreviousRoundController::previousRating() const
{
    const iamm::ItemComparison *item = previousOfCurrent();
    if (!item)
        return {};
    if (item->previous.notApplicable)
        return tr("N/A");
    if (!item->previous.score)
        return tr("Not assessed");
    const iamm::Scale &scale = m_session->openAssessment().framework->scale;
    for (const iamm::ScaleLevel &level : scale.levels) {
        if (level.value == *item->previous.score)
            return tr("%1 %2").arg(level.value).arg(level.label);
    }
    return QString::number(*item->previous.score);
}

QString PreviousRoundController::previousRationale() const
{
    const iamm::ItemComparison *item = previousOfCurrent();
    return item ? item->previousRationale : QString();
}

QString PreviousRoundController::changeText() const
{
    return previousOfCurrent() ? currentChange().displayText() : QString();
}

bool PreviousRoundController::changed() const
{
    return previousOfCurrent() && currentChange().isChange();
}

QString PreviousRoundController::reason() const
{
    const std::optional<iamm::ChangeReason> reason = m_explanations.value(currentItemId()).reason;
    return reason ? iamm::vocabulary::toText(*reason) : QString();
}

QString PreviousRoundController::note() const
{
    return m_explanations.value(currentItemId()).note;
}

QVariantList PreviousRoundController::reasons() const
{
    QVariantList list;
    for (const iamm::ChangeReason reason : {iamm::ChangeReason::Performance, iamm::ChangeReason::Evidence,
                                            iamm::ChangeReason::Method, iamm::ChangeReason::Other}) {
        list.append(QVariantMap{{QStringLiteral("value"), iamm::vocabulary::toText(reason)},
                                {QStringLiteral("title"), iamm::ChangeReasons::title(reason)},
                                {QStringLiteral("meaning"), iamm::ChangeReasons::meaning(reason)}});
    }
    return list;
}

bool PreviousRoundController::setReason(const QString &reason)
{
    const QString item = currentItemId();
    if (!m_session || !m_session->isOpen() || item.isEmpty())
        return false;
    std::optional<iamm::ChangeReason> parsed;
    const OpenAssessment &open = m_session->openAssessment();
    const bool written = open.write([&] {
        if (!reason.isEmpty())
            parsed = iamm::ChangeReasons::parse(reason);
        m_session->response()->save(item, {.changeReason = parsed});
    });
    if (written) {
        m_explanations[item].reason = parsed;
        emit itemChanged();
    }
    return written;
}

void PreviousRoundController::editNote(const QString &text)
{
    const QString item = currentItemId();
    if (!m_session || !m_session->isOpen() || item.isEmpty() || m_explanations.value(item).note == text)
        return;
    const QPointer<ResponseEditor> editor(m_session->response());
    m_explanations[item].note = text;
    m_session->openAssessment().autosave->schedule(noteKey(item), [editor, item, text] {
        if (editor)
            editor->save(item, {.changeNote = text});
    });
}

} // namespace iamm::gui
