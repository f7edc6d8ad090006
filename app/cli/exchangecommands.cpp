// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "exchange/assessmentexchange.h"
#include "store/assessmentstore.h"
#include "common/iammerror.h"
#include "catalogs/statecatalog.h"

namespace iamm::cli {

int exportCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("export"), words, {QStringLiteral("out")}, {QStringLiteral("share")});
    arguments.requirePositionalCount(1, 1);
    AssessmentExchange::ExportOptions options;
    options.share = arguments.flag(QStringLiteral("share"));
    const QString assessmentId = arguments.positional(0, QStringLiteral("assessment ID"));
    const QString out = arguments.required(QStringLiteral("out"));
    AssessmentExchange::exportToFile(context.store(), assessmentId, out, options);
    context.out() << out << '\n';
    return 0;
}

int importCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("import"), words, {}, {QStringLiteral("replace")});
    arguments.requirePositionalCount(1, -1);
    AssessmentExchange::ImportOptions options;
    options.replace = arguments.flag(QStringLiteral("replace"));
    const QStringList ids = AssessmentExchange::importFiles(context.store(), arguments.positional(),
                                                            context.frameworks(), StateCatalog::instance(), options);
    for (const QString &id : ids)
        context.out() << id << '\n';
    context.out() << Arguments::tr("imported %n assessment(s)", nullptr, int(ids.size())) << '\n';
    return 0;
}

} // namespace iamm::cli
