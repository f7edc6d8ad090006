// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "framework/frameworkregistry.h"
#include "rounds/roundcomparison.h"
#include "rounds/roundsformatter.h"
#include "rounds/trendloader.h"
#include "store/assessmentstore.h"

namespace iamm::cli {

int trendCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("trend"), words,
                              {QStringLiteral("state"), QStringLiteral("framework"), QStringLiteral("format")},
                              {QStringLiteral("finals-only")});
    arguments.requirePositionalCount(0, 0);
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        arguments.usage(Arguments::tr("--format must be json, csv or text"));
    const Trend trend = TrendLoader::history(
        context.store(), arguments.required(QStringLiteral("state")),
        arguments.value(QStringLiteral("framework"), FrameworkRegistry::defaultFrameworkId()),
        arguments.flag(QStringLiteral("finals-only")));
    if (format == QLatin1String("json"))
        context.out() << QString::fromUtf8(RoundsFormatter::trendJson(trend)) << '\n';
    else if (format == QLatin1String("csv"))
        context.out() << QString::fromUtf8(RoundsFormatter::trendCsv(trend));
    else
        context.out() << RoundsFormatter::trendText(
            trend, readerFramework(context, context.store().frameworkOf(trend.rounds.constLast().info.id)));
    return 0;
}

int compareCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("compare"), words, {QStringLiteral("format")}, {});
    arguments.requirePositionalCount(2, 2);
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        arguments.usage(Arguments::tr("--format must be json or text"));
    const RoundComparison comparison = RoundComparison::between(
        context.store(), arguments.positional(0, QStringLiteral("assessment ID_A")),
        arguments.positional(1, QStringLiteral("assessment ID_B")));
    if (format == QLatin1String("json"))
        context.out() << QString::fromUtf8(RoundsFormatter::comparisonJson(comparison)) << '\n';
    else
        context.out() << RoundsFormatter::comparisonText(comparison);
    return 0;
}

} // namespace iamm::cli
