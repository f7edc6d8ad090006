// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sharedfigurerecords.h"

#include "store/storecontext.h"
#include "store/storevalues.h"

#include <QCoreApplication>

namespace iamm {

using namespace storevalues;

SharedFigureRecords::SharedFigureRecords(StoreContext &context)
    : m_context(context)
{}

QString SharedFigureRecords::sharedTitle(const AssessmentInfo &info)
{
    return QCoreApplication::translate("SharedFigureRecords", "%1 assessment of %2 (shared copy)")
        .arg(info.stateCode, info.date.toString(Qt::ISODate));
}

QList<AssessmentInfo> SharedFigureRecords::read(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT s.id, s.state_code, s.framework_id, s.framework_version, s.framework_hash, "
                       "s.assessed_on, s.status, s.created_at, "
                       "(SELECT COUNT(*) FROM shared_responses r WHERE r.assessment_id = s.id AND r.score IS NOT NULL "
                       "AND r.not_applicable = 0), "
                       "(SELECT COUNT(*) FROM shared_responses r WHERE r.assessment_id = s.id AND "
                       "r.not_applicable = 1) "
                       "FROM shared_assessments s WHERE %1 ORDER BY s.assessed_on DESC, s.created_at DESC")
            .arg(condition),
        values);
    QList<AssessmentInfo> list;
    while (query.next()) {
        AssessmentInfo info;
        info.id = query.value(0).toString();
        info.stateCode = query.value(1).toString();
        info.frameworkId = query.value(2).toString();
        info.frameworkVersion = query.value(3).toString();
        info.frameworkHash = query.value(4).toString();
        info.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        info.status = storedValue<AssessmentStatus>(query.value(6));
        info.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        info.scoredCount = query.value(8).toInt();
        info.notApplicableCount = query.value(9).toInt();
        info.title = sharedTitle(info);
        info.itemCount = m_context.snapshot(info.frameworkHash).itemCount();
        list << info;
    }
    return list;
}

QList<AssessmentInfo> SharedFigureRecords::finals(const QString &frameworkId, const QString &stateCode) const
{
    QStringList conditions{QStringLiteral("TRUE")};
    QVariantList values;
    if (!frameworkId.isEmpty()) {
        conditions << QStringLiteral("s.framework_id = ?");
        values << frameworkId;
    }
    if (!stateCode.isEmpty()) {
        conditions << QStringLiteral("s.state_code = ?");
        values << stateCode;
    }
    return read(conditions.join(QStringLiteral(" AND ")), values);
}

AssessmentInfo SharedFigureRecords::get(const QString &assessmentId) const
{
    const QList<AssessmentInfo> found = read(QStringLiteral("s.id = ?"), {assessmentId});
    if (found.isEmpty())
        throw IammError(QCoreApplication::translate("SharedFigureRecords",
                                                    "%1: no final assessment with id \"%2\" among the shared "
                                                    "figures this login may read")
                            .arg(m_context.connection.path(), assessmentId));
    return found.constFirst();
}

QHash<QString, QList<Response>> SharedFigureRecords::responsesOf(const QStringList &assessmentIds) const
{
    QHash<QString, QList<Response>> byAssessment;
    if (assessmentIds.isEmpty())
        return byAssessment;
    QVariantList values;
    const QString placeholders = placeholdersFor(assessmentIds, values);
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT assessment_id, item_id, score, not_applicable, target, updated_at FROM shared_responses "
                       "WHERE assessment_id IN (%1) ORDER BY assessment_id, item_id")
            .arg(placeholders),
        values);
    while (query.next()) {
        Response r;
        r.itemId = query.value(1).toString();
        r.rating = Rating{optionalInt(query.value(2)), query.value(3).toBool()};
        r.target = optionalInt(query.value(4));
        r.updatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        byAssessment[query.value(0).toString()] << r;
    }
    return byAssessment;
}

} // namespace iamm
