#pragma once

#include "assessment.h"

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

    // The fixed id (a name-based UUID) under which a shared copy of assessmentId travels.
    static QString sharedCopyId(const QString &assessmentId);
    static QByteArray exportAssessment(const AssessmentStore &store, const QString &assessmentId,
                                       const ExportOptions &options);
    // Parses and fully validates one file; fileName is only used in messages.
    static AssessmentRecord parse(const QByteArray &bytes, const QString &fileName, const FrameworkRegistry &frameworks,
                                  const StateCatalog &states);
    // Validates every file first, then writes all of them in one transaction, replacing
    // assessments with the same ids; on any error nothing is written. Returns the imported ids.
    static QStringList importFiles(AssessmentStore &store, const QStringList &paths,
                                   const FrameworkRegistry &frameworks, const StateCatalog &states);
};

} // namespace iamm
