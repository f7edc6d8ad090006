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

    // Each limited text and count has its own maximum and its own whole sentence of refusal. The
    // context a sentence names: the item id (FacilitatorNote), the session's number
    // (AgendaSessionTitle), the member's number (TeamMember*), the assessment id (every count but
    // TeamMembers).
    enum class Text {
        AssessmentTitle,
        Rationale,
        DissentNote,
        ChangeNote,
        ActionText,
        ActionOwner,
        EvidenceNote,
        EvidenceTitle,
        Link,
        ParticipantName,
        Agency,
        Source,
        Comment,
        FacilitatorNote,
        ParkedQuestion,
        AgendaSessionTitle,
        TeamMemberName,
        TeamMemberAgency,
        TeamMemberRole,
    };
    enum class Count { Actions, Evidence, Contributions, ParkedQuestions, AgendaSessions, TeamMembers };

    static int maxLength(Text text);
    // The sentence refusing a text of `length` characters.
    static QString tooLong(Text text, qsizetype length, const QString &context = {});
    // For a field of a file, which the path in the file names: "the text has N characters; …".
    static QString tooLongValue(qsizetype length, int maxLength);
    // Throw IammError with the field's sentence when over its limit.
    static void checkLength(Text text, const QString &value, const QString &context = {});
    static void checkCount(Count what, qsizetype count, const QString &context = {});
    // A count or length as the current language writes numbers.
    static QString number(qint64 value);
};

} // namespace iamm
