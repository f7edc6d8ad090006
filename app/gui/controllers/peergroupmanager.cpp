// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/peergroupmanager.h"

#include "common/iammerror.h"
#include "peers/peergroupcatalog.h"
#include "controllers/savestatus.h"
#include "qmlsupport/statenames.h"

namespace iamm::gui {

PeerGroupManager::PeerGroupManager(SaveStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_model(new PeerGroupListModel(this))
{}

void PeerGroupManager::setCatalog(iamm::PeerGroupCatalog *catalog)
{
    m_catalog = catalog;
    refresh();
}

void PeerGroupManager::refresh()
{
    if (!m_catalog) {
        m_model->update({});
        return;
    }
    try {
        m_model->update(m_catalog->groups());
    } catch (const iamm::IammError &error) {
        m_status->reportFailure(error.message(), tr("Peer groups not read"));
    }
}

QVariantList PeerGroupManager::members(const QString &groupId) const
{
    QVariantList list;
    if (const iamm::PeerGroup *group = m_model->find(groupId)) {
        for (const QString &code : group->members)
            list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), displayStateName(code)}});
    }
    return list;
}

bool PeerGroupManager::isShipped(const QString &groupId) const
{
    const iamm::PeerGroup *group = m_model->find(groupId);
    return group && group->shipped;
}

QString PeerGroupManager::nameOf(const QString &groupId) const
{
    const iamm::PeerGroup *group = m_model->find(groupId);
    return group ? group->name : QString();
}

bool PeerGroupManager::change(const std::function<void()> &operation)
{
    if (!m_catalog) {
        m_status->reportFailure(tr("the peer groups are not available"), tr("Group not changed"));
        return false;
    }
    try {
        operation();
    } catch (const iamm::IammError &error) {
        m_status->reportFailure(error.message(), tr("Group not changed"));
        return false;
    }
    m_status->reportSaved();
    refresh();
    emit groupsChanged();
    return true;
}

bool PeerGroupManager::createGroup(const QString &groupId, const QString &name)
{
    return change([&] { m_catalog->createGroup(groupId.trimmed(), name, {}); });
}

bool PeerGroupManager::copyGroup(const QString &sourceId, const QString &newId, const QString &newName)
{
    return change([&] { m_catalog->copyGroup(sourceId, newId.trimmed(), newName.trimmed()); });
}

bool PeerGroupManager::renameGroup(const QString &groupId, const QString &newName)
{
    return change([&] { m_catalog->renameGroup(groupId, newName); });
}

bool PeerGroupManager::addMember(const QString &groupId, const QString &stateCode)
{
    return change([&] { m_catalog->addMembers(groupId, {stateCode}); });
}

bool PeerGroupManager::removeMember(const QString &groupId, const QString &stateCode)
{
    return change([&] { m_catalog->removeMembers(groupId, {stateCode}); });
}

bool PeerGroupManager::deleteGroup(const QString &groupId)
{
    return change([&] { m_catalog->deleteGroup(groupId); });
}

} // namespace iamm::gui
