// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "store/databasebackup.h"
#include "store/sqlconnection.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>

namespace iamm {

class ChangeFeed;
class PeerGroupRecords;

// The single source of truth: every read and write of assessments goes through here,
// each write in one transaction with an audit entry per changed field.
// Every method throws IammError with a message naming what and where.
class AssessmentStore
{
public:
    // Opens (creating only where no file exists) and migrates the database at path, backing it
    // up first when it has an older schema.
    explicit AssessmentStore(const QString &databasePath,
                             SqlConnection::Access access = SqlConnection::Access::Writable);
    ~AssessmentStore();
    AssessmentStore(const AssessmentStore &) = delete;
    AssessmentStore &operator=(const AssessmentStore &) = delete;

    QString path() const;
    // True when opening made the file.
    bool createdDatabase() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // What the quick check on open found; writes are refused while it is not empty.
    QStringList damage() const;
    // Whether this store has changed any row since it was opened.
    bool hasChanges() const;
    int schemaVersion() const;
    // A consistent copy of the database at target (DatabaseBackup::write).
    void writeBackup(const QString &target) const;
    // A dated copy in the backups/ folder (DatabaseBackup::writeDated); returns its path.
    QString writeDatedBackup(DatabaseBackup::Reason reason) const;

    PeerGroupRecords &peerGroups() const;

    // Several writes kept all together or not at all: the store's methods called while a batch
    // is open join it, and nothing is kept unless it is committed.
    class Batch
    {
    public:
        explicit Batch(AssessmentStore &store);
        void commit();

    private:
        Transaction m_transaction;
    };

    QString createAssessment(const NewAssessment &request, const Framework &framework);
    QList<AssessmentInfo> assessments(const QString &stateCode = {}) const;
    AssessmentInfo assessment(const QString &assessmentId) const;
    bool hasAssessment(const QString &assessmentId) const;
    // The framework exactly as pinned when the assessment was created.
    const Framework &frameworkOf(const QString &assessmentId) const;
    // Reads the team and writes what change makes of it, with no other change of the assessment in
    // between; with from (the team as the editor read it), throws TeamConflict when the stored team
    // differs. change may throw to write nothing.
    void changeTeam(const QString &assessmentId, const std::optional<QList<TeamMember>> &from,
                    const std::function<QList<TeamMember>(QList<TeamMember>)> &change);
    void setStatus(const QString &assessmentId, AssessmentStatus status);
    void deleteAssessment(const QString &assessmentId);
    // Copies ratings, targets, confidence, rationale and checklist into a new draft (no dissent notes,
    // explanations of change or contributions) naming the old one as its previous round, and carries the
    // open and in-progress actions over for review (Action::review), all in one transaction.
    QString startNewRound(const QString &fromAssessmentId, const QString &title, const QDate &date);
    // Names the assessment's previous round explicitly (another assessment of the same state and framework
    // id); an empty previousId clears the link, so that the rule of rounds/previousround.h applies.
    void setPreviousRound(const QString &assessmentId, const QString &previousId);

    // What this login reads (SqlConnection::ReadScope); Everything on a SQLite file. A login that
    // reads the shared figures only (a secretariat) gets them from assessments(), assessment(),
    // responses(), responsesOf() and record(): final assessments, ratings and targets, without the
    // team, rationale, evidence, actions or anything else the team typed (SharedFigureRecords); the
    // checklist, evidence, actions, contributions and facilitation lists read empty.
    SqlConnection::ReadScope readScope() const;
    bool readsSharedFiguresOnly() const;
    // The final assessments that peer statistics compare with, newest first (by date, then creation),
    // without their team, read in one query: on a server whose login is a team, an
    // observer or a secretariat, the shared figures of its groups' states (SharedFigureRecords);
    // otherwise every final assessment on the framework.
    QList<AssessmentInfo> peerAssessments(const QString &frameworkId) const;
    // Their responses by assessment id, read the same way: only ratings and targets from shared figures.
    QHash<QString, QList<Response>> peerResponsesOf(const QStringList &assessmentIds) const;

    QList<Response> responses(const QString &assessmentId) const;
    // The responses of several assessments in one query, by assessment id.
    QHash<QString, QList<Response>> responsesOf(const QStringList &assessmentIds) const;
    Response response(const QString &assessmentId, const QString &itemId) const;
    // Returns the response as stored; throws EditConflict when someone else changed it since
    // update.expectedVersion.
    Response updateResponse(const QString &assessmentId, const QString &itemId, const ResponseUpdate &update);
    // Responses changed by other connections to the same server database, as they commit.
    ChangeFeed &changes() const;

