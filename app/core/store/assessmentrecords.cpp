// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentrecords.h"

#include "catalogs/statecatalog.h"
#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "display/displaytext.h"
#include "store/auditlog.h"
#include "store/storecontext.h"
#include "store/storevalues.h"
#include "store/teamconflict.h"

#include <QCoreApplication>
#include <QUuid>

namespace iamm {

using namespace storevalues;

namespace {

const QString assessmentColumns = QStringLiteral(
    "a.id, a.state_code, a.framework_id, a.framework_version, a.framework_hash, a.title, a.assessed_on, a.status, "
    "COALESCE((SELECT MAX(r.updated_at) FROM responses r WHERE r.assessment_id = a.id AND r.updated_at > "
    "a.updated_at), "
    "a.updated_at), "
    "(SELECT COUNT(*) FROM responses r WHERE r.assessment_id = a.id AND r.score IS NOT NULL AND r.not_applicable = 0), "
    "(SELECT COUNT(*) FROM responses r WHERE r.assessment_id = a.id AND r.not_applicable = 1), "
    "a.previous_assessment_id, a.created_at");

// Columns 0–7 of a query in the order id, state, framework id, version, hash, title, date, status.
AssessmentInfo readHeader(const QSqlQuery &query)
{
    AssessmentInfo info;
    info.id = query.value(0).toString();
    info.stateCode = query.value(1).toString();
    info.frameworkId = query.value(2).toString();
    info.frameworkVersion = query.value(3).toString();
    info.frameworkHash = query.value(4).toString();
    info.title = query.value(5).toString();
    info.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    info.status = storedValue<AssessmentStatus>(query.value(7));
    return info;
}

void checkTeam(const QList<TeamMember> &team)
{
    InputLimits::checkCount(InputLimits::Count::TeamMembers, team.size());
    for (int i = 0; i < team.size(); ++i) {
        const QString number = QString::number(i + 1);
        InputLimits::checkLength(InputLimits::Text::TeamMemberName, team[i].name.trimmed(), number);
        InputLimits::checkLength(InputLimits::Text::TeamMemberAgency, team[i].agency.trimmed(), number);
        InputLimits::checkLength(InputLimits::Text::TeamMemberRole, team[i].role.trimmed(), number);
    }
}

QString teamNames(const QList<TeamMember> &team)
{
    QStringList names;
    for (const TeamMember &member : team)
        names << member.name.trimmed();
    return names.join(QStringLiteral(", "));
}

} // namespace

AssessmentRecords::AssessmentRecords(StoreContext &context)
    : m_context(context)
{}

QString AssessmentRecords::create(const NewAssessment &request, const Framework &framework)
{
    const QString code = request.stateCode.trimmed().toUpper();
    if (!StateCatalog::instance().find(code))
        throw IammError(
            QCoreApplication::translate("AssessmentRecords",
                                        "\"%1\" is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)")
                .arg(request.stateCode));
    if (!request.date.isValid())
        throw IammError(QCoreApplication::translate("AssessmentRecords", "the assessment date is not a valid date"));
    AssessmentInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.stateCode = code;
    info.title = request.title.trimmed().isEmpty() ? QStringLiteral("%1 self-assessment %2")
                                                         .arg(StateCatalog::instance().nameOf(code))
                                                         .arg(request.date.year())
                                                   : request.title.trimmed();
    InputLimits::checkLength(InputLimits::Text::AssessmentTitle, info.title);
    info.date = request.date;
    info.status = AssessmentStatus::Draft;
    info.team = request.team;
    checkTeam(info.team);
    Transaction transaction(m_context.connection);
    insert(info, framework);
    m_context.audit(info.id, QStringLiteral("assessment"), info.id, QStringLiteral("created"), QString(), info.title);
    transaction.commit();
    return info.id;
}

QList<AssessmentInfo> AssessmentRecords::list(const QString &stateCode) const
{
    const QString filter = stateCode.isEmpty() ? QString() : QStringLiteral(" WHERE a.state_code = ?");
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT ") + assessmentColumns + QStringLiteral(" FROM assessments a") + filter
            + QStringLiteral(" ORDER BY a.assessed_on DESC, a.created_at DESC"),
        stateCode.isEmpty() ? QVariantList() : QVariantList{stateCode.toUpper()});
    QList<AssessmentInfo> list;
    QHash<QString, int> byId;
    while (query.next()) {
        byId.insert(query.value(0).toString(), int(list.size()));
        list << readInfo(query);
    }
    QSqlQuery members = m_context.connection.run(
        QStringLiteral("SELECT assessment_id, name, agency, role FROM team_members ORDER BY assessment_id, position"));
    while (members.next()) {
        const auto it = byId.constFind(members.value(0).toString());
        if (it != byId.constEnd())
            list[*it].team << TeamMember{members.value(1).toString(), members.value(2).toString(),
                                         members.value(3).toString()};
    }
    return list;
}

