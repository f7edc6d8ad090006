// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "rounds/changereasons.h"
#include "store/assessmentstore.h"

#include <algorithm>

namespace iamm::cli {

namespace {

// The category's code stays beside its title: it is what --change-reason takes.
QString changeText(const Response &saved)
{
    const QString reason = saved.changeReason ? Arguments::tr("%1 (%2)").arg(ChangeReasons::title(*saved.changeReason),
                                                                             vocabulary::toText(*saved.changeReason))
                                              : QString();
    if (saved.changeNote.isEmpty())
        return Arguments::tr("change: %1").arg(reason);
    return reason.isEmpty() ? Arguments::tr("change: %1").arg(shown(saved.changeNote))
                            : Arguments::tr("change: %1 – %2").arg(reason, shown(saved.changeNote));
}

} // namespace

int scoreCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("score"), words,
                              {QStringLiteral("score"), QStringLiteral("target"), QStringLiteral("confidence"),
                               QStringLiteral("rationale"), QStringLiteral("dissent"), QStringLiteral("change-reason"),
                               QStringLiteral("change-note")},
                              {QStringLiteral("na"), QStringLiteral("clear"), QStringLiteral("clear-target")});
    arguments.requirePositionalCount(2, 2);
    arguments.atMostOne({QStringLiteral("target"), QStringLiteral("clear-target")});
    const QString id = arguments.positional(0, QStringLiteral("assessment ID"));
    const QString item = arguments.positional(1, QStringLiteral("ITEM"));
    ResponseUpdate update;
    const QStringList modes{QStringLiteral("score"), QStringLiteral("na"), QStringLiteral("clear")};
    update.dissent = arguments.value(QStringLiteral("dissent"));
    if (const auto reason = arguments.value(QStringLiteral("change-reason")))
        update.changeReason = reason->isEmpty() ? std::optional<ChangeReason>()
                                                : std::optional<ChangeReason>(ChangeReasons::parse(*reason));
    update.changeNote = arguments.value(QStringLiteral("change-note"));
    // With only --dissent or an explanation of change the rating stays as it is.
    const bool ratingGiven = std::any_of(modes.cbegin(), modes.cend(), [&](const QString &name) {
        return arguments.flag(name) || arguments.value(name);
    });
    if (ratingGiven || !(update.dissent || update.changeReason || update.changeNote)) {
        const QString mode = arguments.exactlyOne(modes);
        if (mode == QLatin1String("score"))
            update.rating = Rating::level(*arguments.integer(QStringLiteral("score")));
        else
            update.rating = mode == QLatin1String("na") ? Rating::na() : Rating::notAssessed();
    }
    if (arguments.flag(QStringLiteral("clear-target")))
        update.target = std::optional<int>();
    else if (const auto target = arguments.integer(QStringLiteral("target")))
        update.target = std::optional<int>(*target);
    if (const auto confidence = arguments.value(QStringLiteral("confidence")))
        update.confidence = confidence->isEmpty()
                                ? std::optional<Confidence>()
                                : std::optional<Confidence>(vocabulary::require<Confidence>(*confidence));
    if (const auto rationale = arguments.value(QStringLiteral("rationale")))
        update.rationale = *rationale;
    const Response saved = context.store().updateResponse(id, item, update);
    context.out() << Arguments::tr("%1: %2").arg(
        item, ratingText(saved, readerFramework(context, context.store().frameworkOf(id)).scale))
                  << '\n';
    if (update.dissent && !saved.dissent.isEmpty())
        context.out() << Arguments::tr("dissent: %1").arg(shown(saved.dissent)) << '\n';
    if ((update.changeReason || update.changeNote) && (saved.changeReason || !saved.changeNote.isEmpty()))
        context.out() << changeText(saved) << '\n';
    return 0;
}

} // namespace iamm::cli
