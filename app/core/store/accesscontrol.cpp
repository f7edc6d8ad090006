// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/accesscontrol.h"

#include "common/datapaths.h"
#include "common/iammerror.h"
#include "store/databaselocation.h"
#include "store/migrationrunner.h"
#include "store/sharedfiguresschema.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace iamm {

namespace {

const QStringList groupRoles{QStringLiteral("iamm_team"), QStringLiteral("iamm_observer"),
                             QStringLiteral("iamm_secretariat")};

// The tables whose rows belong to one assessment through assessment_id.
const QStringList attachedTables{
    QStringLiteral("team_members"),      QStringLiteral("responses"),        QStringLiteral("checklist_statuses"),
    QStringLiteral("evidence"),          QStringLiteral("actions"),          QStringLiteral("contributions"),
    QStringLiteral("facilitator_notes"), QStringLiteral("parked_questions"), QStringLiteral("agenda_sessions"),
    QStringLiteral("audit_log")};

// Attached through another attached table: table, its key column, the table it refers to.
struct Indirect
{
    QString table;
    QString key;
    QString parent;
};
const QList<Indirect> indirectTables{
    {QStringLiteral("evidence_files"), QStringLiteral("evidence_id"), QStringLiteral("evidence")},
    {QStringLiteral("contribution_views"), QStringLiteral("contribution_id"), QStringLiteral("contributions")}};

// Readable by every group role: no state's data in them.
const QStringList sharedTables{QStringLiteral("framework_snapshots"), QStringLiteral("peer_groups"),
                               QStringLiteral("peer_group_members"), QStringLiteral("iamm_schema_version"),
                               QStringLiteral("access_grants")};

const QString secretariatAssessmentColumns = QStringLiteral(
    "id, state_code, framework_id, framework_version, framework_hash, title, assessed_on, status, created_at, "
    "updated_at, previous_assessment_id");
const QString secretariatResponseColumns = QStringLiteral(
    "assessment_id, item_id, score, not_applicable, target, updated_at");

QString serverLocation(const QString &location)
{
    if (!DatabaseLocation::parse(location).isServer())
        throw IammError(QCoreApplication::translate(
                            "AccessControl", "%1: access control needs a PostgreSQL server database; a SQLite file is "
                                             "protected by its file permissions")
                            .arg(location));
    return location;
}

// The states the current login role holds grants of the kind for: policies read them as the role
// itself, through access_grants' own policy, so no function runs with more rights than its caller.
QString statesOf(AccessKind kind)
{
    return QStringLiteral("SELECT g.state_code FROM access_grants g WHERE g.db_user = current_user::text "
                          "AND g.kind = '%1'")
        .arg(accesskind::toText(kind));
}

// A secretariat sees final assessments only.
QString assessmentCondition(const QString &alias, AccessKind kind)
{
    return QStringLiteral("%1state_code IN (%2)%3")
        .arg(alias, statesOf(kind),
             kind == AccessKind::Secretariat ? QStringLiteral(" AND %1status = 'final'").arg(alias) : QString());
}

QString assessmentsOf(AccessKind kind)
{
    return QStringLiteral("SELECT a.id FROM assessments a WHERE ") + assessmentCondition(QStringLiteral("a."), kind);
}

// The condition a row of table meets when it belongs to an assessment of the kind's states. The
// assessments' own policy reads its columns directly: a policy querying its own table would recurse.
QString rowCondition(const QString &table, AccessKind kind)
{
    if (table == QLatin1String("assessments"))
        return assessmentCondition(QString(), kind);
    for (const Indirect &indirect : indirectTables) {
        if (indirect.table == table)
            return QStringLiteral("%1 IN (SELECT p.id FROM %2 p WHERE p.assessment_id IN (%3))")
                .arg(indirect.key, indirect.parent, assessmentsOf(kind));
    }
    return QStringLiteral("assessment_id IN (%1)").arg(assessmentsOf(kind));
}

QStringList stateTables()
{
    QStringList tables{QStringLiteral("assessments")};
    tables << attachedTables;
    for (const Indirect &indirect : indirectTables)
        tables << indirect.table;
    return tables;
}

QStringList privilegeStatements(const QString &schema)
{
    const QString all = groupRoles.join(QStringLiteral(", "));
    QStringList sql;
    for (const QString &table : stateTables() + sharedTables)
        sql << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(table, all);
    sql << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, all)
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, all);
    for (const QString &table : sharedTables)
        sql << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, all);
    for (const QString &table : stateTables()) {
        // The audit log is append-only for a team: its history cannot be rewritten.
        const bool appendOnly = table == QLatin1String("audit_log");
        sql << QStringLiteral("GRANT %1 ON %2 TO iamm_team")
                   .arg(appendOnly ? QStringLiteral("SELECT, INSERT")
                                   : QStringLiteral("SELECT, INSERT, UPDATE, DELETE"),
                        table)
            << QStringLiteral("GRANT SELECT ON %1 TO iamm_observer").arg(table);
    }
    sql << QStringLiteral("GRANT INSERT ON framework_snapshots TO iamm_team")
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO iamm_team").arg(schema)
        << QStringLiteral("GRANT SELECT (%1) ON assessments TO iamm_secretariat").arg(secretariatAssessmentColumns)
        << QStringLiteral("GRANT SELECT (%1) ON responses TO iamm_secretariat").arg(secretariatResponseColumns);
    return sql;
}

