// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "exchange/databasecopy.h"
#include "store/databaselocation.h"

namespace iamm::cli {

namespace {

// Both paths name one existing file (a PostgreSQL address has no canonical file path).
QString describe(const CopiedAssessment &copied)
{
    // The numbers first: a title may contain "%1".
    return Arguments::tr("copied %11 (%12, %13): %1 responses, %2 checklist entries, %3 evidence items (%4 files), "
                         "%5 actions, %6 contributions, %7 facilitator notes, %8 parked questions, "
                         "%9 agenda sessions, %10 audit entries")
        .arg(copied.responses)
        .arg(copied.checklist)
        .arg(copied.evidence)
        .arg(copied.files)
        .arg(copied.actions)
        .arg(copied.contributions)
        .arg(copied.facilitatorNotes)
        .arg(copied.parkedQuestions)
        .arg(copied.agendaSessions)
        .arg(copied.auditEntries)
        .arg(copied.info.id, copied.info.stateCode, copied.info.title);
}

} // namespace

int copyCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("copy"), words,
                              {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("assessment")}, {});
    const QString source = arguments.required(QStringLiteral("from"));
    const QString target = arguments.required(QStringLiteral("to"));
    // --assessment takes one or more ids: its value and the words after it.
    QStringList ids;
    if (const auto first = arguments.value(QStringLiteral("assessment")))
        ids << *first << arguments.positional();
    else
        arguments.requirePositionalCount(0, 0);
    if (DatabaseLocation::parse(source).isSameDatabase(DatabaseLocation::parse(target)))
        arguments.usage(Arguments::tr("--from and --to name the same database %1").arg(source));
    const CopyResult result = DatabaseCopy::run(
        source, target, ids, context.readOnly() ? SqlConnection::Access::ReadOnly : SqlConnection::Access::Writable);
    if (result.createdTarget)
        context.err() << "iamm: " << Arguments::tr("created new database %1").arg(target) << '\n';
    for (const CopiedAssessment &copied : result.assessments)
        context.out() << describe(copied) << '\n';
    context.out() << Arguments::tr("copied %n assessment(s) from %1 to %2, each read back and verified by SHA-256",
                                   nullptr, int(result.assessments.size()))
                         .arg(source, target)
                  << '\n';
    if (result.peerGroups > 0)
        context.out() << Arguments::tr("copied %n peer group(s)", nullptr, int(result.peerGroups)) << '\n';
    return 0;
}

} // namespace iamm::cli
