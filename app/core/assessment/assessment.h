// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/rating.h"
#include "assessment/vocabulary.h"
#include "workshop/agendasession.h"
#include "workshop/contribution.h"
#include "workshop/facilitatornote.h"
#include "workshop/parkedquestion.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace iamm {

struct TeamMember
{
    QString name;
    QString agency;
    QString role;

    bool operator==(const TeamMember &) const = default;
};

struct AssessmentInfo
{
    QString id; // uuid without braces
    QString stateCode; // ISO 3166 alpha-3
    QString frameworkId;
    QString frameworkVersion;
    QString frameworkHash;
    QString title;
    QDate date;
    AssessmentStatus status = AssessmentStatus::Draft;
    QList<TeamMember> team;
    // The last change (to the assessment or any response), and when it was made.
    QDateTime updatedAt;
    QDateTime createdAt;
    int itemCount = 0;
    int scoredCount = 0;
    int notApplicableCount = 0;
    // The round this one follows, when named explicitly (set by a new round, changeable); empty otherwise.
    QString previousAssessmentId;

    bool isFinal() const { return status == AssessmentStatus::Final; }
    int remainingCount() const { return itemCount - scoredCount - notApplicableCount; }
};

struct Response
{
    QString itemId;
    Rating rating;
    std::optional<int> target;
    std::optional<Confidence> confidence;
    QString rationale;
    // What the disagreement was when the agreed rating departs from the participants' views.
    QString dissent;
    // Why the rating differs from the previous round's, and in what words.
    std::optional<ChangeReason> changeReason;
    QString changeNote;
    // Set when read as part of a whole record; a write without it stamps the current time.
    QDateTime updatedAt;
    // Raised by every write; 0 while the item has no stored response.
    int version = 0;
    // Who wrote it last (the database user, or the computer account for a file).
    QString updatedBy;

    // Only a level counts in statistics: N/A and not assessed are excluded.
    bool counts() const { return rating.score.has_value() && !rating.notApplicable; }
};

// Fields left empty are not changed.
struct ResponseUpdate
{
    std::optional<Rating> rating;
    std::optional<std::optional<int>> target;
    std::optional<std::optional<Confidence>> confidence;
    std::optional<QString> rationale;
    std::optional<QString> dissent;
    std::optional<std::optional<ChangeReason>> changeReason;
    std::optional<QString> changeNote;
    // The version the edit started from: when the stored response is newer, someone else
    // changed it meanwhile and the update is refused (EditConflict). Empty: no check.
    std::optional<int> expectedVersion;
};

struct ChecklistStatus
{
    QString entryId;
    QString itemId;
    ChecklistState status = ChecklistState::InPlace;
};

struct Evidence
{
    qint64 id = 0;
    QString itemId;
    EvidenceKind kind = EvidenceKind::Note;
    QString title;
    QString text; // note text or URL
    bool confidential = false;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime createdAt;
    QByteArray content; // file bytes, only when explicitly loaded
};

struct Action
{
    qint64 id = 0;
    QString itemId;
    QString text;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    // The previous round's action this one was carried over from (0 when none), and where its review stands.
    qint64 carriedFromActionId = 0;
    std::optional<ActionReview> review;
    // Set when read; a write without them stamps the current time.
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isCarried() const { return review.has_value(); }
};

struct AuditEntry
{
    qint64 id = 0;
    QString assessmentId;
    QString entity;
    QString entityKey;
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    // The database user on a server, the computer account for a SQLite file.
    QString changedBy;
};

// Everything about one assessment, as it travels between databases.
struct AssessmentRecord
{
    AssessmentInfo info;
    QList<Response> responses;
    QList<ChecklistStatus> checklist;
    QList<Evidence> evidence;
    QList<Action> actions;
    QList<Contribution> contributions;
    QList<FacilitatorNote> facilitatorNotes;
    QList<ParkedQuestion> parkingLot;
    QList<AgendaSession> agenda;
    // Only for a copy between databases (AssessmentStore::copyRecords); exchange files leave it out.
    QList<AuditEntry> auditLog;
};

struct NewAssessment
{
    QString stateCode;
    QString title;
    QDate date;
    QList<TeamMember> team;
};

} // namespace iamm
