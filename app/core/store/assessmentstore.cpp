// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assessmentstore.h"
#include "store/changefeed.h"

#include "common/datapaths.h"
#include "store/actionrecords.h"
#include "store/assessmentrecords.h"
#include "store/auditlog.h"
#include "store/checklistrecords.h"
#include "store/contributionrecords.h"
#include "store/databasebackup.h"
#include "store/evidencerecords.h"
#include "store/facilitationrecords.h"
#include "store/integritycheck.h"
#include "store/migrationrunner.h"
#include "store/peergrouprecords.h"
#include "store/recordtransfer.h"
#include "store/responserecords.h"
#include "store/sharedfigurerecords.h"
#include "store/storecontext.h"

namespace iamm {

class AssessmentStore::Private
{
public:
    Private(const QString &path, SqlConnection::Access access)
        : context(path, access)
        , peerGroups(context.connection)
        , assessments(context)
        , responses(context)
        , checklist(context)
        , evidence(context)
        , actions(context)
        , contributions(context)
        , facilitation(context)
        , auditLog(context.connection)
        , transfer(context, assessments, responses, checklist, evidence, actions, contributions, facilitation, auditLog)
        , integrity(context.connection)
        , shared(context)
    {}

    StoreContext context;
    PeerGroupRecords peerGroups;
    AssessmentRecords assessments;
    ResponseRecords responses;
    ChecklistRecords checklist;
    EvidenceRecords evidence;
    ActionRecords actions;
    ContributionRecords contributions;
    FacilitationRecords facilitation;
    AuditLog auditLog;
    RecordTransfer transfer;
    IntegrityCheck integrity;
    SharedFigureRecords shared;
    // Made on first use: only the app listens, so the command line sends no LISTEN.
    std::unique_ptr<ChangeFeed> changes;
};

AssessmentStore::AssessmentStore(const QString &databasePath, SqlConnection::Access access)
    : d(std::make_unique<Private>(databasePath, access))
{
    SqlConnection &connection = d->context.connection;
    const QString migrations = DataPaths::migrationsDir();
    const int version = connection.schemaVersion();
    if (version > 0 && version < MigrationRunner::latestVersion(migrations) && connection.damage().isEmpty()
        && !connection.isReadOnly() && !connection.isServer())
        DatabaseBackup::writeDated(connection, DatabaseBackup::Reason::BeforeMigration);
    MigrationRunner::migrate(connection, migrations);
}

AssessmentStore::~AssessmentStore() = default;

QString AssessmentStore::path() const
{
    return d->context.connection.path();
}

bool AssessmentStore::createdDatabase() const
{
    return d->context.connection.createdDatabase();
}

bool AssessmentStore::isReadOnly() const
{
    return d->context.connection.isReadOnly();
}

QString AssessmentStore::readOnlyReason() const
{
    return d->context.connection.readOnlyReason();
}

QStringList AssessmentStore::damage() const
{
    return d->context.connection.damage();
}

bool AssessmentStore::hasChanges() const
{
    return d->context.connection.hasChanges();
}

int AssessmentStore::schemaVersion() const
{
    return d->context.connection.schemaVersion();
}

void AssessmentStore::writeBackup(const QString &target) const
{
    DatabaseBackup::write(d->context.connection, target);
}

QString AssessmentStore::writeDatedBackup(DatabaseBackup::Reason reason) const
{
    return DatabaseBackup::writeDated(d->context.connection, reason);
}

AssessmentStore::Batch::Batch(AssessmentStore &store)
    : m_transaction(store.d->context.connection)
{}

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
    return d->assessments.create(request, framework);
}

QList<AssessmentInfo> AssessmentStore::assessments(const QString &stateCode) const
{
    if (readsSharedFiguresOnly())
        return d->shared.finals({}, stateCode.toUpper());
    return d->assessments.list(stateCode);
}

AssessmentInfo AssessmentStore::assessment(const QString &assessmentId) const
{
    if (readsSharedFiguresOnly())
        return d->shared.get(assessmentId);
    return d->assessments.get(assessmentId);
}

bool AssessmentStore::hasAssessment(const QString &assessmentId) const
{
    return d->assessments.has(assessmentId);
}

