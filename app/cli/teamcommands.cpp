// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "assessment/teamroster.h"

namespace iamm::cli {

namespace {

int addMember(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    TeamMember member;
    member.name = arguments.required(QStringLiteral("name"));
    if (member.name.trimmed().isEmpty())
        arguments.usage(Arguments::tr("--name must not be empty"));
    member.agency = arguments.value(QStringLiteral("agency"), {});
    member.role = arguments.value(QStringLiteral("role"), {});
    context.out() << TeamRoster(context.store()).add(arguments.positional(1, QStringLiteral("assessment ID")), member)
                  << '\n';
    return 0;
}

int listMembers(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QList<TeamMember> team =
        TeamRoster(context.store()).members(arguments.positional(1, QStringLiteral("assessment ID")));
    for (int i = 0; i < team.size(); ++i)
        context.out() << i + 1 << '\t' << team[i].name << '\t' << team[i].agency << '\t' << team[i].role << '\n';
    return 0;
}

int removeMember(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(3, 3);
    const qint64 memberNumber = arguments.id(2, QStringLiteral("MEMBER_ID"));
    TeamRoster(context.store()).remove(arguments.positional(1, QStringLiteral("assessment ID")), int(memberNumber));
    context.out() << Arguments::tr("%1 removed", "team member").arg(memberNumber) << '\n';
    return 0;
}

} // namespace

int teamCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("team"), words,
                              {QStringLiteral("name"), QStringLiteral("agency"), QStringLiteral("role")}, {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (add, list, remove)"));
    if (sub == QLatin1String("add"))
        return addMember(context, arguments);
    if (sub == QLatin1String("list"))
        return listMembers(context, arguments);
    if (sub == QLatin1String("remove"))
        return removeMember(context, arguments);
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
