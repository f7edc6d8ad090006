// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/actionrecords.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "store/actionconflict.h"
#include "store/auditlog.h"
#include "store/changefeed.h"
#include "store/storecontext.h"
#include "store/storevalues.h"

#include <QCoreApplication>

namespace iamm {

using namespace storevalues;

namespace {

const QString actionColumns = QStringLiteral(
    "id, item_id, text, owner, due_on, status, carried_from_action_id, review, created_at, updated_at");

// The status a review decision sets; continuing keeps the action's own.
ActionStatus statusAfter(ActionReview review, ActionStatus status)
{
    switch (review) {
    case ActionReview::Done:
        return ActionStatus::Done;
    case ActionReview::Dropped:
        return ActionStatus::Dropped;
    case ActionReview::ToReview:
    case ActionReview::Continuing:
        break;
    }
    return status;
}

Action readAction(const QSqlQuery &query)
{
    Action a;
    a.id = query.value(0).toLongLong();
    a.itemId = query.value(1).toString();
    a.text = query.value(2).toString();
    a.owner = query.value(3).toString();
    a.due = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    a.status = storedValue<ActionStatus>(query.value(5));
    a.carriedFromActionId = query.value(6).toLongLong();
    a.review = storedOptional<ActionReview>(query.value(7));
    a.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

ActionRecords::ActionRecords(StoreContext &context)
    : m_context(context)
{}

qint64 ActionRecords::add(const QString &assessmentId, const Action &action)
{
    m_context.statusOf(assessmentId);
    validate(assessmentId, action);
    InputLimits::checkCount(InputLimits::Count::Actions,
                            m_context.rowCount(QStringLiteral("actions"), assessmentId) + 1, assessmentId);
    Transaction transaction(m_context.connection);
    const qint64 id = insert(assessmentId, action, true);
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, action.itemId, ChangeFeed::Part::Actions);
    transaction.commit();
    return id;
}

Action ActionRecords::update(const Action &action)
{
    Transaction transaction(m_context.connection);
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT %1, assessment_id FROM actions WHERE id = ?").arg(actionColumns), {action.id});
    if (!query.next()) {
        if (action.updatedAt.isValid())
            throw conflict(action);
        throw noAction(action.id);
    }
    const Action before = readAction(query);
    const QString assessmentId = query.value(10).toString();
    const QVariant readVersion = query.value(9);
    query.finish();
    if (action.updatedAt.isValid() && action.updatedAt != before.updatedAt)
        throw conflict(action);
    validate(assessmentId, action);
    // The time of the change is the action's version: it must differ from the one read, even
    // for two changes within the same millisecond.
    QDateTime changedAt = QDateTime::currentDateTimeUtc();
    if (changedAt <= before.updatedAt)
        changedAt = before.updatedAt.addMSecs(1);
    const QString stamp = changedAt.toUTC().toString(Qt::ISODateWithMs);
    // On a server another writer may have committed since the read above: the update only
    // replaces the version that was read.
    const QSqlQuery written = m_context.connection.run(
        QStringLiteral("UPDATE actions SET item_id = ?, text = ?, owner = ?, due_on = ?, status = ?, updated_at = ? "
                       "WHERE id = ? AND updated_at = ?"),
        {action.itemId, action.text, notNull(action.owner), nullable(action.due), vocabulary::toText(action.status),
         stamp, action.id, readVersion});
    if (written.numRowsAffected() != 1)
        throw conflict(action);
    const QString key = QString::number(action.id);
    const auto auditField = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            m_context.audit(assessmentId, QStringLiteral("action"), key, field, oldValue, newValue);
    };
    auditField(QStringLiteral("item"), before.itemId, action.itemId);
    auditField(QStringLiteral("text"), before.text, action.text);
    auditField(QStringLiteral("owner"), before.owner, action.owner);
    auditField(QStringLiteral("due"), before.due.toString(Qt::ISODate), action.due.toString(Qt::ISODate));
    auditField(QStringLiteral("status"), vocabulary::toText(before.status), vocabulary::toText(action.status));
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, action.itemId, ChangeFeed::Part::Actions);
    transaction.commit();
    Action after = before;
    after.itemId = action.itemId;
    after.text = action.text;
    after.owner = action.owner;
    after.due = action.due;
    after.status = action.status;
    after.updatedAt = changedAt;
    return after;
}

ActionConflict ActionRecords::conflict(const Action &edited) const
{
    const QString key = QString::number(edited.id);
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT %1, assessment_id FROM actions WHERE id = ?").arg(actionColumns), {edited.id});
    if (!query.next())
        return ActionConflict(edited, std::nullopt,
                              AuditLog(m_context.connection).lastEntry(QStringLiteral("action"), key));
    const Action current = readAction(query);
    const QString assessmentId = query.value(10).toString();
    query.finish();
    return ActionConflict(edited, current,
                          AuditLog(m_context.connection).lastEntry(assessmentId, QStringLiteral("action"), key));
}

IammError ActionRecords::noAction(qint64 actionId) const
{
    return IammError(QCoreApplication::translate("ActionRecords", "%1: no action with id %2")
                         .arg(m_context.connection.path())
                         .arg(actionId));
}

