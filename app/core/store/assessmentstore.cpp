#include "store/assessmentstore.h"

#include "store/databasebackup.h"
#include "common/datapaths.h"
#include "display/displaytext.h"
#include "store/evidencefilename.h"
#include "framework/frameworkloader.h"
#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "store/migrationrunner.h"
#include "store/peergrouprecords.h"
#include "store/sqlconnection.h"
#include "catalogs/statecatalog.h"
#include "assessment/vocabulary.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QUuid>

namespace iamm {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Qt SQL binds a null QString as NULL; NOT NULL text columns get an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// A column holding a vocabulary value; the schema's CHECK constraints keep it one of the spellings.
template <typename Enum>
Enum storedValue(const QVariant &value)
{
    return vocabulary::require<Enum>(value.toString());
}

template <typename Enum>
std::optional<Enum> storedOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return storedValue<Enum>(value);
}

template <typename Enum>
QVariant nullable(const std::optional<Enum> &value)
{
    return value ? QVariant(vocabulary::toText(*value)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

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

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString assessmentColumns = QStringLiteral(
    "a.id, a.state_code, a.framework_id, a.framework_version, a.framework_hash, a.title, a.assessed_on, a.status, "
    "COALESCE((SELECT MAX(r.updated_at) FROM responses r WHERE r.assessment_id = a.id AND r.updated_at > a.updated_at), "
    "a.updated_at), "
    "(SELECT COUNT(*) FROM responses r WHERE r.assessment_id = a.id AND r.score IS NOT NULL AND r.not_applicable = 0), "
    "(SELECT COUNT(*) FROM responses r WHERE r.assessment_id = a.id AND r.not_applicable = 1)");

const QString evidenceColumns = QStringLiteral(
    "id, item_id, kind, title, body, confidential, file_name, mime_type, size, sha256, created_at");

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

Evidence readEvidence(const QSqlQuery &query)
{
    Evidence e;
    e.id = query.value(0).toLongLong();
    e.itemId = query.value(1).toString();
    e.kind = storedValue<EvidenceKind>(query.value(2));
    e.title = query.value(3).toString();
    e.text = query.value(4).toString();
    e.confidential = query.value(5).toBool();
    e.fileName = query.value(6).toString();
    e.mimeType = query.value(7).toString();
    e.size = query.value(8).toLongLong();
    e.sha256 = query.value(9).toString();
    e.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return e;
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
    return a;
}

void checkTeam(const QList<TeamMember> &team)
{
    InputLimits::checkCount(QStringLiteral("team members"), team.size(), InputLimits::maxTeamMembers);
    for (int i = 0; i < team.size(); ++i) {
        const QString which = QStringLiteral("team member %1").arg(i + 1);
        InputLimits::checkLength(which + QStringLiteral("'s name"), team[i].name.trimmed(), InputLimits::maxNameLength);
        InputLimits::checkLength(which + QStringLiteral("'s agency"), team[i].agency.trimmed(),
                                 InputLimits::maxNameLength);
        InputLimits::checkLength(which + QStringLiteral("'s role"), team[i].role.trimmed(), InputLimits::maxNameLength);
    }
}

} // namespace

class AssessmentStore::Private
{
public:
    Private(const QString &path, SqlConnection::Access access)
        : connection(path, access)
        , peerGroups(connection)
    {
    }

    SqlConnection connection;
    mutable PeerGroupRecords peerGroups;
    mutable QHash<QString, Framework> frameworksByHash;

    qint64 rowCount(const QString &table, const QString &assessmentId) const
    {
        return connection.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE assessment_id = ?").arg(table),
                                 {assessmentId}).toLongLong();
    }

    const Framework &snapshot(const QString &hash) const
    {
        auto it = frameworksByHash.constFind(hash);
        if (it != frameworksByHash.constEnd())
            return *it;
        const QVariant content = connection.scalar(
            QStringLiteral("SELECT content FROM framework_snapshots WHERE hash = ?"), {hash});
        if (content.isNull())
            throw IammError(QStringLiteral("%1: framework snapshot %2 is missing").arg(connection.path(), hash));
        Framework framework = FrameworkLoader::loadBytes(content.toString().toUtf8(),
                                                         connection.path() + QStringLiteral(" (pinned framework)"));
        framework.origin = QStringLiteral("database");
        return *frameworksByHash.insert(hash, framework);
    }

    void pinFramework(const Framework &framework)
    {
        connection.run(QStringLiteral("INSERT INTO framework_snapshots (hash, framework_id, version, content) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"),
                       {framework.hash, framework.id, framework.version, QString::fromUtf8(framework.canonicalJson)});
    }

    void audit(const QString &assessmentId, const QString &entity, const QString &key, const QString &field,
               const QString &oldValue, const QString &newValue)
    {
        connection.run(QStringLiteral("INSERT INTO audit_log (assessment_id, entity, entity_key, field, old_value, "
                                      "new_value, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {assessmentId, entity, key, field, oldValue, newValue, now()});
    }

    void touch(const QString &assessmentId)
    {
        connection.run(QStringLiteral("UPDATE assessments SET updated_at = ? WHERE id = ?"), {now(), assessmentId});
    }

    AssessmentStatus statusOf(const QString &assessmentId) const
    {
        const QVariant status = connection.scalar(QStringLiteral("SELECT status FROM assessments WHERE id = ?"),
                                                  {assessmentId});
        if (status.isNull())
            throw IammError(QStringLiteral("%1: no assessment with id \"%2\"").arg(connection.path(), assessmentId));
        return storedValue<AssessmentStatus>(status);
    }

    void requireDraft(const QString &assessmentId) const
    {
        if (statusOf(assessmentId) != AssessmentStatus::Draft)
            throw IammError(QStringLiteral("assessment %1 is final; reopen it before changing it").arg(assessmentId));
    }

    const Framework &pinnedFramework(const QString &assessmentId) const
    {
        const QVariant hash = connection.scalar(QStringLiteral("SELECT framework_hash FROM assessments WHERE id = ?"),
                                                {assessmentId});
        if (hash.isNull())
            throw IammError(QStringLiteral("%1: no assessment with id \"%2\"").arg(connection.path(), assessmentId));
        return snapshot(hash.toString());
    }

    const FrameworkItem &requireItem(const QString &assessmentId, const QString &itemId) const
    {
        const Framework &framework = pinnedFramework(assessmentId);
        const FrameworkItem *item = framework.item(itemId);
        if (!item)
            throw IammError(QStringLiteral("framework %1 has no item \"%2\" (items are %3 … %4)")
                                .arg(framework.id, itemId, framework.itemIds().constFirst(),
                                     framework.itemIds().constLast()));
        return *item;
    }

    AssessmentInfo readInfo(const QSqlQuery &query) const
    {
        AssessmentInfo info = readHeader(query);
        info.updatedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        info.scoredCount = query.value(9).toInt();
        info.notApplicableCount = query.value(10).toInt();
        info.itemCount = snapshot(info.frameworkHash).itemCount();
        return info;
    }

    QList<TeamMember> team(const QString &assessmentId) const
    {
        QSqlQuery query = connection.run(QStringLiteral("SELECT name, agency, role FROM team_members "
                                                        "WHERE assessment_id = ? ORDER BY position"),
                                         {assessmentId});
        QList<TeamMember> members;
        while (query.next())
            members << TeamMember{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
        return members;
    }

    void writeTeam(const QString &assessmentId, const QList<TeamMember> &team)
    {
        checkTeam(team);
        connection.run(QStringLiteral("DELETE FROM team_members WHERE assessment_id = ?"), {assessmentId});
        for (int i = 0; i < team.size(); ++i) {
            if (team[i].name.trimmed().isEmpty())
                throw IammError(QStringLiteral("team member %1 has no name").arg(i + 1));
            connection.run(QStringLiteral("INSERT INTO team_members (assessment_id, position, name, agency, role) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {assessmentId, i, team[i].name.trimmed(), notNull(team[i].agency.trimmed()), notNull(team[i].role.trimmed())});
        }
    }

    void insertAssessment(const AssessmentInfo &info, const Framework &framework)
    {
        pinFramework(framework);
        const QString timestamp = now();
        connection.run(QStringLiteral("INSERT INTO assessments (id, state_code, framework_id, framework_version, "
                                      "framework_hash, title, assessed_on, status, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {info.id, info.stateCode, framework.id, framework.version, framework.hash, info.title,
                        info.date.toString(Qt::ISODate), vocabulary::toText(info.status), timestamp, timestamp});
        writeTeam(info.id, info.team);
    }

    void writeResponse(const QString &assessmentId, const Response &r)
    {
        connection.run(QStringLiteral("INSERT INTO responses (assessment_id, item_id, score, not_applicable, target, "
                                      "confidence, rationale, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (assessment_id, item_id) DO UPDATE SET score = excluded.score, "
                                      "not_applicable = excluded.not_applicable, target = excluded.target, "
                                      "confidence = excluded.confidence, rationale = excluded.rationale, "
                                      "updated_at = excluded.updated_at"),
                       {assessmentId, r.itemId, nullable(r.rating.score), r.rating.notApplicable ? 1 : 0,
                        nullable(r.target), nullable(r.confidence), notNull(r.rationale), now()});
    }

    void writeChecklist(const QString &assessmentId, const ChecklistStatus &c)
    {
        connection.run(QStringLiteral("INSERT INTO checklist_statuses (assessment_id, entry_id, item_id, status) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, entry_id) "
                                      "DO UPDATE SET status = excluded.status"),
                       {assessmentId, c.entryId, c.itemId, vocabulary::toText(c.status)});
    }

    qint64 insertEvidence(const QString &assessmentId, const Evidence &e, bool audited = true)
    {
        const bool isFile = e.kind == EvidenceKind::File;
        QSqlQuery query = connection.run(
            QStringLiteral("INSERT INTO evidence (assessment_id, item_id, kind, title, body, confidential, file_name, "
                           "mime_type, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {assessmentId, e.itemId, vocabulary::toText(e.kind), notNull(e.title), notNull(e.text), e.confidential ? 1 : 0,
             isFile ? QVariant(e.fileName) : QVariant(QMetaType::fromType<QString>()),
             isFile ? QVariant(e.mimeType) : QVariant(QMetaType::fromType<QString>()),
             isFile ? QVariant(e.size) : QVariant(QMetaType::fromType<qint64>()),
             isFile ? QVariant(e.sha256) : QVariant(QMetaType::fromType<QString>()),
             (e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs)});
        const qint64 id = query.lastInsertId().toLongLong();
        if (isFile)
            connection.run(QStringLiteral("INSERT INTO evidence_files (evidence_id, content) VALUES (?, ?)"),
                           {id, e.content});
        if (audited)
            audit(assessmentId, QStringLiteral("evidence"), QString::number(id), QStringLiteral("added"), QString(),
                  vocabulary::toText(e.kind) + QStringLiteral(": ") + (isFile ? e.fileName : e.title.isEmpty() ? e.text.left(80) : e.title));
        return id;
    }

    qint64 insertAction(const QString &assessmentId, const Action &a, bool audited = true)
    {
        const QString timestamp = now();
        QSqlQuery query = connection.run(
            QStringLiteral("INSERT INTO actions (assessment_id, item_id, text, owner, due_on, status, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {assessmentId, a.itemId, a.text, notNull(a.owner), nullable(a.due), vocabulary::toText(a.status), timestamp, timestamp});
        const qint64 id = query.lastInsertId().toLongLong();
        if (audited)
            audit(assessmentId, QStringLiteral("action"), QString::number(id), QStringLiteral("added"), QString(), a.text);
        return id;
    }

    void validateAction(const QString &assessmentId, const Action &a) const
    {
        requireItem(assessmentId, a.itemId);
        InputLimits::checkLength(QStringLiteral("the action text"), a.text, InputLimits::maxActionTextLength);
        InputLimits::checkLength(QStringLiteral("the action owner"), a.owner, InputLimits::maxNameLength);
        if (a.text.trimmed().isEmpty())
            throw IammError(QStringLiteral("an action needs a text"));
    }

    qint64 addEvidence(const QString &assessmentId, const Evidence &e)
    {
        requireDraft(assessmentId);
        requireItem(assessmentId, e.itemId);
        InputLimits::checkLength(QStringLiteral("the evidence title"), e.title, InputLimits::maxNameLength);
        InputLimits::checkCount(QStringLiteral("evidence of assessment %1").arg(assessmentId),
                                rowCount(QStringLiteral("evidence"), assessmentId) + 1,
                                InputLimits::maxEvidencePerAssessment);
        Transaction transaction(connection);
        const qint64 id = insertEvidence(assessmentId, e);
        touch(assessmentId);
        transaction.commit();
        return id;
    }
};

AssessmentStore::AssessmentStore(const QString &databasePath, SqlConnection::Access access)
    : d(std::make_unique<Private>(databasePath, access))
{
    const QString migrations = DataPaths::migrationsDir();
    const int version = d->connection.schemaVersion();
    if (version > 0 && version < MigrationRunner::latestVersion(migrations) && d->connection.damage().isEmpty()
        && !d->connection.isReadOnly())
        DatabaseBackup::writeDated(d->connection, DatabaseBackup::Reason::BeforeMigration);
    MigrationRunner::migrate(d->connection, migrations);
}

AssessmentStore::~AssessmentStore() = default;

QString AssessmentStore::path() const
{
    return d->connection.path();
}

bool AssessmentStore::createdDatabase() const
{
    return d->connection.createdDatabase();
}

bool AssessmentStore::isReadOnly() const
{
    return d->connection.isReadOnly();
}

QString AssessmentStore::readOnlyReason() const
{
    return d->connection.readOnlyReason();
}

QStringList AssessmentStore::damage() const
{
    return d->connection.damage();
}

bool AssessmentStore::hasChanges() const
{
    return d->connection.hasChanges();
}

int AssessmentStore::schemaVersion() const
{
    return d->connection.schemaVersion();
}

void AssessmentStore::writeBackup(const QString &target) const
{
    DatabaseBackup::write(d->connection, target);
}

QString AssessmentStore::writeDatedBackup(DatabaseBackup::Reason reason) const
{
    return DatabaseBackup::writeDated(d->connection, reason);
}

AssessmentStore::Batch::Batch(AssessmentStore &store)
    : m_transaction(store.d->connection)
{
}

void AssessmentStore::Batch::commit()
{
    m_transaction.commit();
}

PeerGroupRecords &AssessmentStore::peerGroups() const
{
    return d->peerGroups;
}

QString AssessmentStore::createAssessment(const NewAssessment &request, const Framework &framework)
{
    const QString code = request.stateCode.trimmed().toUpper();
    if (!StateCatalog::instance().find(code))
        throw IammError(QStringLiteral("\"%1\" is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)")
                            .arg(request.stateCode));
    if (!request.date.isValid())
        throw IammError(QStringLiteral("the assessment date is not a valid date"));
    AssessmentInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.stateCode = code;
    info.title = request.title.trimmed().isEmpty()
                     ? QStringLiteral("%1 self-assessment %2").arg(StateCatalog::instance().nameOf(code))
                           .arg(request.date.year())
                     : request.title.trimmed();
    InputLimits::checkLength(QStringLiteral("the assessment title"), info.title, InputLimits::maxNameLength);
    info.date = request.date;
    info.status = AssessmentStatus::Draft;
    info.team = request.team;
    checkTeam(info.team);
    Transaction transaction(d->connection);
    d->insertAssessment(info, framework);
    d->audit(info.id, QStringLiteral("assessment"), info.id, QStringLiteral("created"), QString(), info.title);
    transaction.commit();
    return info.id;
}

QList<AssessmentInfo> AssessmentStore::assessments(const QString &stateCode) const
{
    const QString filter = stateCode.isEmpty() ? QString() : QStringLiteral(" WHERE a.state_code = ?");
    QSqlQuery query = d->connection.run(QStringLiteral("SELECT ") + assessmentColumns
                                            + QStringLiteral(" FROM assessments a") + filter
                                            + QStringLiteral(" ORDER BY a.assessed_on DESC, a.created_at DESC"),
                                        stateCode.isEmpty() ? QVariantList() : QVariantList{stateCode.toUpper()});
    QList<AssessmentInfo> list;
    QHash<QString, int> byId;
    while (query.next()) {
        byId.insert(query.value(0).toString(), int(list.size()));
        list << d->readInfo(query);
    }
    QSqlQuery members = d->connection.run(
        QStringLiteral("SELECT assessment_id, name, agency, role FROM team_members ORDER BY assessment_id, position"));
    while (members.next()) {
        const auto it = byId.constFind(members.value(0).toString());
        if (it != byId.constEnd())
            list[*it].team << TeamMember{members.value(1).toString(), members.value(2).toString(),
                                         members.value(3).toString()};
    }
    return list;
}

bool AssessmentStore::hasAssessment(const QString &assessmentId) const
{
    return !d->connection.scalar(QStringLiteral("SELECT 1 FROM assessments WHERE id = ?"), {assessmentId}).isNull();
}

AssessmentInfo AssessmentStore::assessment(const QString &assessmentId) const
{
    QSqlQuery query = d->connection.run(QStringLiteral("SELECT ") + assessmentColumns
                                            + QStringLiteral(" FROM assessments a WHERE a.id = ?"),
                                        {assessmentId});
    if (!query.next())
        throw IammError(QStringLiteral("%1: no assessment with id \"%2\"").arg(path(), assessmentId));
    AssessmentInfo info = d->readInfo(query);
    info.team = d->team(assessmentId);
    return info;
}

const Framework &AssessmentStore::frameworkOf(const QString &assessmentId) const
{
    return d->pinnedFramework(assessmentId);
}

void AssessmentStore::updateDetails(const QString &assessmentId, const QString &title, const QDate &date)
{
    if (title.trimmed().isEmpty())
        throw IammError(QStringLiteral("the assessment title must not be empty"));
    InputLimits::checkLength(QStringLiteral("the assessment title"), title.trimmed(), InputLimits::maxNameLength);
    if (!date.isValid())
        throw IammError(QStringLiteral("the assessment date is not a valid date"));
    Transaction transaction(d->connection);
    const AssessmentInfo before = assessment(assessmentId);
    d->connection.run(QStringLiteral("UPDATE assessments SET title = ?, assessed_on = ? WHERE id = ?"),
                      {title.trimmed(), date.toString(Qt::ISODate), assessmentId});
    if (before.title != title.trimmed())
        d->audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("title"), before.title,
                 title.trimmed());
    if (before.date != date)
        d->audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("date"),
                 before.date.toString(Qt::ISODate), date.toString(Qt::ISODate));
    d->touch(assessmentId);
    transaction.commit();
}

namespace {

QString teamNames(const QList<TeamMember> &team)
{
    QStringList names;
    for (const TeamMember &member : team)
        names << member.name.trimmed();
    return names.join(QStringLiteral(", "));
}

} // namespace

void AssessmentStore::setTeam(const QString &assessmentId, const QList<TeamMember> &team)
{
    d->requireDraft(assessmentId);
    const QList<TeamMember> before = d->team(assessmentId);
    Transaction transaction(d->connection);
    d->writeTeam(assessmentId, team);
    d->audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("team"), teamNames(before),
             teamNames(team));
    d->touch(assessmentId);
    transaction.commit();
}

void AssessmentStore::setStatus(const QString &assessmentId, AssessmentStatus status)
{
    Transaction transaction(d->connection);
    const AssessmentStatus before = d->statusOf(assessmentId);
    if (before == status)
        return;
    d->connection.run(QStringLiteral("UPDATE assessments SET status = ? WHERE id = ?"),
                      {vocabulary::toText(status), assessmentId});
    d->audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("status"),
             vocabulary::toText(before), vocabulary::toText(status));
    d->touch(assessmentId);
    transaction.commit();
}

void AssessmentStore::deleteAssessment(const QString &assessmentId)
{
    const AssessmentInfo info = assessment(assessmentId);
    Transaction transaction(d->connection);
    d->connection.run(QStringLiteral("DELETE FROM assessments WHERE id = ?"), {assessmentId});
    d->audit(assessmentId, QStringLiteral("assessment"), assessmentId, QStringLiteral("deleted"), info.title, QString());
    transaction.commit();
}

QString AssessmentStore::startNewRound(const QString &fromAssessmentId, const QString &title, const QDate &date)
{
    const AssessmentRecord previous = record(fromAssessmentId, false);
    if (!date.isValid())
        throw IammError(QStringLiteral("the assessment date is not a valid date"));
    AssessmentInfo info = previous.info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString suffix = QStringLiteral(" (new round)");
    info.title = title.trimmed().isEmpty()
                     ? previous.info.title.left(InputLimits::maxNameLength - suffix.size()) + suffix
                     : title.trimmed();
    InputLimits::checkLength(QStringLiteral("the assessment title"), info.title, InputLimits::maxNameLength);
    info.date = date;
    info.status = AssessmentStatus::Draft;
    Transaction transaction(d->connection);
    d->insertAssessment(info, d->snapshot(previous.info.frameworkHash));
    for (const Response &response : previous.responses)
        d->writeResponse(info.id, response);
    for (const ChecklistStatus &status : previous.checklist)
        d->writeChecklist(info.id, status);
    d->audit(info.id, QStringLiteral("assessment"), info.id, QStringLiteral("created"), fromAssessmentId, info.title);
    transaction.commit();
    return info.id;
}

QList<AssessmentInfo> AssessmentStore::finalAssessments(const QString &frameworkId) const
{
    QSqlQuery query = d->connection.run(
        QStringLiteral("SELECT id, state_code, framework_id, framework_version, framework_hash, title, assessed_on, "
                       "status FROM assessments WHERE status = 'final' AND framework_id = ? "
                       "ORDER BY assessed_on DESC, created_at DESC"),
        {frameworkId});
    QList<AssessmentInfo> list;
    while (query.next())
        list << readHeader(query);
    return list;
}

QList<Response> AssessmentStore::responses(const QString &assessmentId) const
{
    return responsesOf({assessmentId}).value(assessmentId);
}

QHash<QString, QList<Response>> AssessmentStore::responsesOf(const QStringList &assessmentIds) const
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
    QSqlQuery query = d->connection.run(
        QStringLiteral("SELECT assessment_id, item_id, score, not_applicable, target, confidence, rationale "
                       "FROM responses WHERE assessment_id IN (%1) ORDER BY assessment_id, item_id")
            .arg(placeholders.join(QStringLiteral(", "))),
        values);
    while (query.next()) {
        Response r;
        r.itemId = query.value(1).toString();
        r.rating = Rating{optionalInt(query.value(2)), query.value(3).toBool()};
        r.target = optionalInt(query.value(4));
        r.confidence = storedOptional<Confidence>(query.value(5));
        r.rationale = query.value(6).toString();
        byAssessment[query.value(0).toString()] << r;
    }
    return byAssessment;
}

Response AssessmentStore::response(const QString &assessmentId, const QString &itemId) const
{
    QSqlQuery query = d->connection.run(
        QStringLiteral("SELECT score, not_applicable, target, confidence, rationale FROM responses "
                       "WHERE assessment_id = ? AND item_id = ?"),
        {assessmentId, itemId});
    Response r;
    r.itemId = itemId;
    if (query.next()) {
        r.rating = Rating{optionalInt(query.value(0)), query.value(1).toBool()};
        r.target = optionalInt(query.value(2));
        r.confidence = storedOptional<Confidence>(query.value(3));
        r.rationale = query.value(4).toString();
    }
    return r;
}

void AssessmentStore::updateResponse(const QString &assessmentId, const QString &itemId, const ResponseUpdate &update)
{
    // The hot path of a workshop: one read of the assessment with its response, then the writes,
    // all under the write lock so that no other writer's change falls between them.
    Transaction transaction(d->connection);
    QSqlQuery current = d->connection.reused(
        QStringLiteral("SELECT a.status, a.framework_hash, r.item_id, r.score, r.not_applicable, r.target, "
                       "r.confidence, r.rationale FROM assessments a LEFT JOIN responses r "
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
    }
    current.finish();
    if (!found)
        throw IammError(QStringLiteral("%1: no assessment with id \"%2\"").arg(path(), assessmentId));
    if (!isDraft)
        throw IammError(QStringLiteral("assessment %1 is final; reopen it before changing it").arg(assessmentId));
    const Framework &framework = d->snapshot(hash);
    if (!framework.item(itemId))
        throw IammError(QStringLiteral("framework %1 has no item \"%2\" (items are %3 … %4)")
                            .arg(framework.id, itemId, framework.itemIds().constFirst(), framework.itemIds().constLast()));
    validate(framework.scale, update);

    Response after = before;
    after.rating = update.rating.value_or(before.rating);
    after.target = update.target.value_or(before.target);
    after.confidence = update.confidence.value_or(before.confidence);
    after.rationale = update.rationale.value_or(before.rationale);

    d->writeResponse(assessmentId, after);
    const auto auditField = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            d->audit(assessmentId, QStringLiteral("response"), itemId, field, oldValue, newValue);
    };
    auditField(QStringLiteral("rating"), describe(before.rating), describe(after.rating));
    auditField(QStringLiteral("target"), describe(before.target), describe(after.target));
    auditField(QStringLiteral("confidence"), vocabulary::toText(before.confidence), vocabulary::toText(after.confidence));
    auditField(QStringLiteral("rationale"), before.rationale, after.rationale);
    transaction.commit();
}

void AssessmentStore::validate(const Scale &scale, const ResponseUpdate &update)
{
    const auto checkLevel = [&](const std::optional<int> &value, const QString &what) {
        if (value && !scale.contains(*value))
            throw IammError(QStringLiteral("%1 %2 is off the scale %3–%4").arg(what).arg(*value).arg(scale.min).arg(scale.max));
    };
    if (update.rating) {
        checkLevel(update.rating->score, QStringLiteral("score"));
        if (update.rating->notApplicable && update.rating->score)
            throw IammError(QStringLiteral("an item is either scored or not applicable, not both"));
        if (update.rating->notApplicable && !scale.allowNotApplicable)
            throw IammError(QStringLiteral("this framework does not allow \"not applicable\""));
    }
    if (update.target)
        checkLevel(*update.target, QStringLiteral("target"));
    if (update.rationale)
        InputLimits::checkLength(QStringLiteral("the rationale"), *update.rationale, InputLimits::maxLongTextLength);
}

QList<ChecklistStatus> AssessmentStore::checklist(const QString &assessmentId) const
{
    QSqlQuery query = d->connection.run(QStringLiteral("SELECT entry_id, item_id, status FROM checklist_statuses "
                                                       "WHERE assessment_id = ? ORDER BY entry_id"),
                                        {assessmentId});
    QList<ChecklistStatus> list;
    while (query.next())
        list << ChecklistStatus{query.value(0).toString(), query.value(1).toString(),
                                storedValue<ChecklistState>(query.value(2))};
    return list;
}

void AssessmentStore::setChecklistStatus(const QString &assessmentId, const QString &entryId,
                                         std::optional<ChecklistState> status)
{
    Transaction transaction(d->connection);
    d->requireDraft(assessmentId);
    const Framework &framework = frameworkOf(assessmentId);
    const FrameworkItem *item = framework.itemOfEntry(entryId);
    if (!item)
        throw IammError(QStringLiteral("framework %1 has no sub-topic or statement \"%2\"").arg(framework.id, entryId));
    const std::optional<ChecklistState> before = storedOptional<ChecklistState>(
        d->connection.scalar(QStringLiteral("SELECT status FROM checklist_statuses "
                                            "WHERE assessment_id = ? AND entry_id = ?"),
                             {assessmentId, entryId}));
    if (before == status)
        return;
    if (!status)
        d->connection.run(QStringLiteral("DELETE FROM checklist_statuses WHERE assessment_id = ? AND entry_id = ?"),
                          {assessmentId, entryId});
    else
        d->writeChecklist(assessmentId, ChecklistStatus{entryId, item->id, *status});
    d->audit(assessmentId, QStringLiteral("checklist"), entryId, QStringLiteral("status"), vocabulary::toText(before),
             vocabulary::toText(status));
    d->touch(assessmentId);
    transaction.commit();
}

qint64 AssessmentStore::addNote(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &text, bool confidential)
{
    if (text.trimmed().isEmpty())
        throw IammError(QStringLiteral("an evidence note needs a text"));
    InputLimits::checkLength(QStringLiteral("the evidence note"), text, InputLimits::maxLongTextLength);
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::Note;
    e.title = title.trimmed();
    e.text = text;
    e.confidential = confidential;
    return d->addEvidence(assessmentId, e);
}

qint64 AssessmentStore::addLink(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &url, bool confidential)
{
    InputLimits::checkLength(QStringLiteral("the link"), url.trimmed(), InputLimits::maxLinkLength);
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || (parsed.host().isEmpty() && !parsed.isLocalFile()))
        throw IammError(QStringLiteral("%1 is not a complete link (expected e.g. https://example.org/page)")
                            .arg(DisplayText::quoted(url)));
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::Link;
    e.title = title.trimmed();
    e.text = parsed.toString();
    e.confidential = confidential;
    return d->addEvidence(assessmentId, e);
}

qint64 AssessmentStore::addFile(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &filePath, bool confidential)
{
    const QFileInfo info(filePath);
    if (!info.isFile())
        throw IammError(QStringLiteral("%1: no such file").arg(filePath));
    if (info.size() > vocabulary::maxEvidenceFileBytes)
        throw IammError(QStringLiteral("%1: the file is %2 MiB; evidence files are limited to %3 MiB")
                            .arg(filePath).arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                            .arg(vocabulary::maxEvidenceFileBytes / (1024 * 1024)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(QStringLiteral("%1: cannot read: %2").arg(filePath, file.errorString()));
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::File;
    e.fileName = EvidenceFileName::sanitized(info.fileName());
    e.title = title.trimmed().isEmpty() ? e.fileName : title.trimmed();
    e.confidential = confidential;
    e.content = file.readAll();
    e.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(filePath, e.content).name();
    e.size = e.content.size();
    e.sha256 = sha256Hex(e.content);
    return d->addEvidence(assessmentId, e);
}

QList<Evidence> AssessmentStore::evidence(const QString &assessmentId, const QString &itemId) const
{
    QString sql = QStringLiteral("SELECT ") + evidenceColumns + QStringLiteral(" FROM evidence WHERE assessment_id = ?");
    QVariantList values{assessmentId};
    if (!itemId.isEmpty()) {
        sql += QStringLiteral(" AND item_id = ?");
        values << itemId;
    }
    QSqlQuery query = d->connection.run(sql + QStringLiteral(" ORDER BY item_id, id"), values);
    QList<Evidence> list;
    while (query.next())
        list << readEvidence(query);
    return list;
}

Evidence AssessmentStore::evidenceItem(qint64 evidenceId, bool withContent) const
{
    QSqlQuery query = d->connection.run(QStringLiteral("SELECT ") + evidenceColumns
                                            + QStringLiteral(" FROM evidence WHERE id = ?"),
                                        {evidenceId});
    if (!query.next())
        throw IammError(QStringLiteral("%1: no evidence with id %2").arg(path()).arg(evidenceId));
    Evidence e = readEvidence(query);
    if (withContent && e.kind == EvidenceKind::File)
        e.content = d->connection.scalar(QStringLiteral("SELECT content FROM evidence_files WHERE evidence_id = ?"),
                                         {evidenceId}).toByteArray();
    return e;
}

void AssessmentStore::removeEvidence(qint64 evidenceId)
{
    const QString assessmentId = d->connection.scalar(QStringLiteral("SELECT assessment_id FROM evidence WHERE id = ?"),
                                                      {evidenceId}).toString();
    const Evidence e = evidenceItem(evidenceId, false);
    d->requireDraft(assessmentId);
    Transaction transaction(d->connection);
    d->connection.run(QStringLiteral("DELETE FROM evidence WHERE id = ?"), {evidenceId});
    d->audit(assessmentId, QStringLiteral("evidence"), QString::number(evidenceId), QStringLiteral("removed"),
             e.kind == EvidenceKind::File ? e.fileName : e.title.isEmpty() ? e.text.left(80) : e.title, QString());
    d->touch(assessmentId);
    transaction.commit();
}

qint64 AssessmentStore::addAction(const QString &assessmentId, const Action &action)
{
    d->statusOf(assessmentId);
    d->validateAction(assessmentId, action);
    InputLimits::checkCount(QStringLiteral("actions of assessment %1").arg(assessmentId),
                            d->rowCount(QStringLiteral("actions"), assessmentId) + 1,
                            InputLimits::maxActionsPerAssessment);
    Transaction transaction(d->connection);
    const qint64 id = d->insertAction(assessmentId, action);
    d->touch(assessmentId);
    transaction.commit();
    return id;
}

void AssessmentStore::updateAction(const Action &action)
{
    QSqlQuery query = d->connection.run(
        QStringLiteral("SELECT id, item_id, text, owner, due_on, status, assessment_id FROM actions WHERE id = ?"),
        {action.id});
    if (!query.next())
        throw IammError(QStringLiteral("%1: no action with id %2").arg(path()).arg(action.id));
    const Action before = readAction(query);
    const QString assessmentId = query.value(6).toString();
    d->validateAction(assessmentId, action);
    Transaction transaction(d->connection);
    d->connection.run(QStringLiteral("UPDATE actions SET item_id = ?, text = ?, owner = ?, due_on = ?, status = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      {action.itemId, action.text, notNull(action.owner), nullable(action.due), vocabulary::toText(action.status), now(),
                       action.id});
    const QString key = QString::number(action.id);
    const auto auditField = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            d->audit(assessmentId, QStringLiteral("action"), key, field, oldValue, newValue);
    };
    auditField(QStringLiteral("item"), before.itemId, action.itemId);
    auditField(QStringLiteral("text"), before.text, action.text);
    auditField(QStringLiteral("owner"), before.owner, action.owner);
    auditField(QStringLiteral("due"), before.due.toString(Qt::ISODate), action.due.toString(Qt::ISODate));
    auditField(QStringLiteral("status"), vocabulary::toText(before.status), vocabulary::toText(action.status));
    d->touch(assessmentId);
    transaction.commit();
}

void AssessmentStore::removeAction(qint64 actionId)
{
    const QVariant assessmentId = d->connection.scalar(
        QStringLiteral("SELECT assessment_id FROM actions WHERE id = ?"), {actionId});
    if (assessmentId.isNull())
        throw IammError(QStringLiteral("%1: no action with id %2").arg(path()).arg(actionId));
    Transaction transaction(d->connection);
    d->connection.run(QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId});
    d->audit(assessmentId.toString(), QStringLiteral("action"), QString::number(actionId), QStringLiteral("removed"),
             QString(), QString());
    d->touch(assessmentId.toString());
    transaction.commit();
}

QList<Action> AssessmentStore::actions(const QString &assessmentId, const QString &itemId) const
{
    QString sql = QStringLiteral("SELECT id, item_id, text, owner, due_on, status FROM actions WHERE assessment_id = ?");
    QVariantList values{assessmentId};
    if (!itemId.isEmpty()) {
        sql += QStringLiteral(" AND item_id = ?");
        values << itemId;
    }
    QSqlQuery query = d->connection.run(sql + QStringLiteral(" ORDER BY item_id, id"), values);
    QList<Action> list;
    while (query.next())
        list << readAction(query);
    return list;
}

QList<AuditEntry> AssessmentStore::auditLog(const QString &assessmentId) const
{
    QSqlQuery query = d->connection.run(
        QStringLiteral("SELECT id, assessment_id, entity, entity_key, field, old_value, new_value, changed_at "
                       "FROM audit_log WHERE assessment_id = ? ORDER BY id"),
        {assessmentId});
    QList<AuditEntry> list;
    while (query.next()) {
        list << AuditEntry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                           query.value(6).toString(),
                           QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs)};
    }
    return list;
}