AssessmentInfo AssessmentRecords::get(const QString &assessmentId) const
{
    QSqlQuery query = m_context.connection.run(QStringLiteral("SELECT ") + assessmentColumns
                                                   + QStringLiteral(" FROM assessments a WHERE a.id = ?"),
                                               {assessmentId});
    if (!query.next())
        throw m_context.noAssessment(assessmentId);
    AssessmentInfo info = readInfo(query);
    info.team = team(assessmentId);
    return info;
}

bool AssessmentRecords::has(const QString &assessmentId) const
{
    return !m_context.connection.scalar(QStringLiteral("SELECT 1 FROM assessments WHERE id = ?"), {assessmentId})
                .isNull();
}

void AssessmentRecords::changeTeam(const QString &assessmentId, const std::optional<QList<TeamMember>> &from,
                                   const TeamChange &change)
{
    Transaction transaction(m_context.connection);
    // Changing the assessment's row first holds off every other change of it (on SQLite, of the
    // database) until this one is committed, so the team read next stays the stored one.
    m_context.touch(assessmentId);
    m_context.requireDraft(assessmentId);
    const QList<TeamMember> before = team(assessmentId);
    if (from && *from != before)
        throw TeamConflict(
            DisplayText::quoted(get(assessmentId).title), before,
            AuditLog(m_context.connection)
                .lastEntry(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("team")));
    const QList<TeamMember> after = change(before);
    writeTeam(assessmentId, after);
    m_context.audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("team"), teamNames(before),
                    teamNames(after));
    transaction.commit();
}

void AssessmentRecords::setStatus(const QString &assessmentId, AssessmentStatus status)
{
    Transaction transaction(m_context.connection);
    const AssessmentStatus before = m_context.statusOf(assessmentId);
    if (before == status)
        return;
    m_context.connection.run(QStringLiteral("UPDATE assessments SET status = ? WHERE id = ?"),
                             {vocabulary::toText(status), assessmentId});
    m_context.audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("status"),
                    vocabulary::toText(before), vocabulary::toText(status));
    m_context.touch(assessmentId);
    transaction.commit();
}

void AssessmentRecords::remove(const QString &assessmentId)
{
    const AssessmentInfo info = get(assessmentId);
    Transaction transaction(m_context.connection);
    // Audited first: on a server, a team's row-level policy admits audit rows of its own assessments only.
    m_context.audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("deleted"), info.title,
                    QString());
    m_context.connection.run(QStringLiteral("DELETE FROM assessments WHERE id = ?"), {assessmentId});
    transaction.commit();
}

QList<AssessmentInfo> AssessmentRecords::finals(const QString &frameworkId) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT id, state_code, framework_id, framework_version, framework_hash, title, assessed_on, "
                       "status FROM assessments WHERE status = 'final' AND framework_id = ? "
                       "ORDER BY assessed_on DESC, created_at DESC"),
        {frameworkId});
    QList<AssessmentInfo> list;
    while (query.next())
        list << readHeader(query);
    return list;
}

