// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "display/vocabularytext.h"
#include "store/assessmentstore.h"

namespace iamm::cli {

int checklistCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("checklist"), words, {QStringLiteral("status")},
                              {QStringLiteral("clear")});
    arguments.requirePositionalCount(2, 2);
    const QString mode = arguments.exactlyOne({QStringLiteral("status"), QStringLiteral("clear")});
    const std::optional<ChecklistState> status = mode == QLatin1String("clear")
                                                     ? std::optional<ChecklistState>()
                                                     : std::optional<ChecklistState>(
                                                         vocabulary::require<ChecklistState>(arguments.required(mode)));
    const QString entry = arguments.positional(1, QStringLiteral("ENTRY"));
    context.store().setChecklistStatus(arguments.positional(0, QStringLiteral("assessment ID")), entry, status);
    // The code stays beside the word: it is what the user types to set the status again.
    context.out()
        << (status ? Arguments::tr("%1: %2 (%3)").arg(entry, VocabularyText::text(*status), vocabulary::toText(*status))
                   : Arguments::tr("%1: cleared").arg(entry))
        << '\n';
    return 0;
}

} // namespace iamm::cli
