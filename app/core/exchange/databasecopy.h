// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/sqlconnection.h"

#include <QStringList>

namespace iamm {

// What one copied assessment holds, and the digest (RecordDigest) both databases agree on.
struct CopiedAssessment
{
    AssessmentInfo info;
    qsizetype responses = 0;
    qsizetype checklist = 0;
    qsizetype evidence = 0;
    qsizetype files = 0;
    qsizetype actions = 0;
    qsizetype contributions = 0;
    qsizetype facilitatorNotes = 0;
    qsizetype parkedQuestions = 0;
    qsizetype agendaSessions = 0;
    qsizetype auditEntries = 0;
    QString sha256;
};

struct CopyResult
{
    QList<CopiedAssessment> assessments;
    qsizetype peerGroups = 0;
    bool createdTarget = false;
};

// Copies whole assessments (everything attached, their audit logs verbatim and the framework snapshots
// they pin) from one database to another through AssessmentStore, so any two engines will do. The source
// is opened read-only; the target is written in one transaction, read back and compared with the source
// by RecordDigest before it is committed, so a failure or a mismatch leaves it as it was.
class DatabaseCopy
{
public:
    // Copies the given assessments, or all of them and the user's peer groups when assessmentIds is empty,
    // replacing those with the same ids in the target. A target opened read-only is refused before anything
    // is written. Throws IammError naming what and where.
    static CopyResult run(const QString &source, const QString &target, const QStringList &assessmentIds,
                          SqlConnection::Access targetAccess = SqlConnection::Access::Writable);
};

} // namespace iamm
