// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/vocabulary.h"

#include "common/iammerror.h"
#include "display/displaytext.h"

#include <QCoreApplication>

namespace iamm::vocabulary {

namespace {

// The whole sentence refusing a text that is none of Enum's spellings: %1 the quoted text, %2 the spellings.
template<typename Enum> QString notOneOf();

template<> QString notOneOf<AssessmentStatus>()
{
    return QCoreApplication::translate("Vocabulary", "assessment status %1 is not one of %2");
}

template<> QString notOneOf<EvidenceKind>()
{
    return QCoreApplication::translate("Vocabulary", "evidence kind %1 is not one of %2");
}

template<> QString notOneOf<Confidence>()
{
    return QCoreApplication::translate("Vocabulary", "confidence %1 is not one of %2");
}

template<> QString notOneOf<ChecklistState>()
{
    return QCoreApplication::translate("Vocabulary", "checklist status %1 is not one of %2");
}

template<> QString notOneOf<ActionStatus>()
{
    return QCoreApplication::translate("Vocabulary", "action status %1 is not one of %2");
}

template<> QString notOneOf<ChangeReason>()
{
    return QCoreApplication::translate("Vocabulary", "change reason %1 is not one of %2");
}

template<> QString notOneOf<ActionReview>()
{
    return QCoreApplication::translate("Vocabulary", "action review %1 is not one of %2");
}

} // namespace

template<typename Enum> Enum require(const QString &text)
{
    if (const std::optional<Enum> value = fromText<Enum>(text))
        return *value;
    throw IammError(notOneOf<Enum>().arg(DisplayText::quoted(text), allTexts<Enum>().join(QStringLiteral(", "))));
}

template AssessmentStatus require<AssessmentStatus>(const QString &);
template EvidenceKind require<EvidenceKind>(const QString &);
template Confidence require<Confidence>(const QString &);
template ChecklistState require<ChecklistState>(const QString &);
template ActionStatus require<ActionStatus>(const QString &);
template ChangeReason require<ChangeReason>(const QString &);
template ActionReview require<ActionReview>(const QString &);

} // namespace iamm::vocabulary
