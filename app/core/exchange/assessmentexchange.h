// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QByteArray>
#include <QStringList>

namespace iamm {

class AssessmentStore;
class FrameworkRegistry;
class StateCatalog;

// Assessment exchange files: one assessment per JSON file, described by
// db/schemas/assessment-exchange.schema.json. Every problem is an IammError
// "FILE: $.json.path: what is wrong".
class AssessmentExchange
{
public:
    struct ExportOptions
    {
        // A file fit to share outside the team: no text the team typed (title, team, rationale,
        // evidence of any kind, actions), only ratings, targets, confidence and checklist statuses.
        // It carries sharedCopyId() instead of the assessment's own id.
        bool share = false;
    };

    struct ImportOptions
    {
        // Whether a file may replace an assessment with its id that is already in the database.
        // Even then a final assessment is never replaced by a draft, and no assessment changes state.
        bool replace = false;
    };

    // "<STATE>-<date>-assessment.json", or -shared.json for a shared copy.
    static QString suggestedFileName(const AssessmentInfo &info, bool share);
    // The fixed id (a name-based UUID) under which a shared copy of assessmentId travels.
    static QString sharedCopyId(const QString &assessmentId);
    static QByteArray exportAssessment(const AssessmentStore &store, const QString &assessmentId,
                                       const ExportOptions &options);
    // Writes the exchange file atomically; throws IammError "PATH: cannot write: reason".
    static void exportToFile(const AssessmentStore &store, const QString &assessmentId, const QString &path,
                             const ExportOptions &options);
    // Parses and fully validates one file; fileName is only used in messages.
    static AssessmentRecord parse(const QByteArray &bytes, const QString &fileName, const FrameworkRegistry &frameworks,
                                  const StateCatalog &states);
    // Validates every file first, then writes all of them in one transaction; on any error nothing
    // is written. An assessment already in the store is replaced only with options.replace.
    // Each file must be a regular file of at most InputLimits::maxImportFileBytes. Returns the imported ids.
    static QStringList importFiles(AssessmentStore &store, const QStringList &paths,
                                   const FrameworkRegistry &frameworks, const StateCatalog &states,
                                   const ImportOptions &options);
    // Without replacing any assessment already in the store.
    static QStringList importFiles(AssessmentStore &store, const QStringList &paths,
                                   const FrameworkRegistry &frameworks, const StateCatalog &states);
    // The assessments in the store that importing paths would replace (what to confirm first).
    // Throws like importFiles when a file is not valid.
    static QList<AssessmentInfo> assessmentsReplacedBy(const AssessmentStore &store, const QStringList &paths,
                                                       const FrameworkRegistry &frameworks, const StateCatalog &states);
};

} // namespace iamm