AssessmentRecord AssessmentStore::record(const QString &assessmentId, bool withContent) const
{
    AssessmentRecord record;
    record.info = assessment(assessmentId);
    record.responses = responses(assessmentId);
    record.checklist = checklist(assessmentId);
    record.evidence = evidence(assessmentId);
    if (withContent) {
        for (Evidence &e : record.evidence)
            e.content = evidenceItem(e.id, true).content;
    }
    record.actions = actions(assessmentId);
    // Creation order, so that an import recreates the rows with the same relative ids.
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(record.evidence.begin(), record.evidence.end(), byId);
    std::sort(record.actions.begin(), record.actions.end(), byId);
    return record;
}

void AssessmentStore::replaceRecords(const QList<AssessmentRecord> &records, const QList<Framework> &frameworks)
{
    const auto frameworkFor = [&](const AssessmentInfo &info) -> const Framework & {
        for (const Framework &framework : frameworks) {
            if (framework.id == info.frameworkId)
                return framework;
        }
        throw IammError(QStringLiteral("assessment %1: framework \"%2\" was not supplied").arg(info.id, info.frameworkId));
    };
    Transaction transaction(d->connection);
    for (const AssessmentRecord &record : records) {
        const bool replacing = hasAssessment(record.info.id);
        d->connection.run(QStringLiteral("DELETE FROM assessments WHERE id = ?"), {record.info.id});
        d->insertAssessment(record.info, frameworkFor(record.info));
        for (const Response &response : record.responses)
            d->writeResponse(record.info.id, response);
        for (const ChecklistStatus &status : record.checklist)
            d->writeChecklist(record.info.id, status);
        // One audit entry records the whole import rather than one per row.
        for (const Evidence &e : record.evidence)
            d->insertEvidence(record.info.id, e, false);
        for (const Action &action : record.actions)
            d->insertAction(record.info.id, action, false);
        d->audit(record.info.id, QStringLiteral("assessment"), record.info.id,
                 replacing ? QStringLiteral("replaced by import") : QStringLiteral("imported"), QString(),
                 record.info.title);
    }
    transaction.commit();
}

