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
    context.out() << "backed up " << context.databasePath() << " to " << target << '\n';
    return 0;
}

int restoreCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("restore"), words, {}, {});
    arguments.requirePositionalCount(1, 1);
    const QString backup = arguments.positional(0, QStringLiteral("the backup FILE"));
    const QString replaced = DatabaseBackup::restore(backup, context.databasePath());
    context.out() << "restored " << context.databasePath() << " from " << backup << '\n';
    if (!replaced.isEmpty())
        context.out() << "the replaced database is kept as " << replaced << '\n';
    return 0;
}

} // namespace iamm::cli
