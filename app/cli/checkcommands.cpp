// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "store/assessmentstore.h"
#include "store/databasebackup.h"
#include "common/iammerror.h"

namespace iamm::cli {

int checkCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("check"), words, {}, {});
    arguments.requirePositionalCount(0, 0);
    const QStringList problems = context.store().integrityProblems();
    for (const QString &problem : problems)
        context.out() << problem << '\n';
    if (!problems.isEmpty())
        throw IammError(Arguments::tr("%1: %n problem(s) found; %2", nullptr, int(problems.size()))
                            .arg(context.databasePath(), DatabaseBackup::recoveryAdvice(context.databasePath())));
    context.out() << Arguments::tr("%1: ok (%n assessment(s), database and attachments intact)", nullptr,
                                   int(context.store().assessments().size()))
                         .arg(context.databasePath())
                  << '\n';
    return 0;
}

} // namespace iamm::cli