const Framework &AssessmentStore::frameworkOf(const QString &assessmentId) const
{
    return d->context.pinnedFramework(assessmentId);
}

void AssessmentStore::changeTeam(const QString &assessmentId, const std::optional<QList<TeamMember>> &from,
                                 const std::function<QList<TeamMember>(QList<TeamMember>)> &change)
{
    d->assessments.changeTeam(assessmentId, from, change);
}

void AssessmentStore::setStatus(const QString &assessmentId, AssessmentStatus status)
{
    d->assessments.setStatus(assessmentId, status);
}

void AssessmentStore::deleteAssessment(const QString &assessmentId)
{
    d->assessments.remove(assessmentId);
}

QString AssessmentStore::startNewRound(const QString &fromAssessmentId, const QString &title, const QDate &date)
{
    return d->transfer.startNewRound(fromAssessmentId, title, date);
}

void AssessmentStore::setPreviousRound(const QString &assessmentId, const QString &previousId)
{
    d->assessments.setPrevious(assessmentId, previousId);
}

SqlConnection::ReadScope AssessmentStore::readScope() const
{
    return d->context.connection.readScope();
}

// A secretariat reads the scores, targets and N/A marks of final assessments and nothing attached
// to them; what it cannot read is empty rather than refused, so the app opens those assessments.
bool AssessmentStore::readsSharedFiguresOnly() const
{
    return readScope() == SqlConnection::ReadScope::SharedFiguresOnly;
}

QList<AssessmentInfo> AssessmentStore::peerAssessments(const QString &frameworkId) const
{
    if (readScope() != SqlConnection::ReadScope::Everything)
        return d->shared.finals(frameworkId);
    return d->assessments.finals(frameworkId);
}

QHash<QString, QList<Response>> AssessmentStore::peerResponsesOf(const QStringList &assessmentIds) const
{
    if (readScope() != SqlConnection::ReadScope::Everything)
        return d->shared.responsesOf(assessmentIds);
    return d->responses.of(assessmentIds);
}

QList<Response> AssessmentStore::responses(const QString &assessmentId) const
{
    return responsesOf({assessmentId}).value(assessmentId);
}

QHash<QString, QList<Response>> AssessmentStore::responsesOf(const QStringList &assessmentIds) const
{
    if (readsSharedFiguresOnly())
        return d->shared.responsesOf(assessmentIds);
    return d->responses.of(assessmentIds);
}

Response AssessmentStore::response(const QString &assessmentId, const QString &itemId) const
{
    if (readsSharedFiguresOnly()) {
        for (const Response &shared : responses(assessmentId)) {
            if (shared.itemId == itemId)
                return shared;
        }
        return Response{itemId, {}, {}, {}, {}};
    }
    return d->responses.get(assessmentId, itemId);
}

Response AssessmentStore::updateResponse(const QString &assessmentId, const QString &itemId,
                                         const ResponseUpdate &update)
{
    return d->responses.update(assessmentId, itemId, update);
}

ChangeFeed &AssessmentStore::changes() const
{
    if (!d->changes)
        d->changes = std::make_unique<ChangeFeed>(d->context.connection);
    return *d->changes;
}

void AssessmentStore::validate(const Scale &scale, const ResponseUpdate &update)
{
    ResponseRecords::validate(scale, update);
}

QList<ChecklistStatus> AssessmentStore::checklist(const QString &assessmentId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->checklist.list(assessmentId);
}

void AssessmentStore::setChecklistStatus(const QString &assessmentId, const QString &entryId,
                                         std::optional<ChecklistState> status)
{
    d->checklist.setStatus(assessmentId, entryId, status);
}

void AssessmentStore::changeChecklistStatus(const QString &assessmentId, const QString &entryId,
                                            std::optional<ChecklistState> from, std::optional<ChecklistState> to)
{
    d->checklist.changeStatus(assessmentId, entryId, from, to);
}

qint64 AssessmentStore::addNote(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &text, bool confidential)
{
    return d->evidence.addNote(assessmentId, itemId, title, text, confidential);
}

qint64 AssessmentStore::addLink(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &url, bool confidential)
{
    return d->evidence.addLink(assessmentId, itemId, title, url, confidential);
}

