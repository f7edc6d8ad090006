// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "common/boundedfile.h"
#include "common/inputlimits.h"
#include "common/jsonreader.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkregistry.h"
#include "framework/frameworktexts.h"
#include "framework/frameworktranslationloader.h"
#include "catalogs/statecatalog.h"

#include <QDir>
#include <QFileInfo>
#include <nlohmann/json.hpp>

namespace iamm::cli {

namespace {

using json = nlohmann::json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

json entriesJson(const QList<ChecklistEntry> &entries)
{
    json list = json::array();
    for (const ChecklistEntry &e : entries) {
        json entry{{"id", utf8(e.id)}, {"text", utf8(e.text)}};
        if (!e.group.isEmpty())
            entry["group"] = utf8(e.group);
        if (!e.source.isEmpty())
            entry["source"] = utf8(e.source);
        list.push_back(entry);
    }
    return list;
}

json frameworkJson(const Framework &framework)
{
    json levels = json::array();
    for (const ScaleLevel &level : framework.scale.levels)
        levels.push_back(
            {{"value", level.value}, {"label", utf8(level.label)}, {"descriptor", utf8(level.descriptor)}});
    json sections = json::array();
    for (const FrameworkSection &section : framework.sections) {
        json items = json::array();
        for (const FrameworkItem &item : section.items) {
            json entry{{"id", utf8(item.id)},
                       {"text", utf8(item.text)},
                       {"source", utf8(item.source)},
                       {"subtopics", entriesJson(item.subtopics)},
                       {"statements", entriesJson(item.statements)}};
            if (!item.heading.isEmpty())
                entry["heading"] = utf8(item.heading);
            items.push_back(entry);
        }
        sections.push_back({{"id", utf8(section.id)}, {"title", utf8(section.title)}, {"items", items}});
    }
    return {{"id", utf8(framework.id)},
            {"version", utf8(framework.version)},
            {"title", utf8(framework.title)},
            {"hash", utf8(framework.hash)},
            {"sourceDocument", utf8(framework.sourceDocument)},
            {"scale",
             {{"min", framework.scale.min},
              {"max", framework.scale.max},
              {"defaultTarget", framework.scale.defaultTarget},
              {"notApplicable", framework.scale.allowNotApplicable},
              {"origin", "product guidance"},
              {"levels", levels}}},
            {"sections", sections}};
}

void printEntries(QTextStream &out, const QList<ChecklistEntry> &entries, const QString &bullet)
{
    for (const ChecklistEntry &e : entries) {
        out << "      " << bullet << ' ' << e.id << "  ";
        if (!e.group.isEmpty())
            out << '[' << e.group << "] ";
        out << e.text;
        if (!e.source.isEmpty())
            out << "  (" << e.source << ')';
        out << '\n';
    }
}

void printFramework(QTextStream &out, const Framework &framework)
{
    out << framework.title << '\n' << Arguments::tr("%1 version %2").arg(framework.id, framework.version) << '\n';
    out << Arguments::tr("Source of the official texts: %1").arg(framework.sourceDocument) << "\n\n";
    out << Arguments::tr("Scale (product guidance, not official text):") << '\n';
    for (const ScaleLevel &level : framework.scale.levels)
        out << "  " << level.value << "  " << level.label << " – " << level.descriptor << '\n';
    if (framework.scale.allowNotApplicable)
        out << "  N/A  " << framework.scale.notApplicableLabel << '\n';
    out << "  " << Arguments::tr("Default target: %1").arg(framework.scale.defaultTarget) << '\n';
    for (const FrameworkSection &section : framework.sections) {
        out << "\n" << section.id << "  " << section.title << "  (" << section.source << ")\n";
        for (const FrameworkItem &item : section.items) {
            out << "  " << item.id << "  " << (item.heading.isEmpty() ? item.text : item.heading) << '\n';
            out << "      " << Arguments::tr("source: %1").arg(item.source) << '\n';
            printEntries(out, item.subtopics, QStringLiteral("-"));
            printEntries(out, item.statements, QStringLiteral("*"));
        }
    }
}

int listFrameworks(CommandContext &context)
{
    const FrameworkRegistry &registry = context.frameworks();
    for (const Framework &framework : registry.frameworks())
        context.out() << framework.id << '\t' << framework.version << '\t'
                      << Arguments::tr("%n item(s)", nullptr, framework.itemCount()) << '\t' << framework.title << '\t'
                      << framework.origin << '\n';
    for (const QString &problem : registry.problems())
        context.out() << Arguments::tr("ignored: %1").arg(problem) << '\n';
    return 0;
}

// The framework a translation file is checked against: --framework, else the framework file beside
// it, else the framework of that id among those installed.
Framework frameworkOfTranslation(CommandContext &context, const Arguments &arguments,
                                 const FrameworkTranslation &translation)
{
    const QString given = arguments.value(QStringLiteral("framework"), {});
    if (!given.isEmpty())
        return FrameworkLoader::loadFile(given);
    const QString sibling =
        QFileInfo(translation.origin).dir().filePath(translation.frameworkId + QStringLiteral(".json"));
    if (QFileInfo::exists(sibling))
        return FrameworkLoader::loadFile(sibling);
    return context.frameworks().require(translation.frameworkId);
}

int validateTranslation(CommandContext &context, const Arguments &arguments, const FrameworkTranslation &translation)
{
    const Framework framework = frameworkOfTranslation(context, arguments, translation);
    FrameworkTranslationLoader::checkAgainst(translation, framework);
    const Framework translated = FrameworkTexts::translated(framework, translation);
    const qsizetype total = FrameworkTexts::keys(framework).size();
    context.out() << (translation.status == TranslationStatus::Official
                          ? Arguments::tr("valid: %1 official translation of %2 version %3, %4 of %5 texts translated")
                          : Arguments::tr("valid: %1 working translation of %2 version %3, %4 of %5 texts translated"))
                         .arg(translation.language, framework.id, framework.version,
                              QString::number(total - translated.untranslatedKeys.size()), QString::number(total))
                  << '\n';
    QStringList missing(translated.untranslatedKeys.cbegin(), translated.untranslatedKeys.cend());
    missing.sort();
    for (const QString &key : missing)
        context.out() << Arguments::tr("untranslated (shown in English): %1").arg(key) << '\n';
    return 0;
}

int validateFile(CommandContext &context, const Arguments &arguments, const QString &path)
{
    const QByteArray bytes = BoundedFile::read(path, InputLimits::maxFrameworkFileBytes);
    const nlohmann::json root = JsonReader::parse(bytes, path);
    if (root.is_object() && root.value("format", std::string()) == "iamm-framework-translation")
        return validateTranslation(context, arguments, FrameworkTranslationLoader::loadBytes(bytes, path));
    const Framework framework = FrameworkLoader::loadBytes(bytes, path);
    context.out() << Arguments::tr("valid: %1 version %2, %3 sections, %4 items, sha256 %5")
                         .arg(framework.id, framework.version, QString::number(framework.sections.size()),
                              QString::number(framework.itemCount()), framework.hash)
                  << '\n';
    return 0;
}

} // namespace

int frameworkCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("framework"), words,
                              {QStringLiteral("format"), QStringLiteral("framework")}, {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (list, show, validate)"));
    if (sub == QLatin1String("list")) {
        arguments.requirePositionalCount(1, 1);
        return listFrameworks(context);
    }
    if (sub == QLatin1String("show")) {
        arguments.requirePositionalCount(1, 2);
        const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            arguments.usage(Arguments::tr("--format must be text or json"));
        const QString id = arguments.positional().value(1, FrameworkRegistry::defaultFrameworkId());
        const Framework &framework = context.frameworks().require(id);
        if (format == QLatin1String("json"))
            context.out() << QString::fromStdString(frameworkJson(framework).dump(2)) << '\n';
        else
            printFramework(context.out(), framework);
        return 0;
    }
    if (sub == QLatin1String("validate")) {
        arguments.requirePositionalCount(2, 2);
        return validateFile(context, arguments, arguments.positional(1, QStringLiteral("FILE")));
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\" (list, show, validate)").arg(sub));
}

int stateCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("state"), words, {QStringLiteral("search")}, {});
    arguments.requirePositionalCount(1, 1);
    if (arguments.positional(0, QStringLiteral("subcommand (list)")) != QLatin1String("list"))
        arguments.usage(Arguments::tr("unknown subcommand \"%1\" (list)").arg(arguments.positional(0, {})));
    for (const StateInfo &state : StateCatalog::instance().search(arguments.value(QStringLiteral("search"), {}))) {
        context.out() << state.code << '\t' << StateCatalog::instance().nameOf(state.code);
        if (state.withdrawn)
            context.out() << '\t' << Arguments::tr("(withdrawn code, ISO 3166-3)");
        if (state.fictitious)
            context.out() << '\t' << Arguments::tr("(fictitious, demo only)");
        context.out() << '\n';
    }
    return 0;
}

} // namespace iamm::cli