    QList<ChecklistStatus> checklist(const QString &assessmentId) const;
    // No status clears the entry.
    void setChecklistStatus(const QString &assessmentId, const QString &entryId, std::optional<ChecklistState> status);
    // The same, only over the status from (none: no status) that the editor read; throws
    // ChecklistConflict when someone else changed it since.
    void changeChecklistStatus(const QString &assessmentId, const QString &entryId, std::optional<ChecklistState> from,
                               std::optional<ChecklistState> to);

    qint64 addNote(const QString &assessmentId, const QString &itemId, const QString &title, const QString &text,
                   bool confidential);
    qint64 addLink(const QString &assessmentId, const QString &itemId, const QString &title, const QString &url,
                   bool confidential);
    qint64 addFile(const QString &assessmentId, const QString &itemId, const QString &title, const QString &filePath,
                   bool confidential);
    QList<Evidence> evidence(const QString &assessmentId, const QString &itemId = {}) const;
    Evidence evidenceItem(qint64 evidenceId, bool withContent) const;
    void removeEvidence(qint64 evidenceId);

    qint64 addAction(const QString &assessmentId, const Action &action);
    // Returns the action as stored; throws ActionConflict when someone else changed it after
    // action.updatedAt (not checked when that is not set).
    Action updateAction(const Action &action);
    void removeAction(qint64 actionId);
    QList<Action> actions(const QString &assessmentId, const QString &itemId = {}) const;
    // The review of an action carried over from the previous round; done and dropped set its status too.
    void reviewAction(const QString &assessmentId, qint64 actionId, ActionReview review);

    // The participants' individual views (see workshop/contribution.h), in order of creation.
    QList<Contribution> contributions(const QString &assessmentId) const;
    // Validates all, then writes all in one transaction (or nothing): a contribution whose participant
    // name already has one replaces it, one without a name is always added. Refused on a final assessment.
    void replaceContributions(const QString &assessmentId, const QList<Contribution> &contributions);
    // Removes the contribution shown under name (Contribution::shownName: "Participant N" for one
    // without a name); throws IammError when there is none.
    void removeContribution(const QString &assessmentId, const QString &name);

    // The facilitator's aids (workshop/facilitatornote.h, parkedquestion.h, agendasession.h). Every write
    // is audited and, like contributions, refused on a final assessment.
    // Notes in framework item order; blank text removes the item's note.
    QList<FacilitatorNote> facilitatorNotes(const QString &assessmentId) const;
    void setFacilitatorNote(const QString &assessmentId, const QString &itemId, const QString &text);
    // The same, only over the note from (empty: none) that the editor read; throws
    // FacilitatorNoteConflict when someone else changed it since.
    void changeFacilitatorNote(const QString &assessmentId, const QString &itemId, const QString &from,
                               const QString &text);
    // The parking lot in order of creation; the text is trimmed and required.
    QList<ParkedQuestion> parkedQuestions(const QString &assessmentId) const;
    qint64 addParkedQuestion(const QString &assessmentId, const QString &itemId, const QString &text);
    void setParkedQuestionDone(const QString &assessmentId, qint64 questionId, bool done);
    void removeParkedQuestion(const QString &assessmentId, qint64 questionId);
    // The agenda in session order; setAgenda validates every session (AgendaPlan::problem) before it
    // replaces the whole agenda in one transaction; an empty list clears it.
    QList<AgendaSession> agenda(const QString &assessmentId) const;
    void setAgenda(const QString &assessmentId, const QList<AgendaSession> &sessions);

    QList<AuditEntry> auditLog(const QString &assessmentId) const;

    // Whole-assessment transfer (exchange files): withContent loads evidence file bytes.
    AssessmentRecord record(const QString &assessmentId, bool withContent) const;
    // Writes all records in one transaction, replacing any assessment with the same id.
    void replaceRecords(const QList<AssessmentRecord> &records, const QList<Framework> &frameworks);
    // Writes whole records verbatim, audit log and timestamps included, for a copy between databases
    // (RecordTransfer::copyRecords); frameworks holds the pinned snapshots by hash.
    void copyRecords(const QList<AssessmentRecord> &records, const QHash<QString, Framework> &frameworks);

    // Throws IammError when a level is off the scale or N/A is combined with a level.
    static void validate(const Scale &scale, const ResponseUpdate &update);

    // Problems found by SQLite's integrity and foreign key checks and by re-hashing every
    // stored evidence file; empty when all is well.
    QStringList integrityProblems() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace iamm
