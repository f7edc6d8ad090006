// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/actionlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace iamm {
class AssessmentStore;
}

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

public:
    ActionController(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent = nullptr);

    // Also shows what other users of a server database change, except an action this user is typing.
    void open(iamm::AssessmentStore &store, const QList<iamm::Action> &actions);
    void close();

    ActionListModel *model() const { return m_model; }

    Q_INVOKABLE bool addAction(const QString &text, const QString &owner, const QString &due);
    Q_INVOKABLE void editActionText(qint64 actionId, const QString &text);
    Q_INVOKABLE void editActionOwner(qint64 actionId, const QString &owner);
    Q_INVOKABLE bool setActionDue(qint64 actionId, const QString &due);
    Q_INVOKABLE bool setActionStatus(qint64 actionId, const QString &status);
    Q_INVOKABLE bool removeAction(qint64 actionId);
    // The review of an action carried over from the previous round: "continuing", "done" or "dropped"
    // (done and dropped set its status too); false when the store refused.
    Q_INVOKABLE bool reviewAction(qint64 actionId, const QString &review);

private:
    void showCurrentItem();
    void refresh(const QString &assessmentId);
    // Parses a due date, empty for none; false (and the reason shown) when it is not a date.
    bool parseDue(const QString &text, QDate &due) const;
    void scheduleWrite(const iamm::Action &action);

    const OpenAssessment &m_open;
    ItemNavigator *m_navigator;
    ActionListModel *m_model;
    QMetaObject::Connection m_changes;
};

} // namespace iamm::gui
