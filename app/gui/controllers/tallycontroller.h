// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tallymodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class AssessmentSession;

// Typing in the paper worksheets of the open assessment: the table of participants' views,
// read from the store by load() and written back by save(), all rows at once.
class TallyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AssessmentSession *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(TallyModel *model READ model CONSTANT)
    // Whether the table has changes that save() has not written yet.
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)

public:
    explicit TallyController(QObject *parent = nullptr);

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    TallyModel *model() const { return m_model; }
    bool dirty() const { return m_model->isDirty(); }

    Q_INVOKABLE void load();
    // Writes the changed rows and removes the removed ones; false (the core's message in the
    // session's SaveStatus, under "Views not saved") when the store refused.
    Q_INVOKABLE bool save();

signals:
    void sessionChanged();
    void dirtyChanged();

private:
    QPointer<AssessmentSession> m_session;
    TallyModel *m_model;
};

} // namespace iamm::gui
