// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/responserecords.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
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

} // namespace

ResponseRecords::ResponseRecords(StoreContext &context)
    : m_context(context)
{}

QHash<QString, QList<Response>> ResponseRecords::of(const QStringList &assessmentIds) const
{
    QHash<QString, QList<Response>> byAssessment;
    if (assessmentIds.isEmpty())
        return byAssessment;
    QStringList placeholders;
    QVariantList values;
    for (const QString &id : assessmentIds) {
        placeholders << QStringLiteral("?");
        values << id;
    }
    QSqlQuery query = m_context.connection.run(
        QStringLiteral(
            "SELECT assessment_id, item_id, score, not_applicable, target, confidence, rationale, "
            "dissent, change_reason, change_note, updated_at FROM responses WHERE assessment_id IN (%1) ORDER BY "
            "assessment_id, item_id")
            .arg(placeholders.join(QStringLiteral(", "))),
        values);
    while (query.next()) {
        Response r;
        r.itemId = query.value(1).toString();
        r.rating = Rating{optionalInt(query.value(2)), query.value(3).toBool()};
        r.target = optionalInt(query.value(4));
        r.confidence = storedOptional<Confidence>(query.value(5));
        r.rationale = query.value(6).toString();
        r.dissent = query.value(7).toString();
        r.changeReason = storedOptional<ChangeReason>(query.value(8));
        r.changeNote = query.value(9).toString();
        r.updatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        byAssessment[query.value(0).toString()] << r;
    }
    return byAssessment;
}

Response ResponseRecords::get(const QString &assessmentId, const QString &itemId) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT score, not_applicable, target, confidence, rationale, dissent, change_reason, "
                       "change_note FROM responses "
                       "WHERE assessment_id = ? AND item_id = ?"),
        {assessmentId, itemId});
    Response r;
    r.itemId = itemId;
    if (query.next()) {
        r.rating = Rating{optionalInt(query.value(0)), query.value(1).toBool()};
        r.target = optionalInt(query.value(2));
        r.confidence = storedOptional<Confidence>(query.value(3));
        r.rationale = query.value(4).toString();
        r.dissent = query.value(5).toString();
        r.changeReason = storedOptional<ChangeReason>(query.value(6));
        r.changeNote = query.value(7).toString();
    }
    return r;
}

void ResponseRecords::update(const QString &assessmentId, const QString &itemId, const ResponseUpdate &update)
{
    // The hot path of a workshop: one read of the assessment with its response, then the writes,
    // all under the write lock so that no other writer's change falls between them.
    Transaction transaction(m_context.connection);
    QSqlQuery current = m_context.connection.reused(
        QStringLiteral("SELECT a.status, a.framework_hash, r.item_id, r.score, r.not_applicable, r.target, "
                       "r.confidence, r.rationale, r.dissent, r.change_reason, r.change_note FROM assessments a LEFT "
                       "JOIN responses r "
                       "ON r.assessment_id = a.id AND r.item_id = ? WHERE a.id = ?"),
        {itemId, assessmentId});
    const bool found = current.next();
    const bool isDraft = found && current.value(0).toString() == vocabulary::toText(AssessmentStatus::Draft);
    const QString hash = found ? current.value(1).toString() : QString();
    Response before;
    before.itemId = itemId;
    if (found && !current.value(2).isNull()) {
        before.rating = Rating{optionalInt(current.value(3)), current.value(4).toBool()};
        before.target = optionalInt(current.value(5));
        before.confidence = storedOptional<Confidence>(current.value(6));
        before.rationale = current.value(7).toString();
        before.dissent = current.value(8).toString();
        before.changeReason = storedOptional<ChangeReason>(current.value(9));
        before.changeNote = current.value(10).toString();
    }
    current.finish();
    if (!found)
        throw m_context.noAssessment(assessmentId);
    if (!isDraft)
        throw StoreContext::isFinal(assessmentId);
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

    write(assessmentId, after);
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
    transaction.commit();
}

void ResponseRecords::write(const QString &assessmentId, const Response &r)
{
    m_context.connection.run(
        QStringLiteral("INSERT INTO responses (assessment_id, item_id, score, not_applicable, target, "
                       "confidence, rationale, dissent, change_reason, change_note, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (assessment_id, item_id) DO UPDATE SET score = excluded.score, "
                       "not_applicable = excluded.not_applicable, target = excluded.target, "
                       "confidence = excluded.confidence, rationale = excluded.rationale, dissent = excluded.dissent, "
                       "change_reason = excluded.change_reason, change_note = excluded.change_note, "
                       "updated_at = excluded.updated_at"),
        {assessmentId, r.itemId, nullable(r.rating.score), r.rating.notApplicable ? 1 : 0, nullable(r.target),
         nullable(r.confidence), notNull(r.rationale), notNull(r.dissent), nullable(r.changeReason),
         notNull(r.changeNote), r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODateWithMs) : now()});
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
        InputLimits::checkLength(QStringLiteral("the rationale"), *update.rationale, InputLimits::maxLongTextLength);
    if (update.dissent)
        InputLimits::checkLength(QStringLiteral("the dissent note"), *update.dissent, InputLimits::maxLongTextLength);
    if (update.changeNote)
        InputLimits::checkLength(QStringLiteral("the explanation of change"), *update.changeNote,
                                 InputLimits::maxLongTextLength);
}

} // namespace iamm
