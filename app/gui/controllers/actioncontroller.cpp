// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/actioncontroller.h"

#include "controllers/autosavequeue.h"
#include "controllers/itemnavigator.h"
#include "controllers/openassessment.h"
#include "controllers/savestatus.h"
#include "common/iammerror.h"
#include "display/vocabularytext.h"
#include "store/actionconflict.h"
#include "store/assessmentstore.h"
#include "store/changefeed.h"

#include <QLocale>
#include <QPointer>

namespace iamm::gui {

ActionController::ActionController(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent)
    : QObject(parent)
    , m_open(open)
    , m_navigator(navigator)
    , m_model(new ActionListModel(this))
{
    connect(m_navigator, &ItemNavigator::currentItemChanged, this, &ActionController::showCurrentItem);
}

namespace {

QString writeKey(qint64 actionId)
{
    return QStringLiteral("action/%1").arg(actionId);
}

} // namespace

void ActionController::open(iamm::AssessmentStore &store, const QList<iamm::Action> &actions)
{
    disconnect(m_changes);
    m_model->setAll(actions);
    m_changes = connect(&store.changes(), &iamm::ChangeFeed::actionsChanged, this, &ActionController::refresh);
}

void ActionController::close()
{
    disconnect(m_changes);
    m_model->showItem({});
    m_unsavedBase.clear();
    keepTheirText();
}

void ActionController::refresh(const QString &assessmentId)
{
    if (assessmentId != m_open.info.id || !m_open.store)
        return;
    try {
        const QList<iamm::Action> actions = m_open.store->actions(assessmentId);
        for (const iamm::Action &action : actions) {
            if (m_open.autosave->isPending(writeKey(action.id)))
                return;
        }
        m_model->setAll(actions);
    } catch (const iamm::IammError &error) {
        m_open.status->reportFailure(error.message(), tr("Not refreshed"));
    }
}

void ActionController::showCurrentItem()
{
    m_model->showItem(m_navigator->itemId());
}

bool ActionController::parseDue(const QString &text, QDate &due) const
{
    due = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (text.trimmed().isEmpty() || due.isValid())
        return true;
    m_open.status->reportFailure(tr("\"%1\" is not a date; enter the due date as YYYY-MM-DD").arg(text));
    return false;
}

bool ActionController::addAction(const QString &text, const QString &owner, const QString &due)
{
    iamm::Action action;
    action.itemId = m_navigator->itemId();
    action.text = text.trimmed();
    action.owner = owner.trimmed();
    if (!parseDue(due, action.due))
        return false;
    return m_open.write([&] { m_model->add(storeNew(action)); });
}

iamm::Action ActionController::storeNew(iamm::Action action)
{
    action.id = m_open.store->addAction(m_open.info.id, action);
    // As stored, with the version the next change starts from.
    for (const iamm::Action &stored : m_open.store->actions(m_open.info.id, action.itemId)) {
        if (stored.id == action.id)
            return stored;
    }
    return action;
}

void ActionController::scheduleWrite(const iamm::Action &action)
{
    if (const iamm::Action *stored = m_model->find(action.id); stored && !m_unsavedBase.contains(action.id))
        m_unsavedBase.insert(action.id, *stored);
    const iamm::ActionEdit edit{m_unsavedBase.value(action.id), action};
    m_model->update(action);
    iamm::AssessmentStore *store = m_open.store;
    const QPointer<ActionController> self(this);
    m_open.autosave->schedule(writeKey(action.id), [self, store, edit] {
        try {
            const iamm::Action stored = store->updateAction(edit.mine);
            if (self)
                self->written(stored);
        } catch (const iamm::ActionConflict &conflict) {
            if (self)
                self->showConflict(edit, conflict);
            throw;
        }
    });
}

void ActionController::written(const iamm::Action &stored)
{
    m_unsavedBase.remove(stored.id);
    m_model->update(stored);
}

void ActionController::showConflict(const iamm::ActionEdit &edit, const iamm::ActionConflict &conflict)
{
    m_unsavedBase.remove(edit.mine.id);
    if (conflict.current())
        m_model->update(*conflict.current());
    else
        m_model->remove(edit.mine.id);
    m_conflict = Conflict{conflict.message(), edit};
    emit conflictChanged();
}

QString ActionController::conflictMessage() const
{
    return m_conflict ? m_conflict->message : QString();
}

QString ActionController::unsavedText() const
{
    if (!m_conflict)
        return {};
    const iamm::Action &base = m_conflict->edit.base;
    const iamm::Action &mine = m_conflict->edit.mine;
    QStringList lines;
    if (mine.text != base.text)
        lines << mine.text;
    if (mine.owner != base.owner)
        lines << tr("Owner: %1").arg(mine.owner);
    if (mine.due != base.due)
        lines << tr("Due: %1").arg(QLocale().toString(mine.due, QLocale::ShortFormat));
    if (mine.status != base.status)
        lines << tr("Status: %1").arg(iamm::VocabularyText::text(mine.status));
    return lines.join(u'\n');
}

void ActionController::useMyText()
{
    if (!m_conflict)
        return;
    const iamm::ActionEdit edit = m_conflict->edit;
    keepTheirText();
    if (const iamm::Action *newer = m_model->find(edit.mine.id)) {
        scheduleWrite(edit.over(*newer));
        m_open.autosave->flush();
        return;
    }
    restore(edit.mine);
}

void ActionController::restore(const iamm::Action &removed)
{
    iamm::Action action;
    action.itemId = removed.itemId;
    action.text = removed.text;
    action.owner = removed.owner;
    action.due = removed.due;
    action.status = removed.status;
    m_open.write([&] { m_model->add(storeNew(action)); });
}

void ActionController::keepTheirText()
{
    if (!m_conflict)
        return;
    m_conflict.reset();
    emit conflictChanged();
}

void ActionController::editActionText(qint64 actionId, const QString &text)
{
    const iamm::Action *stored = m_model->find(actionId);
    if (!stored || stored->text == text)
        return;
    iamm::Action action = *stored;
    action.text = text;
    scheduleWrite(action);
}

void ActionController::editActionOwner(qint64 actionId, const QString &owner)
{
    const iamm::Action *stored = m_model->find(actionId);
    if (!stored || stored->owner == owner)
        return;
    iamm::Action action = *stored;
    action.owner = owner;
    scheduleWrite(action);
}

bool ActionController::setActionDue(qint64 actionId, const QString &due)
{
    const iamm::Action *stored = m_model->find(actionId);
    if (!stored)
        return false;
    iamm::Action action = *stored;
    if (!parseDue(due, action.due))
        return false;
    if (action.due == stored->due)
        return true;
    scheduleWrite(action);
    return m_open.autosave->flush();
}

bool ActionController::setActionStatus(qint64 actionId, const QString &status)
{
    const iamm::Action *stored = m_model->find(actionId);
    const std::optional<iamm::ActionStatus> parsed = iamm::vocabulary::fromText<iamm::ActionStatus>(status);
    if (!stored || !parsed)
        return false;
    iamm::Action action = *stored;
    action.status = *parsed;
    scheduleWrite(action);
    return m_open.autosave->flush();
}

bool ActionController::reviewAction(qint64 actionId, const QString &review)
{
    const iamm::Action *stored = m_model->find(actionId);
    const std::optional<iamm::ActionReview> parsed = iamm::vocabulary::fromText<iamm::ActionReview>(review);
    if (!stored || !parsed || !m_open.autosave->flush())
        return false;
    const QString itemId = stored->itemId;
    if (!m_open.write([&] { m_open.store->reviewAction(m_open.info.id, actionId, *parsed); }))
        return false;
    for (const iamm::Action &action : m_open.store->actions(m_open.info.id, itemId)) {
        if (action.id == actionId)
            m_model->update(action);
    }
    return true;
}

bool ActionController::removeAction(qint64 actionId)
{
    if (!m_open.write([&] { m_open.store->removeAction(actionId); }))
        return false;
    m_open.autosave->discard(writeKey(actionId));
    m_unsavedBase.remove(actionId);
    m_model->remove(actionId);
    return true;
}

} // namespace iamm::gui
