// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "store/assessmentstore.h"

namespace iamm::cli {

int checklistCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("checklist"), words, {QStringLiteral("status")},
                              {QStringLiteral("clear")});
    arguments.requirePositionalCount(2, 2);
    const QString mode = arguments.exactlyOne({QStringLiteral("status"), QStringLiteral("clear")});
    const QString status = mode == QLatin1String("clear") ? QString() : arguments.required(QStringLiteral("status"));
    context.store().setChecklistStatus(
        arguments.positional(0, QStringLiteral("assessment ID")), arguments.positional(1, QStringLiteral("ENTRY")),
        status.isEmpty() ? std::optional<ChecklistState>()
                         : std::optional<ChecklistState>(vocabulary::require<ChecklistState>(status)));
    context.out() << arguments.positional(1, {}) << ": " << (status.isEmpty() ? QStringLiteral("cleared") : status)
                  << '\n';
    return 0;
}

} // namespace iamm::cli