void ActionRecords::remove(qint64 actionId)
{
    const QVariant assessmentId = m_context.connection.scalar(
        QStringLiteral("SELECT assessment_id FROM actions WHERE id = ?"), {actionId});
    if (assessmentId.isNull())
        throw noAction(actionId);
    Transaction transaction(m_context.connection);
    m_context.connection.run(QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId});
    m_context.audit(assessmentId.toString(), QStringLiteral("action"), QString::number(actionId),
                    QStringLiteral("removed"), QString(), QString());
    m_context.touch(assessmentId.toString());
    ChangeFeed::publish(m_context.connection, assessmentId.toString(), {}, ChangeFeed::Part::Actions);
    transaction.commit();
}

void ActionRecords::review(const QString &assessmentId, qint64 actionId, ActionReview review)
{
    Transaction transaction(m_context.connection);
    m_context.statusOf(assessmentId);
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT %1 FROM actions WHERE id = ? AND assessment_id = ?").arg(actionColumns),
        {actionId, assessmentId});
    if (!query.next())
        throw IammError(QCoreApplication::translate("ActionRecords", "assessment %1 has no action %2")
                            .arg(assessmentId)
                            .arg(actionId));
    const Action before = readAction(query);
    query.finish();
    if (!before.review)
        throw IammError(QCoreApplication::translate(
                            "ActionRecords", "action %1 was not carried over from a previous round; change its status "
                                             "with `iamm action set-status` instead")
                            .arg(actionId));
    const ActionStatus status = statusAfter(review, before.status);
    m_context.connection.run(QStringLiteral("UPDATE actions SET review = ?, status = ?, updated_at = ? WHERE id = ?"),
                             {vocabulary::toText(review), vocabulary::toText(status), now(), actionId});
    const QString key = QString::number(actionId);
    m_context.audit(assessmentId, QStringLiteral("action"), key, QStringLiteral("review"),
                    vocabulary::toText(before.review), vocabulary::toText(review));
    if (status != before.status)
        m_context.audit(assessmentId, QStringLiteral("action"), key, QStringLiteral("status"),
                        vocabulary::toText(before.status), vocabulary::toText(status));
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, before.itemId, ChangeFeed::Part::Actions);
    transaction.commit();
}

qint64 ActionRecords::carryOver(const QString &fromAssessmentId, const QString &toAssessmentId)
{
    qint64 carried = 0;
    for (const Action &action : list(fromAssessmentId, QString())) {
        if (action.status != ActionStatus::Open && action.status != ActionStatus::InProgress)
            continue;
        Action copy = action;
        copy.carriedFromActionId = action.id;
        copy.review = ActionReview::ToReview;
        copy.createdAt = copy.updatedAt = QDateTime();
        insert(toAssessmentId, copy, false);
        ++carried;
    }
    return carried;
}

QList<Action> ActionRecords::list(const QString &assessmentId, const QString &itemId) const
{
    QSqlQuery query = m_context.rowsOf(actionColumns, QStringLiteral("actions"), assessmentId, itemId);
    QList<Action> list;
    while (query.next())
        list << readAction(query);
    return list;
}

qint64 ActionRecords::insert(const QString &assessmentId, const Action &a, bool audited)
{
    const QString created = a.createdAt.isValid() ? a.createdAt.toUTC().toString(Qt::ISODateWithMs) : now();
    const QString updated = a.updatedAt.isValid() ? a.updatedAt.toUTC().toString(Qt::ISODateWithMs) : created;
    const qint64 id = m_context.connection.insert(
        QStringLiteral(
            "INSERT INTO actions (assessment_id, item_id, text, owner, due_on, status, created_at, "
            "updated_at, carried_from_action_id, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {assessmentId, a.itemId, a.text, notNull(a.owner), nullable(a.due), vocabulary::toText(a.status), created,
         updated, a.carriedFromActionId > 0 ? QVariant(a.carriedFromActionId) : QVariant(QMetaType::fromType<qint64>()),
         nullable(a.review)});
    if (audited)
        m_context.audit(assessmentId, QStringLiteral("action"), QString::number(id), QStringLiteral("added"), QString(),
                        a.text);
    return id;
}

void ActionRecords::writeCarriedFrom(qint64 actionId, qint64 fromActionId)
{
    m_context.connection.run(QStringLiteral("UPDATE actions SET carried_from_action_id = ? WHERE id = ?"),
                             {fromActionId, actionId});
}

QList<ActionRecords::CarriedLink> ActionRecords::linksInto(const QString &assessmentId) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT f.id, f.assessment_id, (SELECT COUNT(*) FROM actions e WHERE e.assessment_id = "
                       "p.assessment_id AND e.id < p.id), p.item_id, p.text FROM actions f JOIN actions p ON p.id = "
                       "f.carried_from_action_id WHERE p.assessment_id = ? AND f.assessment_id <> p.assessment_id"),
        {assessmentId});
    QList<CarriedLink> links;
    while (query.next())
        links << CarriedLink{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                             query.value(3).toString(), query.value(4).toString()};
    return links;
}

void ActionRecords::validate(const QString &assessmentId, const Action &a) const
{
    m_context.requireItem(assessmentId, a.itemId);
    InputLimits::checkLength(InputLimits::Text::ActionText, a.text);
    InputLimits::checkLength(InputLimits::Text::ActionOwner, a.owner);
    if (a.text.trimmed().isEmpty())
        throw IammError(QCoreApplication::translate("ActionRecords", "an action needs a text"));
}

} // namespace iamm
