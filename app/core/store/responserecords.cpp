// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/responserecords.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "store/changefeed.h"
#include "store/editconflict.h"
#include "store/storecontext.h"
#include "store/storevalues.h"

#include <QCoreApplication>

namespace iamm {

using namespace storevalues;

namespace {

QString describe(const Rating &rating)
{
    if (rating.notApplicable)
        return QStringLiteral("N/A");
    return rating.score ? QString::number(*rating.score) : QString();
}

QString describe(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

// The columns readResponse reads, in its order.
const QString responseColumns = QStringLiteral(
    "r.score, r.not_applicable, r.target, r.confidence, r.rationale, r.dissent, r.change_reason, "
    "r.change_note, r.updated_at, r.version, r.updated_by");

// Reads responseColumns from the query's current row, starting at column first.
Response readResponse(const QSqlQuery &query, const QString &itemId, int first)
{
    Response r;
    r.itemId = itemId;
    r.rating = Rating{optionalInt(query.value(first)), query.value(first + 1).toBool()};
    r.target = optionalInt(query.value(first + 2));
    r.confidence = storedOptional<Confidence>(query.value(first + 3));
    r.rationale = query.value(first + 4).toString();
    r.dissent = query.value(first + 5).toString();
    r.changeReason = storedOptional<ChangeReason>(query.value(first + 6));
    r.changeNote = query.value(first + 7).toString();
    r.updatedAt = QDateTime::fromString(query.value(first + 8).toString(), Qt::ISODateWithMs);
    r.version = query.value(first + 9).toInt();
    r.updatedBy = query.value(first + 10).toString();
    return r;
}

// The current assessment with its response, read before an update.
const QString updateReadSql =
    QStringLiteral("SELECT a.status, a.framework_hash, r.item_id, %1 FROM assessments a LEFT JOIN responses r "
                   "ON r.assessment_id = a.id AND r.item_id = ? WHERE a.id = ?")
        .arg(responseColumns);

// The INSERT … ON CONFLICT DO UPDATE of a response, the update limited by condition.
QString upsert(const QString &condition)
{
    return QStringLiteral(
               "INSERT INTO responses (assessment_id, item_id, score, not_applicable, target, confidence, rationale, "
               "dissent, change_reason, change_note, updated_at, updated_by, version) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
               "ON CONFLICT (assessment_id, item_id) DO UPDATE SET score = excluded.score, "
               "not_applicable = excluded.not_applicable, target = excluded.target, "
               "confidence = excluded.confidence, rationale = excluded.rationale, dissent = excluded.dissent, "
               "change_reason = excluded.change_reason, change_note = excluded.change_note, "
               "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
               "version = responses.version + 1%1")
        .arg(condition);
}

const QString writeSql = upsert(QString());
// The same, replacing only the version that was read (the last value).
const QString writeOverSql = upsert(QStringLiteral(" WHERE responses.version = ?"));

} // namespace

ResponseRecords::ResponseRecords(StoreContext &context)
    : m_context(context)
{}

QHash<QString, QList<Response>> ResponseRecords::of(const QStringList &assessmentIds) const
{
    QHash<QString, QList<Response>> byAssessment;
    if (assessmentIds.isEmpty())
        return byAssessment;
    QVariantList values;
    const QString placeholders = placeholdersFor(assessmentIds, values);
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT r.assessment_id, r.item_id, %1 FROM responses r WHERE r.assessment_id IN (%2) "
                       "ORDER BY r.assessment_id, r.item_id")
            .arg(responseColumns, placeholders),
        values);
    while (query.next())
        byAssessment[query.value(0).toString()] << readResponse(query, query.value(1).toString(), 2);
    return byAssessment;
}

Response ResponseRecords::get(const QString &assessmentId, const QString &itemId) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT %1 FROM responses r WHERE r.assessment_id = ? AND r.item_id = ?").arg(responseColumns),
        {assessmentId, itemId});
    if (query.next())
        return readResponse(query, itemId, 0);
    Response none;
    none.itemId = itemId;
    return none;
}

