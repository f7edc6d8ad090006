// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>

namespace iamm {

// The closed sets of values an assessment uses. Each value has one text spelling, used in the
// database, exchange files and CLI; toText and fromText are the only conversions between them.
namespace vocabulary {
Q_NAMESPACE

enum class AssessmentStatus { Draft, Final };
Q_ENUM_NS(AssessmentStatus)

enum class EvidenceKind { Note, Link, File };
Q_ENUM_NS(EvidenceKind)

enum class Confidence { Low, Medium, High };
Q_ENUM_NS(Confidence)

// How far a checklist entry (a sub-topic or statement) is in place.
enum class ChecklistState { InPlace, Partial, NotInPlace, NotApplicable };
Q_ENUM_NS(ChecklistState)

enum class ActionStatus { Open, InProgress, Done, Dropped };
Q_ENUM_NS(ActionStatus)

// Why an item's score differs from the previous round's: a real change in practice, new or better
// information, a different reading of the scale or the item, or something else.
enum class ChangeReason { Performance, Evidence, Method, Other };
Q_ENUM_NS(ChangeReason)

// Where the review of an action carried over from the previous round stands.
enum class ActionReview { ToReview, Continuing, Done, Dropped };
Q_ENUM_NS(ActionReview)

// Enum's spellings, in the order of the values.
template<typename Enum> struct Spellings;

template<> struct Spellings<AssessmentStatus>
{
    static constexpr std::array<const char *, 2> texts{"draft", "final"};
};

template<> struct Spellings<EvidenceKind>
{
    static constexpr std::array<const char *, 3> texts{"note", "link", "file"};
};

template<> struct Spellings<Confidence>
{
    static constexpr std::array<const char *, 3> texts{"low", "medium", "high"};
};

template<> struct Spellings<ChecklistState>
{
    static constexpr std::array<const char *, 4> texts{"in_place", "partial", "not_in_place", "not_applicable"};
};

template<> struct Spellings<ActionStatus>
{
    static constexpr std::array<const char *, 4> texts{"open", "in_progress", "done", "dropped"};
};

template<> struct Spellings<ChangeReason>
{
    static constexpr std::array<const char *, 4> texts{"performance", "evidence", "method", "other"};
};

template<> struct Spellings<ActionReview>
{
    static constexpr std::array<const char *, 4> texts{"to_review", "continuing", "done", "dropped"};
};

template<typename Enum> QString toText(Enum value)
{
    return QString::fromLatin1(Spellings<Enum>::texts.at(std::size_t(value)));
}

// An empty string for no value.
template<typename Enum> QString toText(const std::optional<Enum> &value)
{
    return value ? toText(*value) : QString();
}

template<typename Enum> std::optional<Enum> fromText(QStringView text)
{
    const auto &texts = Spellings<Enum>::texts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (text == QLatin1String(texts[i]))
            return Enum(i);
    }
    return std::nullopt;
}

template<typename Enum> QStringList allTexts()
{
    QStringList list;
    for (const char *text : Spellings<Enum>::texts)
        list << QString::fromLatin1(text);
    return list;
}

// The value text spells; throws IammError otherwise, naming what Enum is, the text and the spellings:
// `change reason "luck" is not one of performance, evidence, method, other`.
template<typename Enum> Enum require(const QString &text);

constexpr qint64 maxEvidenceFileBytes = 20 * 1024 * 1024;

} // namespace vocabulary

using vocabulary::ActionReview;
using vocabulary::ActionStatus;
using vocabulary::AssessmentStatus;
using vocabulary::ChangeReason;
using vocabulary::ChecklistState;
using vocabulary::Confidence;
using vocabulary::EvidenceKind;

} // namespace iamm