qint64 AssessmentStore::addFile(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &filePath, bool confidential)
{
    return d->evidence.addFile(assessmentId, itemId, title, filePath, confidential);
}

QList<Evidence> AssessmentStore::evidence(const QString &assessmentId, const QString &itemId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->evidence.list(assessmentId, itemId);
}

Evidence AssessmentStore::evidenceItem(qint64 evidenceId, bool withContent) const
{
    return d->evidence.get(evidenceId, withContent);
}

void AssessmentStore::removeEvidence(qint64 evidenceId)
{
    d->evidence.remove(evidenceId);
}

qint64 AssessmentStore::addAction(const QString &assessmentId, const Action &action)
{
    return d->actions.add(assessmentId, action);
}

Action AssessmentStore::updateAction(const Action &action)
{
    return d->actions.update(action);
}

void AssessmentStore::removeAction(qint64 actionId)
{
    d->actions.remove(actionId);
}

QList<Action> AssessmentStore::actions(const QString &assessmentId, const QString &itemId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->actions.list(assessmentId, itemId);
}

void AssessmentStore::reviewAction(const QString &assessmentId, qint64 actionId, ActionReview review)
{
    d->actions.review(assessmentId, actionId, review);
}

QList<Contribution> AssessmentStore::contributions(const QString &assessmentId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->contributions.list(assessmentId);
}

void AssessmentStore::replaceContributions(const QString &assessmentId, const QList<Contribution> &contributions)
{
    d->contributions.replace(assessmentId, contributions);
}

void AssessmentStore::removeContribution(const QString &assessmentId, const QString &name)
{
    d->contributions.remove(assessmentId, name);
}

QList<FacilitatorNote> AssessmentStore::facilitatorNotes(const QString &assessmentId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->facilitation.notes(assessmentId);
}

void AssessmentStore::setFacilitatorNote(const QString &assessmentId, const QString &itemId, const QString &text)
{
    d->facilitation.setNote(assessmentId, itemId, text);
}

void AssessmentStore::changeFacilitatorNote(const QString &assessmentId, const QString &itemId, const QString &from,
                                            const QString &text)
{
    d->facilitation.setNote(assessmentId, itemId, text, from);
}

QList<ParkedQuestion> AssessmentStore::parkedQuestions(const QString &assessmentId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->facilitation.questions(assessmentId);
}

qint64 AssessmentStore::addParkedQuestion(const QString &assessmentId, const QString &itemId, const QString &text)
{
    return d->facilitation.addQuestion(assessmentId, itemId, text);
}

void AssessmentStore::setParkedQuestionDone(const QString &assessmentId, qint64 questionId, bool done)
{
    d->facilitation.setQuestionDone(assessmentId, questionId, done);
}

void AssessmentStore::removeParkedQuestion(const QString &assessmentId, qint64 questionId)
{
    d->facilitation.removeQuestion(assessmentId, questionId);
}

QList<AgendaSession> AssessmentStore::agenda(const QString &assessmentId) const
{
    if (readsSharedFiguresOnly())
        return {};
    return d->facilitation.agenda(assessmentId);
}

void AssessmentStore::setAgenda(const QString &assessmentId, const QList<AgendaSession> &sessions)
{
    d->facilitation.setAgenda(assessmentId, sessions);
}

QList<AuditEntry> AssessmentStore::auditLog(const QString &assessmentId) const
{
    return d->auditLog.entries(assessmentId);
}

AssessmentRecord AssessmentStore::record(const QString &assessmentId, bool withContent) const
{
    if (readsSharedFiguresOnly()) {
        AssessmentRecord record;
        record.info = d->shared.get(assessmentId);
        record.responses = d->shared.responsesOf({assessmentId}).value(assessmentId);
        return record;
    }
    return d->transfer.record(assessmentId, withContent);
}

void AssessmentStore::replaceRecords(const QList<AssessmentRecord> &records, const QList<Framework> &frameworks)
{
    d->transfer.replaceRecords(records, frameworks);
}

void AssessmentStore::copyRecords(const QList<AssessmentRecord> &records, const QHash<QString, Framework> &frameworks)
{
    d->transfer.copyRecords(records, frameworks);
}

QStringList AssessmentStore::integrityProblems() const
{
    return d->integrity.problems();
}

} // namespace iamm
