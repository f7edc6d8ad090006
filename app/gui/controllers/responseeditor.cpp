// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/responseeditor.h"

#include "assessment/edithistory.h"
#include "controllers/autosavequeue.h"
#include "controllers/itemnavigator.h"
#include "controllers/openassessment.h"
#include "controllers/savestatus.h"
#include "values/scalechoice.h"
#include "store/assessmentstore.h"
#include "store/changefeed.h"
#include "store/checklistconflict.h"
#include "store/editconflict.h"

#include <QPointer>

namespace iamm::gui {

namespace {

// The autosave queue's key for a text of an item.
QString pendingKey(bool rationale, const QString &itemId)
{
    return (rationale ? QStringLiteral("rationale/") : QStringLiteral("dissent/")) + itemId;
}

} // namespace

ResponseEditor::ResponseEditor(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent)
    : QObject(parent)
    , m_open(open)
    , m_navigator(navigator)
    , m_checklist(new ChecklistModel(this))
{
    connect(m_navigator, &ItemNavigator::currentItemChanged, this, &ResponseEditor::showCurrentItem);
}

ResponseEditor::~ResponseEditor() = default;

void ResponseEditor::open(iamm::AssessmentStore &store, const QString &assessmentId,
                          const QList<iamm::ChecklistStatus> &checklist)
{
    m_checklist->showItem(nullptr);
    m_checklist->setStatuses(checklist);
    m_history = std::make_unique<iamm::EditHistory>(store, assessmentId);
    m_changesConnection = connect(&store.changes(), &iamm::ChangeFeed::responseChanged, this,
                                  &ResponseEditor::refreshItem);
}

void ResponseEditor::close()
{
    disconnect(m_changesConnection);
    m_conflict = {};
    emit conflictChanged();
    m_history.reset();
    m_checklist->showItem(nullptr);
}

void ResponseEditor::showCurrentItem()
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    m_checklist->showItem(row ? row->item : nullptr);
    emit responseChanged();
}

QVariantList ResponseEditor::scaleLevels() const
{
    QVariantList levels;
    for (const iamm::ScaleLevel &level : m_open.framework->scale.levels) {
        levels.append(QVariant::fromValue(ScaleChoice{level.value, level.label, level.descriptor}));
    }
    return levels;
}

bool ResponseEditor::allowNotApplicable() const
{
    return m_open.framework->scale.allowNotApplicable;
}

QString ResponseEditor::notApplicableLabel() const
{
    return m_open.framework->scale.notApplicableLabel;
}

int ResponseEditor::scaleMax() const
{
    return m_open.framework->scale.max;
}

int ResponseEditor::score() const
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    return row && row->response.counts() ? *row->response.rating.score : -1;
}

bool ResponseEditor::notApplicable() const
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    return row && row->response.rating.notApplicable;
}

int ResponseEditor::target() const
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    return row ? row->response.target.value_or(-1) : -1;
}

QString ResponseEditor::confidence() const
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    return row ? iamm::vocabulary::toText(row->response.confidence) : QString();
}

QString ResponseEditor::rationale() const
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    return row ? row->response.rationale : QString();
}

QString ResponseEditor::dissent() const
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    return row ? row->response.dissent : QString();
}

bool ResponseEditor::canUndo() const
{
    return m_history && !m_open.info.isFinal() && m_history->canUndo();
}

bool ResponseEditor::canRedo() const
{
    return m_history && !m_open.info.isFinal() && m_history->canRedo();
}

bool ResponseEditor::undo()
{
    return canUndo() && revisit([this] { return m_history->undo(); }, false);
}

bool ResponseEditor::redo()
{
    return canRedo() && revisit([this] { return m_history->redo(); }, true);
}

bool ResponseEditor::revisit(const std::function<iamm::Edit()> &step, bool forward)
{
    iamm::Edit edit;
    if (!writeShowingNewer([&] { edit = step(); }))
        return false;
    m_navigator->goToItem(edit.itemId);
    if (edit.kind == iamm::Edit::Kind::Response)
        applyToRow(m_navigator->items()->rowOf(edit.itemId), forward ? edit.after : edit.before, edit.version);
    else
        m_checklist->setStatus(edit.entryId, iamm::vocabulary::toText(forward ? edit.statusAfter : edit.statusBefore));
    emit historyChanged();
    return true;
}

bool ResponseEditor::updateCurrent(const iamm::ResponseUpdate &update)
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    if (!row)
        return false;
    const QString item = row->item->id;
    iamm::ResponseUpdate checked = update;
    checked.expectedVersion = row->response.version;
    iamm::Edit edit;
    if (!writeShowingNewer([&] { edit = m_history->updateResponse(item, checked); }))
        return false;
    applyToRow(m_navigator->currentIndex(), update, edit.version);
    emit historyChanged();
    return true;
}

bool ResponseEditor::writeShowingNewer(const std::function<void()> &change)
{
    return m_open.write([&] { runShowingNewer(change); });
}

void ResponseEditor::runShowingNewer(const std::function<void()> &change)
{
    try {
        change();
    } catch (const iamm::EditConflict &conflict) {
        showStored(conflict.current());
        throw;
    } catch (const iamm::ChecklistConflict &) {
        m_checklist->replaceStatuses(m_open.store->checklist(m_open.info.id));
        throw;
    }
}

