// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/vocabulary.h"

#include "common/iammerror.h"
#include "display/displaytext.h"

namespace iamm::vocabulary {

template<typename Enum> Enum require(const QString &text)
{
    if (const std::optional<Enum> value = fromText<Enum>(text))
        return *value;
    throw IammError(QStringLiteral("%1 %2 is not one of %3")
                        .arg(QLatin1String(Spellings<Enum>::name), DisplayText::quoted(text),
                             allTexts<Enum>().join(QStringLiteral(", "))));
}

template AssessmentStatus require<AssessmentStatus>(const QString &);
template EvidenceKind require<EvidenceKind>(const QString &);
template Confidence require<Confidence>(const QString &);
template ChecklistState require<ChecklistState>(const QString &);
template ActionStatus require<ActionStatus>(const QString &);
template ChangeReason require<ChangeReason>(const QString &);
template ActionReview require<ActionReview>(const QString &);

} // namespace iamm::vocabulary
