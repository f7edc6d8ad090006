// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/actionedit.h"
#include "models/actionlistmodel.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace iamm {
class ActionConflict;
class AssessmentStore;
} // namespace iamm

namespace iamm::gui {

class ItemNavigator;
struct OpenAssessment;

// The follow-up actions agreed for the current item. Text typed into an action is written
// after a pause; a due date, status or removal at once.
class ActionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ActionController belongs to AssessmentSession")
    Q_PROPERTY(ActionListModel *model READ model CONSTANT)
    // Someone else changed an action while this user was changing it: what happened, and this
    // user's text, kept until it is used or let go (empty when there is no conflict).
    Q_PROPERTY(QString conflictMessage READ conflictMessage NOTIFY conflictChanged)
    Q_PROPERTY(QString unsavedText READ unsavedText NOTIFY conflictChanged)

public:
    ActionController(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent = nullptr);

    // Also shows what other users of a server database change, except an action this user is typing.
    void open(iamm::AssessmentStore &store, const QList<iamm::Action> &actions);
    void close();

    ActionListModel *model() const { return m_model; }
    QString conflictMessage() const;
    QString unsavedText() const;

    Q_INVOKABLE bool addAction(const QString &text, const QString &owner, const QString &due);
    Q_INVOKABLE void editActionText(qint64 actionId, const QString &text);
    Q_INVOKABLE void editActionOwner(qint64 actionId, const QString &owner);
    Q_INVOKABLE bool setActionDue(qint64 actionId, const QString &due);
    Q_INVOKABLE bool setActionStatus(qint64 actionId, const QString &status);
    Q_INVOKABLE bool removeAction(qint64 actionId);
    // The review of an action carried over from the previous round: "continuing", "done" or "dropped"
    // (done and dropped set its status too); false when the store refused.
    Q_INVOKABLE bool reviewAction(qint64 actionId, const QString &review);
    // Writes this user's version of the action in conflict over the newer one, or adds it again as a
    // new action when someone else removed it.
    Q_INVOKABLE void useMyText();
    Q_INVOKABLE void keepTheirText();

signals:
    void conflictChanged();

private:
    struct Conflict
    {
        QString message;
        iamm::ActionEdit edit;
    };

    void showConflict(const iamm::ActionEdit &edit, const iamm::ActionConflict &conflict);
    void written(const iamm::Action &stored);
    void showCurrentItem();
    void refresh(const QString &assessmentId);
    // Parses a due date, empty for none; false (and the reason shown) when it is not a date.
    bool parseDue(const QString &text, QDate &due) const;
    void scheduleWrite(const iamm::Action &action);
    // Adds the action to the store and returns it as stored.
    iamm::Action storeNew(iamm::Action action);
    // Adds again, as a new action, what this user typed into an action someone else removed.
    void restore(const iamm::Action &removed);

    const OpenAssessment &m_open;
    ItemNavigator *m_navigator;
    ActionListModel *m_model;
    QMetaObject::Connection m_changes;
    std::optional<Conflict> m_conflict;
    // The stored version each action waiting to be written started from.
    QHash<qint64, iamm::Action> m_unsavedBase;
};

} // namespace iamm::gui
