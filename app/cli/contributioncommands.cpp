// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "catalogs/statecatalog.h"
#include "store/assessmentstore.h"
#include "workshop/contributionimport.h"

namespace iamm::cli {

namespace {

int importContributions(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(3, 3);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    const QString path = arguments.positional(2, QStringLiteral("FILE"));
    ContributionImport::Participant participant;
    participant.name = arguments.value(QStringLiteral("participant"), {});
    participant.agency = arguments.value(QStringLiteral("agency"), {});
    if (ContributionImport::formatOf(path) == ContributionImport::Format::Csv
        && (arguments.value(QStringLiteral("participant")) || arguments.value(QStringLiteral("agency"))))
        arguments.usage(Arguments::tr("--participant and --agency go with an exchange (.json) file; a .csv file "
                                      "names its participants in its participant and agency columns"));
    const ContributionImport::Summary summary = ContributionImport::importFile(
        context.store(), id, path, context.frameworks(), StateCatalog::instance(), participant);
    context.out() << Arguments::tr("imported %n participant(s); %1", nullptr, summary.participants)
                         .arg(Arguments::tr("%n view(s) recorded", nullptr, summary.views))
                  << '\n';
    return 0;
}

int listContributions(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    for (const Contribution &c : context.store().contributions(id))
        context.out() << shown(c.shownName()) << '\t' << shown(c.agency) << '\t' << c.views.size() << '\t'
                      << shown(c.source) << '\n';
    return 0;
}

int removeContribution(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    const QString name = arguments.required(QStringLiteral("participant"));
    context.store().removeContribution(id, name);
    context.out() << Arguments::tr("%1 removed", "participant's views").arg(shown(name)) << '\n';
    return 0;
}

} // namespace

int contributionCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("contribution"), words,
                              {QStringLiteral("participant"), QStringLiteral("agency")}, {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (import, list, remove)"));
    if (sub == QLatin1String("import"))
        return importContributions(context, arguments);
    if (sub == QLatin1String("list"))
        return listContributions(context, arguments);
    if (sub == QLatin1String("remove"))
        return removeContribution(context, arguments);
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
