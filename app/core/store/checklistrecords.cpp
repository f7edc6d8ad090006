// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/checklistrecords.h"

#include "common/iammerror.h"
#include "store/auditlog.h"
#include "store/changefeed.h"
#include "store/storecontext.h"
#include "store/storevalues.h"

#include <QCoreApplication>

namespace iamm {

using namespace storevalues;

ChecklistRecords::ChecklistRecords(StoreContext &context)
    : m_context(context)
{}

QList<ChecklistStatus> ChecklistRecords::list(const QString &assessmentId) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT entry_id, item_id, status FROM checklist_statuses "
                       "WHERE assessment_id = ? ORDER BY entry_id"),
        {assessmentId});
    QList<ChecklistStatus> list;
    while (query.next())
        list << ChecklistStatus{query.value(0).toString(), query.value(1).toString(),
                                storedValue<ChecklistState>(query.value(2))};
    return list;
}

void ChecklistRecords::setStatus(const QString &assessmentId, const QString &entryId,
                                 std::optional<ChecklistState> status)
{
    writeStatus(assessmentId, entryId, status, std::nullopt);
}

void ChecklistRecords::changeStatus(const QString &assessmentId, const QString &entryId,
                                    std::optional<ChecklistState> from, std::optional<ChecklistState> to)
{
    writeStatus(assessmentId, entryId, to, from);
}

void ChecklistRecords::writeStatus(const QString &assessmentId, const QString &entryId,
                                   std::optional<ChecklistState> status,
                                   const std::optional<std::optional<ChecklistState>> &expected)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    const Framework &framework = m_context.pinnedFramework(assessmentId);
    const FrameworkItem *item = framework.itemOfEntry(entryId);
    if (!item)
        throw IammError(
            QCoreApplication::translate("ChecklistRecords", "framework %1 has no sub-topic or statement \"%2\"")
                .arg(framework.id, entryId));
    const std::optional<ChecklistState> before = storedStatus(assessmentId, entryId);
    if (expected && *expected != before)
        throw conflict(assessmentId, entryId);
    if (before == status)
        return;
    // On a server another writer may have committed since the read above.
    if (!writeOver(assessmentId, entryId, item->id, before, status))
        throw conflict(assessmentId, entryId);
    m_context.audit(assessmentId, QStringLiteral("checklist"), entryId, QStringLiteral("status"),
                    vocabulary::toText(before), vocabulary::toText(status));
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, item->id);
    transaction.commit();
}

bool ChecklistRecords::writeOver(const QString &assessmentId, const QString &entryId, const QString &itemId,
                                 std::optional<ChecklistState> before, std::optional<ChecklistState> status)
{
    if (!before)
        return m_context.connection
                   .run(QStringLiteral("INSERT INTO checklist_statuses (assessment_id, entry_id, item_id, status) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, entry_id) DO NOTHING"),
                        {assessmentId, entryId, itemId, vocabulary::toText(*status)})
                   .numRowsAffected()
               == 1;
    if (!status)
        return m_context.connection
                   .run(QStringLiteral("DELETE FROM checklist_statuses WHERE assessment_id = ? AND entry_id = ? "
                                       "AND status = ?"),
                        {assessmentId, entryId, vocabulary::toText(*before)})
                   .numRowsAffected()
               == 1;
    return m_context.connection
               .run(QStringLiteral("UPDATE checklist_statuses SET status = ? WHERE assessment_id = ? AND entry_id = ? "
                                   "AND status = ?"),
                    {vocabulary::toText(*status), assessmentId, entryId, vocabulary::toText(*before)})
               .numRowsAffected()
           == 1;
}

std::optional<ChecklistState> ChecklistRecords::storedStatus(const QString &assessmentId, const QString &entryId) const
{
    return storedOptional<ChecklistState>(
        m_context.connection.scalar(QStringLiteral("SELECT status FROM checklist_statuses "
                                                   "WHERE assessment_id = ? AND entry_id = ?"),
                                    {assessmentId, entryId}));
}

ChecklistConflict ChecklistRecords::conflict(const QString &assessmentId, const QString &entryId) const
{
    return ChecklistConflict(
        entryId, storedStatus(assessmentId, entryId),
        AuditLog(m_context.connection).lastEntry(assessmentId, QStringLiteral("checklist"), entryId));
}

void ChecklistRecords::write(const QString &assessmentId, const ChecklistStatus &c)
{
    m_context.connection.run(QStringLiteral("INSERT INTO checklist_statuses (assessment_id, entry_id, item_id, status) "
                                            "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, entry_id) "
                                            "DO UPDATE SET status = excluded.status"),
                             {assessmentId, c.entryId, c.itemId, vocabulary::toText(c.status)});
}

} // namespace iamm