Response ResponseRecords::update(const QString &assessmentId, const QString &itemId, const ResponseUpdate &update)
{
    // The hot path of a workshop: one read of the assessment with its response, then the writes,
    // all under the write lock so that no other writer's change falls between them.
    Transaction transaction(m_context.connection);
    QSqlQuery current = m_context.connection.reused(updateReadSql, {itemId, assessmentId});
    const bool found = current.next();
    const bool isDraft = found && current.value(0).toString() == vocabulary::toText(AssessmentStatus::Draft);
    const QString hash = found ? current.value(1).toString() : QString();
    Response before;
    before.itemId = itemId;
    if (found && !current.value(2).isNull())
        before = readResponse(current, itemId, 3);
    current.finish();
    if (!found)
        throw m_context.noAssessment(assessmentId);
    if (!isDraft)
        throw StoreContext::isFinal(assessmentId);
    if (update.expectedVersion && *update.expectedVersion != before.version)
        throw EditConflict(itemId, before);
    const Framework &framework = m_context.snapshot(hash);
    StoreContext::requireItem(framework, itemId);
    validate(framework.scale, update);

    Response after = before;
    after.rating = update.rating.value_or(before.rating);
    after.target = update.target.value_or(before.target);
    after.confidence = update.confidence.value_or(before.confidence);
    after.rationale = update.rationale.value_or(before.rationale);
    after.dissent = update.dissent.value_or(before.dissent);
    after.changeReason = update.changeReason.value_or(before.changeReason);
    after.changeNote = update.changeNote.value_or(before.changeNote);
    after.updatedAt = QDateTime::currentDateTimeUtc();
    after.updatedBy = m_context.connection.userName();
    after.version = before.version + 1;

    // On a server another writer may have committed since the read above: the write only
    // replaces the version that was read, so neither change nor its audit entry is lost.
    if (!writeOver(assessmentId, after, before.version))
        throw EditConflict(itemId, get(assessmentId, itemId));
    const auto auditField = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            m_context.audit(assessmentId, QStringLiteral("response"), itemId, field, oldValue, newValue);
    };
    auditField(QStringLiteral("rating"), describe(before.rating), describe(after.rating));
    auditField(QStringLiteral("target"), describe(before.target), describe(after.target));
    auditField(QStringLiteral("confidence"), vocabulary::toText(before.confidence),
               vocabulary::toText(after.confidence));
    auditField(QStringLiteral("rationale"), before.rationale, after.rationale);
    auditField(QStringLiteral("dissent"), before.dissent, after.dissent);
    auditField(QStringLiteral("change reason"), vocabulary::toText(before.changeReason),
               vocabulary::toText(after.changeReason));
    auditField(QStringLiteral("change note"), before.changeNote, after.changeNote);
    ChangeFeed::publish(m_context.connection, assessmentId, itemId);
    transaction.commit();
    return after;
}

void ResponseRecords::write(const QString &assessmentId, const Response &r)
{
    m_context.connection.run(writeSql, valuesOf(assessmentId, r));
}

bool ResponseRecords::writeOver(const QString &assessmentId, const Response &r, int readVersion)
{
    QVariantList values = valuesOf(assessmentId, r);
    values << readVersion;
    return m_context.connection.run(writeOverSql, values).numRowsAffected() == 1;
}

QVariantList ResponseRecords::valuesOf(const QString &assessmentId, const Response &r) const
{
    return {assessmentId,
            r.itemId,
            nullable(r.rating.score),
            r.rating.notApplicable ? 1 : 0,
            nullable(r.target),
            nullable(r.confidence),
            notNull(r.rationale),
            notNull(r.dissent),
            nullable(r.changeReason),
            notNull(r.changeNote),
            r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODateWithMs) : now(),
            r.updatedBy.isEmpty() ? m_context.connection.userName() : r.updatedBy};
}

void ResponseRecords::validate(const Scale &scale, const ResponseUpdate &update)
{
    const auto checkLevel = [&](const std::optional<int> &value, const char *message) {
        if (value && !scale.contains(*value))
            throw IammError(
                QCoreApplication::translate("ResponseRecords", message).arg(*value).arg(scale.min).arg(scale.max));
    };
    if (update.rating) {
        checkLevel(update.rating->score, QT_TRANSLATE_NOOP("ResponseRecords", "score %1 is off the scale %2–%3"));
        if (update.rating->notApplicable && update.rating->score)
            throw IammError(
                QCoreApplication::translate("ResponseRecords", "an item is either scored or not applicable, not both"));
        if (update.rating->notApplicable && !scale.allowNotApplicable)
            throw IammError(
                QCoreApplication::translate("ResponseRecords", "this framework does not allow \"not applicable\""));
    }
    if (update.target)
        checkLevel(*update.target, QT_TRANSLATE_NOOP("ResponseRecords", "target %1 is off the scale %2–%3"));
    if (update.rationale)
        InputLimits::checkLength(InputLimits::Text::Rationale, *update.rationale);
    if (update.dissent)
        InputLimits::checkLength(InputLimits::Text::DissentNote, *update.dissent);
    if (update.changeNote)
        InputLimits::checkLength(InputLimits::Text::ChangeNote, *update.changeNote);
}

} // namespace iamm
