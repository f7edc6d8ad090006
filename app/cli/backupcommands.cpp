// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "store/assessmentstore.h"
#include "store/databasebackup.h"

namespace iamm::cli {

int backupCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("backup"), words, {QStringLiteral("out")}, {});
    arguments.requirePositionalCount(0, 0);
    const AssessmentStore &store = context.store();
    const auto out = arguments.value(QStringLiteral("out"));
    QString target;
    if (out) {
        target = *out;
        store.writeBackup(target);
    } else {
        target = store.writeDatedBackup(DatabaseBackup::Reason::Manual);
    }
    context.out() << Arguments::tr("backed up %1 to %2").arg(context.databasePath(), target) << '\n';
    return 0;
}

int restoreCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("restore"), words, {}, {});
    arguments.requirePositionalCount(1, 1);
    const QString backup = arguments.positional(0, QStringLiteral("the backup FILE"));
    const QString replaced = DatabaseBackup::restore(backup, context.databasePath());
    context.out() << Arguments::tr("restored %1 from %2").arg(context.databasePath(), backup) << '\n';
    if (!replaced.isEmpty())
        context.out() << Arguments::tr("the replaced database is kept as %1").arg(replaced) << '\n';
    return 0;
}

} // namespace iamm::cli