QStringList AssessmentStore::integrityProblems() const
{
    QStringList problems;
    for (const QString &damage : d->connection.damage())
        problems << QStringLiteral("%1: %2").arg(path(), damage);
    if (!problems.isEmpty())
        return problems;
    problems = d->connection.engineProblems();
    if (!problems.isEmpty())
        return problems;
    QSqlQuery files = d->connection.run(QStringLiteral(
        "SELECT e.id, e.assessment_id, e.file_name, e.size, e.sha256, f.content FROM evidence e "
        "LEFT JOIN evidence_files f ON f.evidence_id = e.id WHERE e.kind = 'file'"));
    while (files.next()) {
        const QString where = QStringLiteral("assessment %1, evidence %2 (%3)")
                                  .arg(files.value(1).toString(), files.value(0).toString(), files.value(2).toString());
        if (files.value(5).isNull()) {
            problems << where + QStringLiteral(": the file content is missing");
            continue;
        }
        const QByteArray content = files.value(5).toByteArray();
        if (content.size() != files.value(3).toLongLong())
            problems << where + QStringLiteral(": size is %1 bytes, recorded %2").arg(content.size()).arg(files.value(3).toLongLong());
        if (sha256Hex(content) != files.value(4).toString())
            problems << where + QStringLiteral(": SHA-256 does not match the recorded hash");
    }
    QSqlQuery snapshots = d->connection.run(QStringLiteral("SELECT hash, content FROM framework_snapshots"));
    while (snapshots.next()) {
        if (sha256Hex(snapshots.value(1).toString().toUtf8()) != snapshots.value(0).toString())
            problems << QStringLiteral("%1: pinned framework %2 was altered").arg(path(), snapshots.value(0).toString());
    }
    return problems;
}

} // namespace iamm
