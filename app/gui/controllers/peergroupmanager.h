// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/peergrouplistmodel.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace iamm {
class PeerGroupCatalog;
}
namespace iamm::gui {

class SaveStatus;

// Lists the peer groups and changes the user's own ones through the core's catalog. A
// refused change (a shipped group, a taken id, an unknown state) shows the core's message
// in saveStatus and returns false.
class PeerGroupManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PeerGroupManager belongs to Workshop")
    Q_PROPERTY(PeerGroupListModel *model READ model CONSTANT)

public:
    PeerGroupManager(SaveStatus *status, QObject *parent = nullptr);

    void setCatalog(iamm::PeerGroupCatalog *catalog);
    iamm::PeerGroupCatalog *catalog() const { return m_catalog; }
    PeerGroupListModel *model() const { return m_model; }

    Q_INVOKABLE void refresh();
    // code and name of every member, in the group's order.
    Q_INVOKABLE QVariantList members(const QString &groupId) const;
    Q_INVOKABLE bool isShipped(const QString &groupId) const;
    Q_INVOKABLE QString nameOf(const QString &groupId) const;

    Q_INVOKABLE bool createGroup(const QString &groupId, const QString &name);
    Q_INVOKABLE bool copyGroup(const QString &sourceId, const QString &newId, const QString &newName);
    Q_INVOKABLE bool renameGroup(const QString &groupId, const QString &newName);
    Q_INVOKABLE bool addMember(const QString &groupId, const QString &stateCode);
    Q_INVOKABLE bool removeMember(const QString &groupId, const QString &stateCode);
    Q_INVOKABLE bool deleteGroup(const QString &groupId);

signals:
    // After every change to a group, so the comparison can follow it.
    void groupsChanged();

private:
    bool change(const std::function<void()> &operation);

    SaveStatus *m_status;
    iamm::PeerGroupCatalog *m_catalog = nullptr;
    PeerGroupListModel *m_model;
};

} // namespace iamm::gui
