// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storecontext.h"

#include "framework/frameworkloader.h"
#include "store/storevalues.h"

#include <QCoreApplication>

namespace iamm {

StoreContext::StoreContext(const QString &path, SqlConnection::Access access)
    : connection(path, access)
{}

qint64 StoreContext::rowCount(const QString &table, const QString &assessmentId) const
{
    return connection
        .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE assessment_id = ?").arg(table), {assessmentId})
        .toLongLong();
}

QSqlQuery StoreContext::rowsOf(const QString &columns, const QString &table, const QString &assessmentId,
                               const QString &itemId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE assessment_id = ?").arg(columns, table);
    QVariantList values{assessmentId};
    if (!itemId.isEmpty()) {
        sql += QStringLiteral(" AND item_id = ?");
        values << itemId;
    }
    return connection.run(sql + QStringLiteral(" ORDER BY item_id, id"), values);
}

const Framework &StoreContext::snapshot(const QString &hash) const
{
    auto it = m_frameworksByHash.constFind(hash);
    if (it != m_frameworksByHash.constEnd())
        return *it;
    const QVariant content = connection.scalar(QStringLiteral("SELECT content FROM framework_snapshots WHERE hash = ?"),
                                               {hash});
    if (content.isNull())
        throw IammError(QCoreApplication::translate("StoreContext", "%1: framework snapshot %2 is missing")
                            .arg(connection.path(), hash));
    Framework framework = FrameworkLoader::loadBytes(content.toString().toUtf8(),
                                                     connection.path() + QStringLiteral(" (pinned framework)"));
    framework.origin = QStringLiteral("database");
    return *m_frameworksByHash.insert(hash, framework);
}

void StoreContext::pinFramework(const Framework &framework)
{
    connection.run(QStringLiteral("INSERT INTO framework_snapshots (hash, framework_id, version, content) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"),
                   {framework.hash, framework.id, framework.version, QString::fromUtf8(framework.canonicalJson)});
}

void StoreContext::audit(const QString &assessmentId, const QString &entity, const QString &key, const QString &field,
                         const QString &oldValue, const QString &newValue)
{
    connection.run(QStringLiteral("INSERT INTO audit_log (assessment_id, entity, entity_key, field, old_value, "
                                  "new_value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {assessmentId, entity, key, field, oldValue, newValue, storevalues::now(), connection.userName()});
}

void StoreContext::touch(const QString &assessmentId)
{
    connection.run(QStringLiteral("UPDATE assessments SET updated_at = ? WHERE id = ?"),
                   {storevalues::now(), assessmentId});
}

AssessmentStatus StoreContext::statusOf(const QString &assessmentId) const
{
    const QVariant status = connection.scalar(QStringLiteral("SELECT status FROM assessments WHERE id = ?"),
                                              {assessmentId});
    if (status.isNull())
        throw noAssessment(assessmentId);
    return storevalues::storedValue<AssessmentStatus>(status);
}

void StoreContext::requireDraft(const QString &assessmentId) const
{
    if (statusOf(assessmentId) != AssessmentStatus::Draft)
        throw isFinal(assessmentId);
}

const Framework &StoreContext::pinnedFramework(const QString &assessmentId) const
{
    const QVariant hash = connection.scalar(QStringLiteral("SELECT framework_hash FROM assessments WHERE id = ?"),
                                            {assessmentId});
    if (hash.isNull())
        throw noAssessment(assessmentId);
    return snapshot(hash.toString());
}

const FrameworkItem &StoreContext::requireItem(const QString &assessmentId, const QString &itemId) const
{
    return requireItem(pinnedFramework(assessmentId), itemId);
}

const FrameworkItem &StoreContext::requireItem(const Framework &framework, const QString &itemId)
{
    const FrameworkItem *item = framework.item(itemId);
    if (!item)
        throw IammError(
            QCoreApplication::translate("StoreContext", "framework %1 has no item \"%2\" (items are %3 … %4)")
                .arg(framework.id, itemId, framework.itemIds().constFirst(), framework.itemIds().constLast()));
    return *item;
}

IammError StoreContext::noAssessment(const QString &assessmentId) const
{
    return IammError(QCoreApplication::translate("StoreContext", "%1: no assessment with id \"%2\"")
                         .arg(connection.path(), assessmentId));
}

IammError StoreContext::isFinal(const QString &assessmentId)
{
    return IammError(QCoreApplication::translate("StoreContext", "assessment %1 is final; reopen it before changing it")
                         .arg(assessmentId));
}

} // namespace iamm
