// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "store/assessmentstore.h"
#include "framework/frameworkregistry.h"
#include "peers/gapanalysis.h"
#include "report/gapformatter.h"
#include "report/gapreportwriter.h"
#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "peers/peergroupcatalog.h"
#include "catalogs/statecatalog.h"
#include "exchange/tableexporter.h"

namespace iamm::cli {

namespace {

void printGroup(QTextStream &out, const PeerGroup &group)
{
    out << group.id << "  " << group.name << '\n';
    if (group.fullName != group.name)
        out << group.fullName << '\n';
    if (group.year)
        out << (group.region.isEmpty() ? Arguments::tr("Since %1").arg(group.year)
                                       : Arguments::tr("Since %1, %2").arg(QString::number(group.year), group.region))
            << '\n';
    if (!group.note.isEmpty())
        out << (group.source.isEmpty() ? Arguments::tr("Note: %1").arg(group.note)
                                       : Arguments::tr("Note: %1 (%2)").arg(group.note, group.source))
            << '\n';
    if (!group.remarks.isEmpty())
        out << Arguments::tr("Remarks: %1").arg(group.remarks) << '\n';
    const int members = int(group.members.size());
    out << (group.shipped ? Arguments::tr("Shipped reference data (read-only); %n member(s):", nullptr, members)
                          : Arguments::tr("Your own group; %n member(s):", nullptr, members))
        << '\n';
    for (int i = 0; i < group.members.size(); ++i) {
        out << "  " << group.members[i] << "  " << StateCatalog::instance().nameOf(group.members[i]);
        if (i < group.memberNamesAsListed.size()
            && group.memberNamesAsListed[i] != StateCatalog::instance().nameOf(group.members[i]))
            out << "  " << Arguments::tr("(listed as \"%1\")").arg(group.memberNamesAsListed[i]);
        out << '\n';
    }
    if (!group.interested.isEmpty()) {
        out << Arguments::tr("%n \"interested\" state(s) (not members):", nullptr, int(group.interested.size()))
            << '\n';
        for (const QString &code : group.interested)
            out << "  " << code << "  " << StateCatalog::instance().nameOf(code) << '\n';
    }
}

QStringList codesFrom(const Arguments &arguments, int first)
{
    QStringList codes;
    for (const QString &word : arguments.positional().mid(first))
        codes << word.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (codes.isEmpty())
        arguments.usage(Arguments::tr("name at least one state code"));
    return codes;
}

int minPeers(const Arguments &arguments)
{
    const int value = arguments.integer(QStringLiteral("min-peers")).value_or(GapAnalysis::defaultMinPeers);
    if (value < 1)
        arguments.usage(Arguments::tr("--min-peers must be at least 1"));
    return value;
}

} // namespace

int groupCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("group"), words, {QStringLiteral("name"), QStringLiteral("from")}, {});
    const QString sub = arguments.positional(
        0, QStringLiteral("subcommand (list, show, create, add, remove, rename, delete)"));
    PeerGroupCatalog &groups = context.groups();
    if (sub == QLatin1String("list")) {
        arguments.requirePositionalCount(1, 1);
        for (const PeerGroup &group : groups.groups())
            context.out() << group.id << '\t' << Arguments::tr("%n member(s)", nullptr, int(group.members.size()))
                          << '\t' << (group.shipped ? Arguments::tr("shipped") : Arguments::tr("own")) << '\t'
                          << group.name << '\n';
        return 0;
    }
    const QString id = arguments.positional(1, QStringLiteral("group ID"));
    if (sub == QLatin1String("show")) {
        arguments.requirePositionalCount(2, 2);
        printGroup(context.out(), groups.group(id));
        return 0;
    }
    if (sub == QLatin1String("create")) {
        if (const auto from = arguments.value(QStringLiteral("from"))) {
            arguments.requirePositionalCount(2, 2);
            groups.copyGroup(*from, id, arguments.value(QStringLiteral("name"), {}));
        } else {
            groups.createGroup(
                id, arguments.value(QStringLiteral("name"), id),
                arguments.positional().mid(2).join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
        context.out() << Arguments::tr("created group %1").arg(id) << '\n';
        return 0;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
        const QStringList codes = codesFrom(arguments, 2);
        if (sub == QLatin1String("add"))
            groups.addMembers(id, codes);
        else
            groups.removeMembers(id, codes);
        context.out()
            << Arguments::tr("group %1 now has %n member(s)", nullptr, int(groups.group(id).members.size())).arg(id)
            << '\n';
        return 0;
    }
    if (sub == QLatin1String("rename")) {
        arguments.requirePositionalCount(2, 2);
        groups.renameGroup(id, arguments.required(QStringLiteral("name")));
        context.out() << Arguments::tr("renamed group %1").arg(id) << '\n';
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        arguments.requirePositionalCount(2, 2);
        groups.deleteGroup(id);
        context.out() << Arguments::tr("deleted group %1").arg(id) << '\n';
        return 0;
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

int gapCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("gap"), words,
                              {QStringLiteral("state"), QStringLiteral("group"), QStringLiteral("assessment"),
                               QStringLiteral("min-peers"), QStringLiteral("format")},
                              {});
    arguments.requirePositionalCount(0, 0);
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        arguments.usage(Arguments::tr("--format must be json, csv or text"));
    const QString state = arguments.required(QStringLiteral("state"));
    const QString group = arguments.required(QStringLiteral("group"));
    const int min = minPeers(arguments);
    const GapResult result = GapAnalysis::run(context.store(), context.groups(), state, group,
                                              arguments.value(QStringLiteral("assessment"), {}), min);
    if (format == QLatin1String("json"))
        context.out() << QString::fromUtf8(GapFormatter::toJson(result)) << '\n';
    else if (format == QLatin1String("csv"))
        context.out() << QString::fromUtf8(GapFormatter::toCsv(result));
    else
        context.out() << GapFormatter::toText(result, context.store().frameworkOf(result.assessment.id));
    return 0;
}

int reportCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(
        QStringLiteral("report"), words,
        {QStringLiteral("state"), QStringLiteral("group"), QStringLiteral("assessment"), QStringLiteral("min-peers"),
         QStringLiteral("out"), QStringLiteral("paper")},
        {QStringLiteral("include-evidence"), QStringLiteral("name-contributors"), QStringLiteral("include-notes")});
    arguments.requirePositionalCount(0, 0);
    GapReportWriter::Options options;
    options.paper = arguments.value(QStringLiteral("paper"), QStringLiteral("a4"));
    if (options.paper != QLatin1String("a4") && options.paper != QLatin1String("letter"))
        arguments.usage(Arguments::tr("--paper must be a4 or letter"));
    options.includeEvidence = arguments.flag(QStringLiteral("include-evidence"));
    options.nameContributors = arguments.flag(QStringLiteral("name-contributors"));
    options.includeNotes = arguments.flag(QStringLiteral("include-notes"));
    const QString out = arguments.required(QStringLiteral("out"));
    const QString state = arguments.required(QStringLiteral("state"));
    const QString groupId = arguments.required(QStringLiteral("group"));
    const int min = minPeers(arguments);
    const GapResult result = GapAnalysis::run(context.store(), context.groups(), state, groupId,
                                              arguments.value(QStringLiteral("assessment"), {}), min);
    const AssessmentRecord subject = context.store().record(result.assessment.id, false);
    if (context.store().readScope() == SqlConnection::ReadScope::SharedFiguresOnly)
        context.err() << Arguments::tr("%1: this login reads the shared figures of final assessments only; the "
                                       "report has no team, rationale, evidence, notes, contributions or earlier "
                                       "rounds")
                             .arg(context.store().path())
                      << '\n';
    else
        options.rounds = ReportRounds::load(context.store(), result.assessment.id);
    const Framework framework = context.frameworks().translated(context.store().frameworkOf(result.assessment.id),
                                                                UiLanguage::codeOf(UiLanguage::current()));
    GapReportWriter::writePdf(result, framework, subject, context.groups().group(groupId), options, out);
    context.out() << out << '\n';
    return 0;
}

int exportTableCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(
        QStringLiteral("export-table"), words,
        {QStringLiteral("group"), QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("framework")}, {});
    arguments.requirePositionalCount(0, 0);
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        arguments.usage(Arguments::tr("--format must be csv or xlsx"));
    const QString out = arguments.required(QStringLiteral("out"));
    const PeerGroup group = context.groups().group(arguments.required(QStringLiteral("group")));
    const Framework &framework = context.frameworks().require(
        arguments.value(QStringLiteral("framework"), FrameworkRegistry::defaultFrameworkId()));
    TableExporter::write(context.store(), group, framework, format, out);
    context.out() << out << '\n';
    return 0;
}

} // namespace iamm::cli