QStringList policyStatements()
{
    QStringList sql;
    for (const QString &table : stateTables()) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const QString &role : groupRoles)
            sql << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(role, table);
        const QString team = rowCondition(table, AccessKind::Team);
        sql << QStringLiteral("CREATE POLICY iamm_team ON %1 FOR ALL TO iamm_team USING (%2) WITH CHECK (%2)")
                   .arg(table, team)
            << QStringLiteral("CREATE POLICY iamm_observer ON %1 FOR SELECT TO iamm_observer USING (%2)")
                   .arg(table, rowCondition(table, AccessKind::Observer));
        if (table == QLatin1String("assessments") || table == QLatin1String("responses"))
            sql << QStringLiteral("CREATE POLICY iamm_secretariat ON %1 FOR SELECT TO iamm_secretariat USING (%2)")
                       .arg(table, rowCondition(table, AccessKind::Secretariat));
    }
    sql << QStringLiteral("ALTER TABLE access_grants ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS iamm_own_grants ON access_grants")
        << QStringLiteral("CREATE POLICY iamm_own_grants ON access_grants FOR SELECT TO %1 "
                          "USING (db_user = current_user::text)")
               .arg(groupRoles.join(QStringLiteral(", ")));
    return sql;
}

} // namespace

AccessControl::AccessControl(const QString &location, SqlConnection::Access access)
    : m_connection(serverLocation(location), access)
{}

QString AccessControl::quoted(const QString &identifier) const
{
    return m_connection.database().driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

void AccessControl::initialize(const QList<PeerGroup> &shippedGroups)
{
    MigrationRunner::migrate(m_connection, DataPaths::migrationsDir());
    Transaction transaction(m_connection);
    const bool allowed = m_connection
                             .scalar(QStringLiteral(
                                 "SELECT r.rolsuper OR (r.rolcreaterole AND pg_has_role(current_user, "
                                 "(SELECT relowner FROM pg_class WHERE oid = 'assessments'::regclass), 'USAGE')) "
                                 "FROM pg_roles r WHERE r.rolname = current_user"))
                             .toBool();
    if (!allowed)
        throw IammError(
            QCoreApplication::translate("AccessControl",
                                        "%1: access control is set up by the owner of the database's tables with the "
                                        "right to create roles (a superuser, or an owner with CREATEROLE)")
                .arg(m_connection.path()));
    for (const QString &role : groupRoles)
        m_connection.run(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                        "THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                             .arg(role));
    m_connection.run(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS access_grants (db_user TEXT NOT NULL, "
        "kind TEXT NOT NULL CHECK (kind IN ('team', 'observer', 'secretariat')), state_code TEXT NOT NULL, "
        "PRIMARY KEY (db_user, kind, state_code))"));
    const QString schema = quoted(m_connection.scalar(QStringLiteral("SELECT current_schema()")).toString());
    for (const QString &statement : privilegeStatements(schema) + policyStatements())
        m_connection.run(statement);
    SharedFiguresSchema::create(m_connection, shippedGroups, groupRoles);
    transaction.commit();
}

void AccessControl::requireInitialized() const
{
    if (!m_connection.scalar(QStringLiteral("SELECT to_regclass('access_grants') IS NOT NULL")).toBool())
        throw IammError(QCoreApplication::translate(
                            "AccessControl", "%1: access control is not set up here: run `iamm admin init` first")
                            .arg(m_connection.path()));
}

QStringList AccessControl::groupRolesOf(const QString &user) const
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? ORDER BY g.rolname"),
        {user});
    QStringList roles;
    while (query.next()) {
        if (groupRoles.contains(query.value(0).toString()))
            roles << query.value(0).toString();
    }
    return roles;
}

