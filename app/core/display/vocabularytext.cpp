// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/vocabularytext.h"

namespace iamm {

QString VocabularyText::text(AssessmentStatus status)
{
    return status == AssessmentStatus::Final ? tr("final") : tr("draft");
}

QString VocabularyText::text(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Note:
        return tr("note");
    case EvidenceKind::Link:
        return tr("link");
    case EvidenceKind::File:
        break;
    }
    return tr("file");
}

QString VocabularyText::text(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low:
        return tr("low");
    case Confidence::Medium:
        return tr("medium");
    case Confidence::High:
        break;
    }
    return tr("high");
}

QString VocabularyText::text(ChecklistState state)
{
    switch (state) {
    case ChecklistState::InPlace:
        return tr("in place");
    case ChecklistState::Partial:
        return tr("partly in place");
    case ChecklistState::NotInPlace:
        return tr("not in place");
    case ChecklistState::NotApplicable:
        break;
    }
    return tr("not applicable");
}

QString VocabularyText::text(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("open");
    case ActionStatus::InProgress:
        return tr("in progress");
    case ActionStatus::Done:
        return tr("done");
    case ActionStatus::Dropped:
        break;
    }
    return tr("dropped");
}

QString VocabularyText::text(ActionReview review)
{
    switch (review) {
    case ActionReview::ToReview:
        return tr("to review");
    case ActionReview::Continuing:
        return tr("continuing");
    case ActionReview::Done:
        return tr("done");
    case ActionReview::Dropped:
        break;
    }
    return tr("dropped");
}

QString VocabularyText::capitalized(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1);
}

} // namespace iamm
