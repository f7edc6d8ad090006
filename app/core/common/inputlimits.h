// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace iamm {

// What one assessment may hold, enforced when a file is imported and when text is typed, so that
// every report over accepted data stays small enough to finish quickly. The same numbers are in
// db/schemas/assessment-exchange.schema.json (maxLength, maxItems) and the README.
class InputLimits
{
public:
    static constexpr qint64 maxImportFileBytes = 64 * 1024 * 1024;
    static constexpr qint64 maxFrameworkFileBytes = 16 * 1024 * 1024;
    static constexpr int maxJsonDepth = 64;
    // Titles, names, agencies, roles, owners, evidence titles and file names.
    static constexpr int maxNameLength = 200;
    static constexpr int maxLinkLength = 2000;
    static constexpr int maxActionTextLength = 1000;
    // Rationales and evidence notes.
    static constexpr int maxLongTextLength = 20000;
    static constexpr int maxTeamMembers = 100;
    static constexpr int maxEvidencePerAssessment = 1000;
    static constexpr int maxActionsPerAssessment = 1000;
    static constexpr int maxContributionsPerAssessment = 1000;
    static constexpr int maxParkedQuestionsPerAssessment = 1000;
    static constexpr int maxAgendaSessions = 100;

    // Throws IammError "WHAT has N characters; at most MAX are allowed" when text is too long.
    static void checkLength(const QString &what, const QString &text, int maxLength);
    // Throws IammError "WHAT: at most MAX per assessment" when count exceeds maxCount.
    static void checkCount(const QString &what, qsizetype count, int maxCount);
};

} // namespace iamm
