// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "common/uilanguage.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "report/worksheetwriter.h"

namespace iamm::cli {

int worksheetCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("worksheet"), words,
                              {QStringLiteral("out"), QStringLiteral("participant"), QStringLiteral("paper")},
                              {QStringLiteral("force")});
    const QString id = arguments.positional(0, QStringLiteral("assessment ID"));
    arguments.requirePositionalCount(1, 1);
    WorksheetWriter::Options options;
    options.participant = arguments.value(QStringLiteral("participant"), {});
    options.paper = arguments.value(QStringLiteral("paper"), QStringLiteral("a4"));
    if (options.paper != QLatin1String("a4") && options.paper != QLatin1String("letter"))
        arguments.usage(Arguments::tr("--paper must be a4 or letter"));
    options.existing = arguments.flag(QStringLiteral("force")) ? OutputFile::Existing::Overwrite
                                                               : OutputFile::Existing::Refuse;
    const Framework framework = context.frameworks().translated(context.store().frameworkOf(id),
                                                                UiLanguage::codeOf(UiLanguage::current()));
    options.framework = &framework;
    const QString out = arguments.required(QStringLiteral("out"));
    WorksheetWriter::writePdf(context.store(), id, options, out);
    context.out() << out << '\n';
    return 0;
}

} // namespace iamm::cli
