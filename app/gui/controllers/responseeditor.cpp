// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/responseeditor.h"

#include "assessment/edithistory.h"
#include "controllers/autosavequeue.h"
#include "controllers/itemnavigator.h"
#include "controllers/openassessment.h"
#include "values/scalechoice.h"
#include "store/assessmentstore.h"

namespace iamm::gui {

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
}

void ResponseEditor::close()
{
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
    if (!m_open.write([&] { edit = step(); }))
        return false;
    m_navigator->goToItem(edit.itemId);
    if (edit.kind == iamm::Edit::Kind::Response)
        applyToRow(m_navigator->items()->rowOf(edit.itemId), forward ? edit.after : edit.before);
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
    if (!m_open.write([&] { m_history->updateResponse(item, update); }))
        return false;
    applyToRow(m_navigator->currentIndex(), update);
    emit historyChanged();
    return true;
}

void ResponseEditor::applyToRow(int row, const iamm::ResponseUpdate &update)
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
    const ItemListModel::Row *row = m_navigator->currentRow();
    if (!row || row->response.rationale == text)
        return;
    const QString assessment = m_open.info.id;
    const QString item = row->item->id;
    iamm::AssessmentStore *store = m_open.store;
    applyToRow(m_navigator->currentIndex(), {.rationale = text});
    m_open.autosave->schedule(QStringLiteral("rationale/") + item,
                              [=] { store->updateResponse(assessment, item, {.rationale = text}); });
}

void ResponseEditor::editDissent(const QString &text)
{
    const ItemListModel::Row *row = m_navigator->currentRow();
    if (!row || row->response.dissent == text)
        return;
    const QString assessment = m_open.info.id;
    const QString item = row->item->id;
    iamm::AssessmentStore *store = m_open.store;
    applyToRow(m_navigator->currentIndex(), {.dissent = text});
    m_open.autosave->schedule(QStringLiteral("dissent/") + item,
                              [=] { store->updateResponse(assessment, item, {.dissent = text}); });
}

bool ResponseEditor::setChecklistStatus(const QString &entryId, const QString &status)
{
    const std::optional<iamm::ChecklistState> parsed = iamm::vocabulary::fromText<iamm::ChecklistState>(status);
    if (!status.isEmpty() && !parsed)
        return false;
    if (!m_open.write([&] { m_history->setChecklistStatus(entryId, parsed); }))
        return false;
    m_checklist->setStatus(entryId, status);
    emit historyChanged();
    return true;
}

} // namespace iamm::gui