void AssessmentRecords::setPrevious(const QString &assessmentId, const QString &previousId)
{
    Transaction transaction(m_context.connection);
    const AssessmentInfo info = get(assessmentId);
    if (!previousId.isEmpty()) {
        if (previousId == assessmentId)
            throw IammError(
                QCoreApplication::translate("AssessmentRecords", "assessment %1 cannot be its own previous round")
                    .arg(assessmentId));
        const AssessmentInfo previous = get(previousId);
        if (previous.stateCode != info.stateCode || previous.frameworkId != info.frameworkId)
            throw IammError(
                QCoreApplication::translate("AssessmentRecords",
                                            "assessment %1 (%2, framework %3) cannot be the previous round of %4 "
                                            "(%5, framework %6): a previous round is of the same state and framework")
                    .arg(previousId, previous.stateCode, previous.frameworkId, assessmentId, info.stateCode,
                         info.frameworkId));
    }
    if (info.previousAssessmentId == previousId)
        return;
    writePrevious(assessmentId, previousId);
    m_context.audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("previous round"),
                    info.previousAssessmentId, previousId);
    m_context.touch(assessmentId);
    transaction.commit();
}

void AssessmentRecords::writePrevious(const QString &assessmentId, const QString &previousId)
{
    m_context.connection.run(QStringLiteral("UPDATE assessments SET previous_assessment_id = ? WHERE id = ?"),
                             {nullable(previousId), assessmentId});
}

QStringList AssessmentRecords::followers(const QString &assessmentId) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT id FROM assessments WHERE previous_assessment_id = ?"), {assessmentId});
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

void AssessmentRecords::insert(const AssessmentInfo &info, const Framework &framework)
{
    m_context.pinFramework(framework);
    const QString created = info.createdAt.isValid() ? info.createdAt.toUTC().toString(Qt::ISODateWithMs) : now();
    const QString updated = info.updatedAt.isValid() ? info.updatedAt.toUTC().toString(Qt::ISODateWithMs) : created;
    m_context.connection.run(QStringLiteral("INSERT INTO assessments (id, state_code, framework_id, framework_version, "
                                            "framework_hash, title, assessed_on, status, created_at, updated_at, "
                                            "previous_assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {info.id, info.stateCode, framework.id, framework.version, framework.hash, info.title,
                              info.date.toString(Qt::ISODate), vocabulary::toText(info.status), created, updated,
                              nullable(info.previousAssessmentId)});
    writeTeam(info.id, info.team);
}

AssessmentInfo AssessmentRecords::readInfo(const QSqlQuery &query) const
{
    AssessmentInfo info = readHeader(query);
    info.updatedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    info.scoredCount = query.value(9).toInt();
    info.notApplicableCount = query.value(10).toInt();
    info.previousAssessmentId = query.value(11).toString();
    info.createdAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    info.itemCount = m_context.snapshot(info.frameworkHash).itemCount();
    return info;
}

QList<TeamMember> AssessmentRecords::team(const QString &assessmentId) const
{
    QSqlQuery query = m_context.connection.run(QStringLiteral("SELECT name, agency, role FROM team_members "
                                                              "WHERE assessment_id = ? ORDER BY position"),
                                               {assessmentId});
    QList<TeamMember> members;
    while (query.next())
        members << TeamMember{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    return members;
}

void AssessmentRecords::writeTeam(const QString &assessmentId, const QList<TeamMember> &team)
{
    checkTeam(team);
    m_context.connection.run(QStringLiteral("DELETE FROM team_members WHERE assessment_id = ?"), {assessmentId});
    for (int i = 0; i < team.size(); ++i) {
        if (team[i].name.trimmed().isEmpty())
            throw IammError(QCoreApplication::translate("AssessmentRecords", "team member %1 has no name").arg(i + 1));
        m_context.connection.run(
            QStringLiteral("INSERT INTO team_members (assessment_id, position, name, agency, role) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {assessmentId, i, team[i].name.trimmed(), notNull(team[i].agency.trimmed()),
             notNull(team[i].role.trimmed())});
    }
}

} // namespace iamm
