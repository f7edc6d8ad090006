// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "store/assessmentstore.h"

namespace iamm::cli {

int historyCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("history"), words, {}, {});
    arguments.requirePositionalCount(1, 1);
    const QString id = arguments.positional(0, QStringLiteral("assessment ID"));
    context.store().assessment(id);
    for (const AuditEntry &e : context.store().auditLog(id))
        context.out() << e.changedAt.toString(Qt::ISODate) << '\t' << e.entity << '\t' << e.entityKey << '\t' << e.field
                      << '\t' << shown(e.oldValue) << " -> " << shown(e.newValue) << '\n';
    return 0;
}

} // namespace iamm::cli