bool AccessControl::grant(const AccessRequest &request)
{
    AccessRequest::requireUserName(request.user);
    requireInitialized();
    Transaction transaction(m_connection);
    const QVariant superuser = m_connection.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = ?"),
                                                   {request.user});
    if (superuser.toBool())
        throw IammError(QCoreApplication::translate(
                            "AccessControl", "%1 is a superuser, who sees and changes everything: nothing granted")
                            .arg(request.user));
    const QString role = accesskind::groupRole(request.kind);
    const QString secretariat = accesskind::groupRole(AccessKind::Secretariat);
    for (const QString &held : groupRolesOf(request.user)) {
        if ((held == secretariat) != (role == secretariat))
            throw IammError(
                QCoreApplication::translate("AccessControl",
                                            "%1 has the role %2; a secretariat cannot also be a team or an observer "
                                            "(use another user name): nothing granted")
                    .arg(request.user, held));
    }
    const bool created = superuser.isNull();
    if (created)
        m_connection.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(request.user)));
    m_connection.run(QStringLiteral("GRANT %1 TO %2").arg(role, quoted(request.user)));
    for (const QString &code : request.stateCodes)
        m_connection.run(QStringLiteral("INSERT INTO access_grants (db_user, kind, state_code) VALUES (?, ?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                         {request.user, accesskind::toText(request.kind), code});
    transaction.commit();
    return created;
}

AccessControl::Revoked AccessControl::revoke(const AccessRequest &request)
{
    AccessRequest::requireUserName(request.user);
    requireInitialized();
    Transaction transaction(m_connection);
    const QString kind = accesskind::toText(request.kind);
    Revoked revoked;
    for (const QString &code : request.stateCodes)
        revoked.grants += m_connection
                              .run(QStringLiteral("DELETE FROM access_grants WHERE db_user = ? AND kind = ? "
                                                  "AND state_code = ?"),
                                   {request.user, kind, code})
                              .numRowsAffected();
    if (revoked.grants == 0)
        throw IammError(QCoreApplication::translate("AccessControl", "%1 has no %2 access to %3: nothing revoked")
                            .arg(request.user, kind, request.stateCodes.join(QStringLiteral(", "))));
    const QString role = accesskind::groupRole(request.kind);
    const qint64 left = m_connection
                            .scalar(QStringLiteral("SELECT COUNT(*) FROM access_grants WHERE db_user = ? AND kind = ?"),
                                    {request.user, kind})
                            .toLongLong();
    if (left == 0 && groupRolesOf(request.user).contains(role)) {
        m_connection.run(QStringLiteral("REVOKE %1 FROM %2").arg(role, quoted(request.user)));
        revoked.leftGroupRole = true;
    }
    transaction.commit();
    return revoked;
}

QList<AccessGrant> AccessControl::grants() const
{
    requireInitialized();
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT db_user, kind, state_code FROM access_grants ORDER BY db_user, kind, state_code"));
    QList<AccessGrant> grants;
    while (query.next())
        grants << AccessGrant{query.value(0).toString(), *accesskind::fromText(query.value(1).toString()),
                              query.value(2).toString()};
    return grants;
}

} // namespace iamm
