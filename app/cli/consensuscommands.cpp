// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "store/assessmentstore.h"
#include "workshop/consensus.h"
#include "workshop/consensusformatter.h"

namespace iamm::cli {

int consensusCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("consensus"), words, {QStringLiteral("format")}, {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (show)"));
    if (sub != QLatin1String("show"))
        arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        arguments.usage(Arguments::tr("--format must be json, csv or text"));
    AssessmentStore &store = context.store();
    const ConsensusFigures figures = Consensus::compute(store.frameworkOf(id), store.contributions(id),
                                                        store.responses(id));
    if (format == QLatin1String("json"))
        context.out() << QString::fromUtf8(ConsensusFormatter::toJson(id, figures));
    else if (format == QLatin1String("csv"))
        context.out() << QString::fromUtf8(ConsensusFormatter::toCsv(figures));
    else
        context.out() << ConsensusFormatter::toText(id, figures);
    return 0;
}

} // namespace iamm::cli
