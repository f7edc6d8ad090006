// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peers/peergroup.h"

#include <QList>

namespace iamm {

class AssessmentStore;

// Shipped groups (db/reference/peer-groups.json, read-only) plus the user's own groups in the store.
class PeerGroupCatalog
{
public:
    explicit PeerGroupCatalog(AssessmentStore &store, const QString &referenceFile = defaultReferenceFile());

    static QString defaultReferenceFile();

    QList<PeerGroup> groups() const;
    // Throws IammError for an unknown id, listing the known ones.
    PeerGroup group(const QString &id) const;
    QStringList groupsOf(const QString &stateCode) const;

    // User groups; shipped groups cannot be changed, only copied.
    void createGroup(const QString &id, const QString &name, const QStringList &members);
    void copyGroup(const QString &sourceId, const QString &newId, const QString &newName);
    void renameGroup(const QString &id, const QString &newName);
    void addMembers(const QString &id, const QStringList &codes);
    void removeMembers(const QString &id, const QStringList &codes);
    void deleteGroup(const QString &id);

private:
    void requireUserGroup(const QString &id) const;
    QList<PeerGroup> m_shipped;
    AssessmentStore &m_store;
};

} // namespace iamm
