// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace iamm {
class AssessmentStore;
}
namespace iamm::gui {

class SaveStatus;

// The national team of one assessment (name, agency, role), edited member by member through
// the core's TeamRoster. A refused change (e.g. a final assessment, an empty name) shows the
// core's message in saveStatus and returns false.
class TeamEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TeamEditor belongs to Workshop")
    Q_PROPERTY(QString assessmentId READ assessmentId NOTIFY membersChanged)
    // number (1-based), name, agency, role per member.
    Q_PROPERTY(QVariantList members READ members NOTIFY membersChanged)

public:
    TeamEditor(SaveStatus *status, QObject *parent = nullptr);

    void setStore(iamm::AssessmentStore *store) { m_store = store; }
    QString assessmentId() const { return m_assessmentId; }
    QVariantList members() const;

    Q_INVOKABLE bool load(const QString &assessmentId);
    Q_INVOKABLE bool addMember(const QString &name, const QString &agency, const QString &role);
    Q_INVOKABLE bool removeMember(int number);

signals:
    void membersChanged();

private:
    bool attempt(const std::function<void()> &change);
    void reload();
    void setTeam(const QList<iamm::TeamMember> &team);

    SaveStatus *m_status;
    iamm::AssessmentStore *m_store = nullptr;
    QString m_assessmentId;
    // The team as last read: the list shown, and what a removal by number is made from.
    QList<iamm::TeamMember> m_team;
};

} // namespace iamm::gui
