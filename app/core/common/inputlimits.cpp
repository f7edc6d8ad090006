// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/inputlimits.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace iamm {

namespace {

struct Limit
{
    int max;
    const char *message;
};

Limit limitOf(InputLimits::Text text)
{
    using T = InputLimits::Text;
    switch (text) {
    case T::AssessmentTitle:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits", "the assessment title has %1 characters; at most %2 are allowed")};
    case T::Rationale:
        return {InputLimits::maxLongTextLength,
                QT_TRANSLATE_NOOP("InputLimits", "the rationale has %1 characters; at most %2 are allowed")};
    case T::DissentNote:
        return {InputLimits::maxLongTextLength,
                QT_TRANSLATE_NOOP("InputLimits", "the dissent note has %1 characters; at most %2 are allowed")};
    case T::ChangeNote:
        return {
            InputLimits::maxLongTextLength,
            QT_TRANSLATE_NOOP("InputLimits", "the explanation of change has %1 characters; at most %2 are allowed")};
    case T::ActionText:
        return {InputLimits::maxActionTextLength,
                QT_TRANSLATE_NOOP("InputLimits", "the action text has %1 characters; at most %2 are allowed")};
    case T::ActionOwner:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits", "the action owner has %1 characters; at most %2 are allowed")};
    case T::EvidenceNote:
        return {InputLimits::maxLongTextLength,
                QT_TRANSLATE_NOOP("InputLimits", "the evidence note has %1 characters; at most %2 are allowed")};
    case T::EvidenceTitle:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits", "the evidence title has %1 characters; at most %2 are allowed")};
    case T::Link:
        return {InputLimits::maxLinkLength,
                QT_TRANSLATE_NOOP("InputLimits", "the link has %1 characters; at most %2 are allowed")};
    case T::ParticipantName:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits", "the participant's name has %1 characters; at most %2 are allowed")};
    case T::Agency:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits", "the agency has %1 characters; at most %2 are allowed")};
    case T::Source:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits", "the source has %1 characters; at most %2 are allowed")};
    case T::Comment:
        return {InputLimits::maxLongTextLength,
                QT_TRANSLATE_NOOP("InputLimits", "the comment has %1 characters; at most %2 are allowed")};
    case T::FacilitatorNote:
        return {InputLimits::maxLongTextLength,
                QT_TRANSLATE_NOOP("InputLimits",
                                  "the facilitator note on item %3 has %1 characters; at most %2 are allowed")};
    case T::ParkedQuestion:
        return {InputLimits::maxActionTextLength,
                QT_TRANSLATE_NOOP("InputLimits", "the parked question has %1 characters; at most %2 are allowed")};
    case T::AgendaSessionTitle:
        return {InputLimits::maxNameLength,
                QT_TRANSLATE_NOOP("InputLimits",
                                  "the title of agenda session %3 has %1 characters; at most %2 are allowed")};
    case T::TeamMemberName:
        return {
            InputLimits::maxNameLength,
            QT_TRANSLATE_NOOP("InputLimits", "the name of team member %3 has %1 characters; at most %2 are allowed")};
    case T::TeamMemberAgency:
        return {
            InputLimits::maxNameLength,
            QT_TRANSLATE_NOOP("InputLimits", "the agency of team member %3 has %1 characters; at most %2 are allowed")};
    case T::TeamMemberRole:
        return {
            InputLimits::maxNameLength,
            QT_TRANSLATE_NOOP("InputLimits", "the role of team member %3 has %1 characters; at most %2 are allowed")};
    }
    Q_UNREACHABLE();
}

Limit limitOf(InputLimits::Count count)
{
    using C = InputLimits::Count;
    switch (count) {
    case C::Actions:
        return {InputLimits::maxActionsPerAssessment,
                QT_TRANSLATE_NOOP("InputLimits", "assessment %3 would have %1 actions; at most %2 are allowed")};
    case C::Evidence:
        return {
            InputLimits::maxEvidencePerAssessment,
            QT_TRANSLATE_NOOP("InputLimits", "assessment %3 would have %1 evidence entries; at most %2 are allowed")};
    case C::Contributions:
        return {InputLimits::maxContributionsPerAssessment,
                QT_TRANSLATE_NOOP("InputLimits", "assessment %3 would have %1 contributions; at most %2 are allowed")};
    case C::ParkedQuestions:
        return {
            InputLimits::maxParkedQuestionsPerAssessment,
            QT_TRANSLATE_NOOP("InputLimits", "assessment %3 would have %1 parked questions; at most %2 are allowed")};
    case C::AgendaSessions:
        return {InputLimits::maxAgendaSessions,
                QT_TRANSLATE_NOOP("InputLimits",
                                  "the agenda of assessment %3 would have %1 sessions; at most %2 are allowed")};
    case C::TeamMembers:
        return {InputLimits::maxTeamMembers,
                QT_TRANSLATE_NOOP("InputLimits", "the team has %1 members; at most %2 are allowed")};
    }
    Q_UNREACHABLE();
}

// %1 is the length or count, %2 the limit and %3, where the sentence has it, the context.
QString sentence(const Limit &limit, qint64 value, const QString &context)
{
    const QString text = QCoreApplication::translate("InputLimits", limit.message);
    const QString shown = InputLimits::number(value);
    const QString max = InputLimits::number(limit.max);
    return context.isEmpty() ? text.arg(shown, max) : text.arg(shown, max, context);
}

} // namespace

int InputLimits::maxLength(Text text)
{
    return limitOf(text).max;
}

QString InputLimits::tooLong(Text text, qsizetype length, const QString &context)
{
    return sentence(limitOf(text), length, context);
}

QString InputLimits::tooLongValue(qsizetype length, int maxLength)
{
    return QCoreApplication::translate("InputLimits", "the text has %1 characters; at most %2 are allowed")
        .arg(number(length), number(maxLength));
}

void InputLimits::checkLength(Text text, const QString &value, const QString &context)
{
    if (value.size() > maxLength(text))
        throw IammError(tooLong(text, value.size(), context));
}

void InputLimits::checkCount(Count what, qsizetype count, const QString &context)
{
    const Limit limit = limitOf(what);
    if (count > limit.max)
        throw IammError(sentence(limit, count, context));
}

QString InputLimits::number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace iamm
