// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "store/assessmentstore.h"
#include "display/displaytext.h"
#include "display/vocabularytext.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "catalogs/statecatalog.h"

#include <nlohmann/json.hpp>

namespace iamm::cli {

namespace {

using json = nlohmann::json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

json nullableInt(const std::optional<int> &value)
{
    return value ? json(*value) : json(nullptr);
}

struct ShowData
{
    AssessmentRecord record;
    const Framework *framework = nullptr;
    const Framework *installed = nullptr;
    QHash<QString, Response> responses;
    QHash<QString, ChecklistState> checklist;
};

ShowData loadShowData(CommandContext &context, const QString &id)
{
    ShowData data;
    data.record = context.store().record(id, false);
    data.framework = &context.store().frameworkOf(id);
    data.installed = context.frameworks().find(data.framework->id);
    for (const Response &r : data.record.responses)
        data.responses.insert(r.itemId, r);
    for (const ChecklistStatus &c : data.record.checklist)
        data.checklist.insert(c.entryId, c.status);
    return data;
}

json showJson(const ShowData &data)
{
    const AssessmentInfo &info = data.record.info;
    json team = json::array();
    for (const TeamMember &m : info.team)
        team.push_back({{"name", utf8(m.name)}, {"agency", utf8(m.agency)}, {"role", utf8(m.role)}});
    json items = json::array();
    for (const FrameworkItem *item : data.framework->items()) {
        const Response r = data.responses.value(item->id, Response{item->id, {}, {}, {}, {}});
        json checklist = json::array();
        for (const auto *entries : {&item->subtopics, &item->statements}) {
            for (const ChecklistEntry &e : *entries) {
                const auto status = data.checklist.constFind(e.id);
                checklist.push_back(
                    {{"id", utf8(e.id)},
                     {"text", utf8(e.text)},
                     {"status",
                      status == data.checklist.cend() ? json(nullptr) : json(utf8(vocabulary::toText(*status)))}});
            }
        }
        json evidence = json::array();
        for (const Evidence &e : data.record.evidence) {
            if (e.itemId != item->id)
                continue;
            json entry{{"id", e.id},
                       {"kind", utf8(vocabulary::toText(e.kind))},
                       {"title", utf8(e.title)},
                       {"confidential", e.confidential}};
            if (e.kind == EvidenceKind::File)
                entry.update({{"fileName", utf8(e.fileName)},
                              {"mimeType", utf8(e.mimeType)},
                              {"size", e.size},
                              {"sha256", utf8(e.sha256)}});
            else
                entry[e.kind == EvidenceKind::Link ? "url" : "text"] = utf8(e.text);
            evidence.push_back(entry);
        }
        json actions = json::array();
        for (const Action &a : data.record.actions) {
            if (a.itemId == item->id)
                actions.push_back({{"id", a.id},
                                   {"text", utf8(a.text)},
                                   {"owner", utf8(a.owner)},
                                   {"due", a.due.isValid() ? json(utf8(a.due.toString(Qt::ISODate))) : json(nullptr)},
                                   {"status", utf8(vocabulary::toText(a.status))}});
        }
        items.push_back({{"id", utf8(item->id)},
                         {"text", utf8(item->text)},
                         {"score", nullableInt(r.rating.score)},
                         {"notApplicable", r.rating.notApplicable},
                         {"target", nullableInt(r.target)},
                         {"effectiveTarget", r.target.value_or(data.framework->scale.defaultTarget)},
                         {"confidence", r.confidence ? json(utf8(vocabulary::toText(*r.confidence))) : json(nullptr)},
                         {"rationale", utf8(r.rationale)},
                         {"dissent", utf8(r.dissent)},
                         {"checklist", checklist},
                         {"evidence", evidence},
                         {"actions", actions}});
    }
    return {{"id", utf8(info.id)},
            {"state", utf8(info.stateCode)},
            {"stateName", utf8(StateCatalog::instance().nameOf(info.stateCode, QStringLiteral("en")))},
            {"title", utf8(info.title)},
            {"date", utf8(info.date.toString(Qt::ISODate))},
            {"status", utf8(vocabulary::toText(info.status))},
            {"framework",
             {{"id", utf8(info.frameworkId)},
              {"version", utf8(info.frameworkVersion)},
              {"hash", utf8(info.frameworkHash)},
              {"matchesInstalled", data.installed && data.installed->hash == info.frameworkHash}}},
            {"team", team},
            {"progress",
             {{"items", info.itemCount},
              {"scored", info.scoredCount},
              {"notApplicable", info.notApplicableCount},
              {"remaining", info.remainingCount()}}},
            {"items", items}};
}

QString evidenceLine(const Evidence &e)
{
    const QString shownText = shown(e.kind == EvidenceKind::File ? e.fileName : e.title.isEmpty() ? e.text : e.title);
    return (e.confidential ? Arguments::tr("Evidence #%1 (%2, confidential): %3")
                           : Arguments::tr("Evidence #%1 (%2): %3"))
        .arg(QString::number(e.id), VocabularyText::text(e.kind), shownText);
}

QString actionLine(const Action &a)
{
    const QString status = VocabularyText::text(a.status);
    const QString id = QString::number(a.id);
    const QString due = a.due.toString(Qt::ISODate);
    if (a.owner.isEmpty())
        return a.due.isValid() ? Arguments::tr("Action #%1 [%2] %3, due %4").arg(id, status, shown(a.text), due)
                               : Arguments::tr("Action #%1 [%2] %3").arg(id, status, shown(a.text));
    return a.due.isValid()
               ? Arguments::tr("Action #%1 [%2] %3 – %4, due %5").arg(id, status, shown(a.text), shown(a.owner), due)
               : Arguments::tr("Action #%1 [%2] %3 – %4").arg(id, status, shown(a.text), shown(a.owner));
}

// The scale's labels in the reader's language, the rest of the pinned framework as it is.
QString translationMark(const Framework &texts)
{
    if (texts.translationStatus == TranslationStatus::Official)
        return Arguments::tr("Texts:      official translation (%1); the English text (--lang en) is authoritative")
            .arg(texts.translationSource);
    if (texts.translationStatus == TranslationStatus::WorkingTranslation)
        return Arguments::tr("Texts:      working translation; the English text (--lang en) is authoritative");
    return {};
}

// The framework's texts and scale in texts, the reader's language where a translation exists.
void showText(QTextStream &out, const ShowData &data, const Framework &texts)
{
    const Scale &scale = texts.scale;
    const AssessmentInfo &info = data.record.info;
    out << (info.isFinal() ? shown(info.title) : Arguments::tr("%1   [DRAFT]").arg(shown(info.title))) << '\n';
    out << Arguments::tr("State:      %1 (%2)").arg(StateCatalog::instance().nameOf(info.stateCode), info.stateCode)
        << '\n';
    out << Arguments::tr("Date:       %1   status: %2")
               .arg(info.date.toString(Qt::ISODate), VocabularyText::text(info.status))
        << '\n';
    out << Arguments::tr("Framework:  %1 version %2, pinned sha256 %3")
               .arg(info.frameworkId, info.frameworkVersion, info.frameworkHash.left(12))
        << '\n';
    if (!data.installed || data.installed->hash != info.frameworkHash)
        out << Arguments::tr(
            "            (the installed framework file differs; this assessment keeps its pinned text)")
            << '\n';
    if (const QString mark = translationMark(texts); !mark.isEmpty())
        out << mark << '\n';
    out << Arguments::tr("Id:         %1").arg(info.id) << '\n';
    out << Arguments::tr("Progress:   %1 scored, %2 N/A, %3 not assessed, of %4")
               .arg(info.scoredCount)
               .arg(info.notApplicableCount)
               .arg(info.remainingCount())
               .arg(info.itemCount)
        << '\n';
    out << Arguments::tr("Team:") << '\n';
    for (const TeamMember &m : info.team)
        out << "  " << shown(m.name) << " – " << shown(m.agency)
            << (m.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shown(m.role))) << '\n';
    for (const FrameworkSection &section : texts.sections) {
        out << '\n' << section.id << "  " << section.title << '\n';
        for (const FrameworkItem &item : section.items) {
            const Response r = data.responses.value(item.id, Response{item.id, {}, {}, {}, {}});
            out << "  " << item.id << "  "
                << Arguments::tr("%1   target %2")
                       .arg(ratingText(r, scale), QString::number(r.target.value_or(scale.defaultTarget)))
                << (r.confidence ? Arguments::tr("   confidence %1").arg(VocabularyText::text(*r.confidence))
                                 : QString())
                << '\n';
            out << "        " << item.text << '\n';
            if (!r.rationale.isEmpty())
                out << "        " << Arguments::tr("Rationale: %1").arg(shown(r.rationale)) << '\n';
            if (!r.dissent.isEmpty())
                out << "        " << Arguments::tr("Dissent: %1").arg(shown(r.dissent)) << '\n';
            for (const auto *entries : {&item.subtopics, &item.statements}) {
                for (const ChecklistEntry &e : *entries) {
                    const auto status = data.checklist.constFind(e.id);
                    if (status != data.checklist.cend())
                        out << "        "
                            << Arguments::tr("[%1] %2 %3").arg(VocabularyText::text(*status), e.id, e.text) << '\n';
                }
            }
            for (const Evidence &e : data.record.evidence) {
                if (e.itemId == item.id)
                    out << "        " << evidenceLine(e) << '\n';
            }
            for (const Action &a : data.record.actions) {
                if (a.itemId == item.id)
                    out << "        " << actionLine(a) << '\n';
            }
        }
    }
}

int createAssessment(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(1, 1);
    const Framework &framework = context.frameworks().require(
        arguments.value(QStringLiteral("framework"), FrameworkRegistry::defaultFrameworkId()));
    NewAssessment request;
    request.stateCode = arguments.required(QStringLiteral("state"));
    request.title = arguments.value(QStringLiteral("title"), {});
    request.date = CommandContext::parseDate(arguments, QStringLiteral("date"), QDate::currentDate());
    context.out() << context.store().createAssessment(request, framework) << '\n';
    return 0;
}

int listAssessments(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(1, 1);
    const QString state = arguments.value(QStringLiteral("state"), {}).toUpper();
    if (!state.isEmpty() && !StateCatalog::instance().find(state))
        throw IammError(Arguments::tr("%1 is not an ISO 3166 alpha-3 state code").arg(DisplayText::quoted(state)));
    for (const AssessmentInfo &info : context.store().assessments(state))
        context.out() << info.id << '\t' << info.stateCode << '\t' << info.date.toString(Qt::ISODate) << '\t'
                      << VocabularyText::text(info.status) << '\t'
                      << Arguments::tr("%1/%2 scored, %3 N/A")
                             .arg(info.scoredCount)
                             .arg(info.itemCount)
                             .arg(info.notApplicableCount)
                      << '\t' << shown(info.title) << '\n';
    return 0;
}

int setPreviousRound(CommandContext &context, const Arguments &arguments)
{
    const bool clear = arguments.flag(QStringLiteral("clear"));
    arguments.requirePositionalCount(clear ? 2 : 3, clear ? 2 : 3);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    const QString previous = clear ? QString() : arguments.positional(2, QStringLiteral("previous round PREV_ID"));
    context.store().setPreviousRound(id, previous);
    if (clear)
        context.out() << Arguments::tr("%1 names no previous round; the rule applies").arg(id) << '\n';
    else
        context.out() << Arguments::tr("%1 follows %2").arg(id, previous) << '\n';
    return 0;
}

} // namespace

int assessmentCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("assessment"), words,
                              {QStringLiteral("state"), QStringLiteral("framework"), QStringLiteral("title"),
                               QStringLiteral("date"), QStringLiteral("format")},
                              {QStringLiteral("yes"), QStringLiteral("clear")});
    const QString sub = arguments.positional(
        0, QStringLiteral("subcommand (create, list, show, finalize, reopen, new-round, set-previous, delete)"));
    if (sub == QLatin1String("create"))
        return createAssessment(context, arguments);
    if (sub == QLatin1String("list"))
        return listAssessments(context, arguments);
    if (sub == QLatin1String("set-previous"))
        return setPreviousRound(context, arguments);
    static const QStringList withId{QStringLiteral("show"), QStringLiteral("finalize"), QStringLiteral("reopen"),
                                    QStringLiteral("new-round"), QStringLiteral("delete")};
    if (!withId.contains(sub))
        arguments.usage(
            Arguments::tr("unknown subcommand \"%1\" (create, list, %2)").arg(sub, withId.join(QStringLiteral(", "))));
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    if (sub == QLatin1String("show")) {
        const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            arguments.usage(Arguments::tr("--format must be text or json"));
        const ShowData data = loadShowData(context, id);
        if (format == QLatin1String("json"))
            context.out() << QString::fromStdString(showJson(data).dump(2)) << '\n';
        else
            showText(context.out(), data, readerFramework(context, *data.framework));
        return 0;
    }
    if (sub == QLatin1String("finalize") || sub == QLatin1String("reopen")) {
        context.store().setStatus(id,
                                  sub == QLatin1String("finalize") ? AssessmentStatus::Final : AssessmentStatus::Draft);
        context.out() << (sub == QLatin1String("finalize") ? Arguments::tr("%1 finalized")
                                                           : Arguments::tr("%1 reopened as draft"))
                             .arg(id)
                      << '\n';
        return 0;
    }
    if (sub == QLatin1String("new-round")) {
        const QString newId = context.store().startNewRound(
            id, arguments.value(QStringLiteral("title"), {}),
            CommandContext::parseDate(arguments, QStringLiteral("date"), QDate::currentDate()));
        context.out() << newId << '\n';
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        if (!arguments.flag(QStringLiteral("yes")))
            arguments.usage(Arguments::tr("deleting an assessment cannot be undone; add --yes to confirm"));
        context.store().deleteAssessment(id);
        context.out() << Arguments::tr("%1 deleted").arg(id) << '\n';
        return 0;
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