void ResponseEditor::save(const QString &itemId, iamm::ResponseUpdate update)
{
    ItemListModel *items = m_navigator->items();
    const int row = items->rowOf(itemId);
    update.expectedVersion = items->row(row).response.version;
    iamm::Response stored;
    runShowingNewer([&] { stored = m_open.store->updateResponse(m_open.info.id, itemId, update); });
    // Only the version: a text of the row typed meanwhile is still waiting to be written.
    iamm::Response shown = items->row(row).response;
    shown.version = stored.version;
    shown.updatedAt = stored.updatedAt;
    shown.updatedBy = stored.updatedBy;
    items->setResponse(row, shown);
}

void ResponseEditor::showStored(const iamm::Response &stored)
{
    const int row = m_navigator->items()->rowOf(stored.itemId);
    if (row < 0)
        return;
    m_navigator->items()->setResponse(row, stored);
    if (row == m_navigator->currentIndex())
        emit responseChanged();
    emit ratingsChanged();
    emit storedShown(stored.itemId);
}

void ResponseEditor::refreshItem(const QString &assessmentId, const QString &itemId)
{
    if (assessmentId != m_open.info.id || m_open.autosave->isPending(pendingKey(true, itemId))
        || m_open.autosave->isPending(pendingKey(false, itemId)))
        return;
    try {
        showStored(m_open.store->response(assessmentId, itemId));
        m_checklist->replaceStatuses(m_open.store->checklist(assessmentId));
    } catch (const iamm::IammError &error) {
        m_open.status->reportFailure(error.message(), tr("Not refreshed"));
    }
}

void ResponseEditor::applyToRow(int row, const iamm::ResponseUpdate &update, std::optional<int> version)
{
    ItemListModel *items = m_navigator->items();
    iamm::Response response = items->row(row).response;
    if (update.rating)
        response.rating = *update.rating;
    if (update.target)
        response.target = *update.target;
    if (update.confidence)
        response.confidence = *update.confidence;
    if (update.rationale)
        response.rationale = *update.rationale;
    if (update.dissent)
        response.dissent = *update.dissent;
    if (version)
        response.version = *version;
    items->setResponse(row, response);
    if (row == m_navigator->currentIndex())
        emit responseChanged();
    if (update.rating || update.target)
        emit ratingsChanged();
}

bool ResponseEditor::chooseLevel(int level)
{
    return updateCurrent({.rating = iamm::Rating::level(level)});
}

bool ResponseEditor::chooseNotApplicable()
{
    return updateCurrent({.rating = iamm::Rating::na()});
}

bool ResponseEditor::clearRating()
{
    return updateCurrent({.rating = iamm::Rating::notAssessed()});
}

bool ResponseEditor::setTarget(int level)
{
    return updateCurrent({.target = level < 0 ? std::optional<int>() : std::optional<int>(level)});
}

bool ResponseEditor::setConfidence(const QString &confidence)
{
    const std::optional<iamm::Confidence> parsed = iamm::vocabulary::fromText<iamm::Confidence>(confidence);
    if (!confidence.isEmpty() && !parsed)
        return false;
    return updateCurrent({.confidence = parsed});
}

void ResponseEditor::editRationale(const QString &text)
{
    editText(TextField::Rationale, text);
}

void ResponseEditor::editDissent(const QString &text)
{
    editText(TextField::Dissent, text);
}

void ResponseEditor::editText(TextField field, const QString &text)
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    const bool rationale = field == TextField::Rationale;
    if (!row || (rationale ? row->response.rationale : row->response.dissent) == text)
        return;
    const QString item = row->item->id;
    applyToRow(m_navigator->currentIndex(),
               rationale ? iamm::ResponseUpdate{.rationale = text} : iamm::ResponseUpdate{.dissent = text});
    const QPointer<ResponseEditor> self(this);
    m_open.autosave->schedule(pendingKey(rationale, item), [self, item, field, text] {
        if (self)
            self->saveText(item, field, text);
    });
}

void ResponseEditor::saveText(const QString &itemId, TextField field, const QString &text)
{
    try {
        save(itemId, field == TextField::Rationale ? iamm::ResponseUpdate{.rationale = text}
                                                   : iamm::ResponseUpdate{.dissent = text});
    } catch (const iamm::EditConflict &conflict) {
        m_conflict = Conflict{itemId, field, conflict.message(), text};
        emit conflictChanged();
        throw;
    }
}

QString ResponseEditor::conflictMessage() const
{
    return m_conflict.message;
}

QString ResponseEditor::unsavedText() const
{
    return m_conflict.text;
}

void ResponseEditor::useMyText()
{
    const Conflict conflict = m_conflict;
    keepTheirText();
    if (conflict.itemId.isEmpty())
        return;
    m_navigator->goToItem(conflict.itemId);
    editText(conflict.field, conflict.text);
    m_open.autosave->flush();
}

void ResponseEditor::keepTheirText()
{
    m_conflict = {};
    emit conflictChanged();
}

bool ResponseEditor::setChecklistStatus(const QString &entryId, const QString &status)
{
    const std::optional<iamm::ChecklistState> parsed = iamm::vocabulary::fromText<iamm::ChecklistState>(status);
    if (!status.isEmpty() && !parsed)
        return false;
    const std::optional<iamm::ChecklistState> shown = iamm::vocabulary::fromText<iamm::ChecklistState>(
        m_checklist->statusOf(entryId));
    if (!writeShowingNewer([&] { m_history->setChecklistStatus(entryId, shown, parsed); }))
        return false;
    m_checklist->setStatus(entryId, status);
    emit historyChanged();
    return true;
}

} // namespace iamm::gui
