// SPDX-License-Identifier: GPL-3.0-or-later
#include "peers/peergroupcatalog.h"

#include "store/assessmentstore.h"
#include "store/peergrouprecords.h"
#include "common/datapaths.h"
#include "common/iammerror.h"
#include "common/jsonreader.h"
#include "catalogs/statecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace iamm {

namespace {

QList<PeerGroup> readShipped(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(QCoreApplication::translate("PeerGroupCatalog", "%1: cannot read the shipped peer groups: %2")
                            .arg(path, file.errorString()));
    const JsonReader reader(path);
    const nlohmann::json root = JsonReader::parse(file.readAll(), path);
    const QString rootPath = QStringLiteral("$");
    if (reader.string(root, rootPath, "format") != QLatin1String("iamm-peer-groups"))
        reader.fail(QStringLiteral("$.format"),
                    QCoreApplication::translate("PeerGroupCatalog", "must be \"iamm-peer-groups\""));
    const nlohmann::json &groups = reader.array(root, rootPath, "groups");
    QList<PeerGroup> result;
    for (size_t i = 0; i < groups.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("$.groups"), i);
        const nlohmann::json &node = groups[i];
        PeerGroup group;
        group.id = reader.string(node, path, "id");
        group.name = reader.string(node, path, "name");
        group.fullName = reader.string(node, path, "fullName");
        group.year = reader.optionalInteger(node, path, "year").value_or(0);
        group.region = reader.optionalString(node, path, "region").value_or(QString());
        group.note = reader.optionalString(node, path, "note").value_or(QString());
        group.source = reader.optionalString(node, path, "source").value_or(QString());
        group.remarks = reader.optionalString(node, path, "remarks").value_or(QString());
        group.shipped = true;
        const nlohmann::json &members = reader.array(node, path, "members");
        for (size_t m = 0; m < members.size(); ++m) {
            const QString memberPath = JsonReader::index(JsonReader::member(path, "members"), m);
            group.members << reader.string(members[m], memberPath, "code");
            group.memberNamesAsListed << reader.string(members[m], memberPath, "listedAs");
        }
        if (node.contains("interested")) {
            const nlohmann::json &interested = reader.array(node, path, "interested");
            for (size_t m = 0; m < interested.size(); ++m)
                group.interested << reader.string(interested[m],
                                                  JsonReader::index(JsonReader::member(path, "interested"), m), "code");
        }
        result << group;
    }
    return result;
}

void validateCodes(const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!StateCatalog::instance().find(code))
            throw IammError(
                QCoreApplication::translate("PeerGroupCatalog", "\"%1\" is not an ISO 3166 alpha-3 state code")
                    .arg(code));
    }
}

} // namespace

PeerGroupCatalog::PeerGroupCatalog(AssessmentStore &store, const QString &referenceFile)
    : m_shipped(readShipped(referenceFile))
    , m_store(store)
{}

QString PeerGroupCatalog::defaultReferenceFile()
{
    return DataPaths::referenceDir() + QStringLiteral("/peer-groups.json");
}

QList<PeerGroup> PeerGroupCatalog::groups() const
{
    return m_shipped + m_store.peerGroups().groups();
}

PeerGroup PeerGroupCatalog::group(const QString &id) const
{
    const QList<PeerGroup> all = groups();
    for (const PeerGroup &group : all) {
        if (group.id.compare(id, Qt::CaseInsensitive) == 0)
            return group;
    }
    QStringList known;
    for (const PeerGroup &group : all)
        known << group.id;
    throw IammError(QCoreApplication::translate("PeerGroupCatalog", "unknown peer group \"%1\" (known: %2)")
                        .arg(id, known.join(QStringLiteral(", "))));
}

QStringList PeerGroupCatalog::groupsOf(const QString &stateCode) const
{
    QStringList ids;
    for (const PeerGroup &group : groups()) {
        if (group.members.contains(stateCode.toUpper()))
            ids << group.id;
    }
    return ids;
}

void PeerGroupCatalog::requireUserGroup(const QString &id) const
{
    const PeerGroup existing = group(id);
    if (existing.shipped)
        throw IammError(QCoreApplication::translate("PeerGroupCatalog",
                                                    "\"%1\" is a shipped group and cannot be changed; copy it first "
                                                    "(iamm group create NEW --from %1)")
                            .arg(existing.id));
}

void PeerGroupCatalog::createGroup(const QString &id, const QString &name, const QStringList &members)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9+_.-]{0,31}$"));
    if (!idPattern.match(id).hasMatch())
        throw IammError(
            QCoreApplication::translate("PeerGroupCatalog", "group id \"%1\" must be 1–32 letters, digits or + _ . -")
                .arg(id));
    for (const PeerGroup &group : groups()) {
        if (group.id.compare(id, Qt::CaseInsensitive) == 0)
            throw IammError(
                QCoreApplication::translate("PeerGroupCatalog", "a group with id \"%1\" already exists").arg(group.id));
    }
    QStringList codes;
    for (const QString &code : members)
        codes << code.trimmed().toUpper();
    validateCodes(codes);
    codes.removeDuplicates();
    m_store.peerGroups().insert(id, name.trimmed().isEmpty() ? id : name.trimmed(), codes);
}

void PeerGroupCatalog::copyGroup(const QString &sourceId, const QString &newId, const QString &newName)
{
    const PeerGroup source = group(sourceId);
    createGroup(newId, newName.isEmpty() ? source.name + QStringLiteral(" (copy)") : newName, source.members);
    m_store.peerGroups().setCopiedFrom(newId, source.id);
}

void PeerGroupCatalog::renameGroup(const QString &id, const QString &newName)
{
    requireUserGroup(id);
    if (newName.trimmed().isEmpty())
        throw IammError(QCoreApplication::translate("PeerGroupCatalog", "a group name must not be empty"));
    m_store.peerGroups().rename(group(id).id, newName.trimmed());
}

void PeerGroupCatalog::addMembers(const QString &id, const QStringList &codes)
{
    requireUserGroup(id);
    const PeerGroup existing = group(id);
    QStringList upper;
    for (const QString &code : codes)
        upper << code.trimmed().toUpper();
    validateCodes(upper);
    QStringList added;
    for (const QString &code : upper) {
        if (!existing.members.contains(code))
            added << code;
    }
    m_store.peerGroups().addMembers(existing.id, added, int(existing.members.size()));
}

void PeerGroupCatalog::removeMembers(const QString &id, const QStringList &codes)
{
    requireUserGroup(id);
    const PeerGroup existing = group(id);
    QStringList removed;
    for (const QString &code : codes) {
        removed << code.trimmed().toUpper();
        if (!existing.members.contains(removed.constLast()))
            throw IammError(QCoreApplication::translate("PeerGroupCatalog", "%1 is not a member of group %2")
                                .arg(removed.constLast(), existing.id));
    }
    m_store.peerGroups().removeMembers(existing.id, removed);
}

void PeerGroupCatalog::deleteGroup(const QString &id)
{
    requireUserGroup(id);
    m_store.peerGroups().remove(group(id).id);
}

} // namespace iamm
