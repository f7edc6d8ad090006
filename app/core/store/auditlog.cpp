// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditlog.h"

#include "store/sqlconnection.h"

namespace iamm {

AuditLog::AuditLog(const SqlConnection &connection)
    : m_connection(connection)
{}

namespace {

const QString entryColumns = QStringLiteral(
    "id, assessment_id, entity, entity_key, field, old_value, new_value, changed_at, changed_by");

AuditEntry readEntry(const QSqlQuery &query)
{
    return AuditEntry{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(),   query.value(3).toString(),
                      query.value(4).toString(),   query.value(5).toString(),
                      query.value(6).toString(),   QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs),
                      query.value(8).toString()};
}

} // namespace

QList<AuditEntry> AuditLog::entries(const QString &assessmentId) const
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT %1 FROM audit_log WHERE assessment_id = ? ORDER BY id").arg(entryColumns),
        {assessmentId});
    QList<AuditEntry> list;
    while (query.next())
        list << readEntry(query);
    return list;
}

std::optional<AuditEntry> AuditLog::lastEntry(const QString &assessmentId, const QString &entity,
                                              const QString &entityKey, const QString &field) const
{
    const QString ofField = field.isEmpty() ? QString() : QStringLiteral("AND field = ? ");
    QVariantList values{assessmentId, entity, entityKey};
    if (!field.isEmpty())
        values << field;
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT %1 FROM audit_log WHERE assessment_id = ? AND entity = ? "
                                                      "AND entity_key = ? %2ORDER BY id DESC LIMIT 1")
                                           .arg(entryColumns, ofField),
                                       values);
    if (!query.next())
        return std::nullopt;
    return readEntry(query);
}

std::optional<AuditEntry> AuditLog::lastEntry(const QString &entity, const QString &entityKey) const
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_key = ? ORDER BY id DESC LIMIT 1")
            .arg(entryColumns),
        {entity, entityKey});
    if (!query.next())
        return std::nullopt;
    return readEntry(query);
}

void AuditLog::append(const AuditEntry &entry) const
{
    m_connection.run(QStringLiteral("INSERT INTO audit_log (assessment_id, entity, entity_key, field, old_value, "
                                    "new_value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {entry.assessmentId, entry.entity, entry.entityKey, entry.field, entry.oldValue, entry.newValue,
                      entry.changedAt.toUTC().toString(Qt::ISODateWithMs), entry.changedBy});
}

void AuditLog::removeEntries(const QString &assessmentId) const
{
    m_connection.run(QStringLiteral("DELETE FROM audit_log WHERE assessment_id = ?"), {assessmentId});
}

} // namespace iamm
