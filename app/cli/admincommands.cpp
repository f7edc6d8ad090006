// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "access/accessgrant.h"
#include "catalogs/statecatalog.h"
#include "peers/peergroupcatalog.h"
#include "store/accesscontrol.h"

namespace iamm::cli {

namespace {

AccessRequest requestFrom(CommandContext &context, const Arguments &arguments)
{
    const QString user = arguments.required(QStringLiteral("user"));
    if (arguments.flag(QStringLiteral("secretariat"))) {
        if (arguments.value(QStringLiteral("state")) || arguments.value(QStringLiteral("role")))
            arguments.usage(Arguments::tr("--secretariat takes --group and --user, not --state or --role"));
        return AccessRequest::forGroup(user, context.groups().group(arguments.required(QStringLiteral("group"))));
    }
    if (arguments.value(QStringLiteral("group")))
        arguments.usage(Arguments::tr("--group is for a secretariat: add --secretariat"));
    const QString role = arguments.required(QStringLiteral("role"));
    const auto kind = accesskind::fromText(role);
    if (!kind || *kind == AccessKind::Secretariat)
        arguments.usage(Arguments::tr("--role must be team or observer (a secretariat: --secretariat --group GROUP)"));
    return AccessRequest::forState(user, *kind, arguments.required(QStringLiteral("state")), StateCatalog::instance());
}

QString describe(const AccessRequest &request)
{
    return Arguments::tr("%1 access of %2 to %3")
        .arg(accesskind::toText(request.kind), request.user, request.stateCodes.join(QStringLiteral(", ")));
}

} // namespace

int adminCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(
        QStringLiteral("admin"), words,
        {QStringLiteral("state"), QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("group")},
        {QStringLiteral("secretariat")});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (init, grant, revoke, list)"));
    arguments.requirePositionalCount(1, 1);
    const bool changesGrants = sub == QLatin1String("grant") || sub == QLatin1String("revoke");
    if (!changesGrants && sub != QLatin1String("init") && sub != QLatin1String("list"))
        arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
    AccessControl access(context.databasePath(),
                         context.readOnly() ? SqlConnection::Access::ReadOnly : SqlConnection::Access::Writable);
    if (sub == QLatin1String("init")) {
        QList<PeerGroup> shipped;
        for (const PeerGroup &group : context.groups().groups()) {
            if (group.shipped)
                shipped << group;
        }
        access.initialize(shipped);
        context.out() << Arguments::tr("access control is set up in %1: group roles iamm_team, iamm_observer and "
                                       "iamm_secretariat, row-level security on every table of assessments; "
                                       "give access with `iamm admin grant`")
                             .arg(context.databasePath())
                      << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        for (const AccessGrant &grant : access.grants())
            context.out() << grant.user << '\t' << accesskind::toText(grant.kind) << '\t' << grant.stateCode << '\n';
        return 0;
    }
    const AccessRequest request = requestFrom(context, arguments);
    if (sub == QLatin1String("grant")) {
        if (access.grant(request))
            context.out() << Arguments::tr("created the login role %1 without a password: set one with psql's "
                                           "\\password %1 (or let the server's pg_hba.conf authenticate it otherwise)")
                                 .arg(request.user)
                          << '\n';
        context.out() << Arguments::tr("granted %1").arg(describe(request)) << '\n';
        return 0;
    }
    const AccessControl::Revoked revoked = access.revoke(request);
    context.out() << Arguments::tr("revoked %1 (%n grant(s))", nullptr, revoked.grants).arg(describe(request)) << '\n';
    if (revoked.leftGroupRole)
        context.out() << Arguments::tr("%1 no longer has the role %2 (its login role is kept)")
                             .arg(request.user, accesskind::groupRole(request.kind))
                      << '\n';
    return 0;
}

} // namespace iamm::cli
