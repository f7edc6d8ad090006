// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "store/assessmentstore.h"
#include "workshop/agendaplan.h"

#include <nlohmann/json.hpp>

namespace iamm::cli {

namespace {

using json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

json timeJson(const QDateTime &time)
{
    return time.isValid() ? json(utf8(time.toUTC().toString(Qt::ISODateWithMs))) : json();
}

// "text" (the default) or "json"; anything else is a usage error.
bool wantsJson(const Arguments &arguments)
{
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        arguments.usage(Arguments::tr("--format must be json or text"));
    return format == QLatin1String("json");
}

void printJson(CommandContext &context, const json &value)
{
    context.out() << QString::fromStdString(value.dump(2)) << '\n';
}

int listNotes(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QList<FacilitatorNote> notes = context.store().facilitatorNotes(
        arguments.positional(1, QStringLiteral("assessment ID")));
    if (wantsJson(arguments)) {
        json list = json::array();
        for (const FacilitatorNote &note : notes)
            list.push_back(
                {{"item", utf8(note.itemId)}, {"text", utf8(note.text)}, {"updated", timeJson(note.updated)}});
        printJson(context, list);
        return 0;
    }
    for (const FacilitatorNote &note : notes)
        context.out() << note.itemId << '\t' << shown(note.text) << '\n';
    return 0;
}

int listParkingLot(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    QList<ParkedQuestion> questions = context.store().parkedQuestions(
        arguments.positional(1, QStringLiteral("assessment ID")));
    if (arguments.flag(QStringLiteral("open")))
        questions.removeIf([](const ParkedQuestion &q) { return q.done; });
    if (wantsJson(arguments)) {
        json list = json::array();
        for (const ParkedQuestion &q : questions)
            list.push_back({{"id", q.id},
                            {"item", utf8(q.itemId)},
                            {"text", utf8(q.text)},
                            {"done", q.done},
                            {"created", timeJson(q.created)},
                            {"doneAt", timeJson(q.doneAt)}});
        printJson(context, list);
        return 0;
    }
    for (const ParkedQuestion &q : questions)
        context.out() << q.id << '\t' << q.itemId << '\t' << (q.done ? "[x]" : "[ ]") << '\t' << shown(q.text) << '\n';
    return 0;
}

int listAgenda(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    const AgendaPlan plan(context.store().agenda(id), context.store().frameworkOf(id));
    if (wantsJson(arguments)) {
        json sessions = json::array();
        for (int i = 0; i < plan.sessions().size(); ++i) {
            const AgendaSession &s = plan.sessions().at(i);
            sessions.push_back({{"title", utf8(s.title)},
                                {"firstItem", utf8(s.firstItem)},
                                {"lastItem", utf8(s.lastItem)},
                                {"items", plan.itemsOf(i).size()},
                                {"minutes", s.minutes}});
        }
        printJson(context, {{"sessions", std::move(sessions)}, {"totalMinutes", plan.totalMinutes()}});
        return 0;
    }
    for (int i = 0; i < plan.sessions().size(); ++i) {
        const AgendaSession &s = plan.sessions().at(i);
        context.out() << i + 1 << '\t' << shown(s.title) << '\t' << s.firstItem << "–" << s.lastItem << '\t'
                      << Arguments::tr("%1 min").arg(s.minutes) << '\n';
    }
    context.out() << Arguments::tr("total\t%1 min").arg(plan.totalMinutes()) << '\n';
    return 0;
}

int addAgendaSession(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    AgendaSession session;
    session.title = arguments.required(QStringLiteral("title"));
    session.firstItem = arguments.required(QStringLiteral("from"));
    session.lastItem = arguments.required(QStringLiteral("to"));
    const std::optional<int> minutes = arguments.integer(QStringLiteral("minutes"));
    if (!minutes)
        arguments.usage(Arguments::tr("--minutes is required"));
    session.minutes = *minutes;
    QList<AgendaSession> sessions = context.store().agenda(id);
    sessions << session;
    context.store().setAgenda(id, sessions);
    context.out() << Arguments::tr("session %1 added").arg(sessions.size()) << '\n';
    return 0;
}

} // namespace

int noteCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("note"), words, {QStringLiteral("format")}, {QStringLiteral("clear")});
    if (arguments.positional(0, QStringLiteral("assessment ID or \"list\"")) == QLatin1String("list"))
        return listNotes(context, arguments);
    const QString id = arguments.positional(0, QStringLiteral("assessment ID"));
    const QString item = arguments.positional(1, QStringLiteral("ITEM"));
    const bool clear = arguments.flag(QStringLiteral("clear"));
    arguments.requirePositionalCount(clear ? 2 : 3, clear ? 2 : 3);
    context.store().setFacilitatorNote(id, item, clear ? QString() : arguments.positional(2, QStringLiteral("TEXT")));
    context.out() << (clear ? Arguments::tr("note on %1 removed") : Arguments::tr("note on %1 saved")).arg(item)
                  << '\n';
    return 0;
}

int parkingCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("parking"), words, {QStringLiteral("item"), QStringLiteral("format")},
                              {QStringLiteral("open"), QStringLiteral("undo")});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (add, list, done, remove)"));
    if (sub == QLatin1String("list"))
        return listParkingLot(context, arguments);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    AssessmentStore &store = context.store();
    arguments.requirePositionalCount(3, 3);
    if (sub == QLatin1String("add")) {
        const qint64 questionId = store.addParkedQuestion(id, arguments.required(QStringLiteral("item")),
                                                          arguments.positional(2, QStringLiteral("TEXT")));
        context.out() << questionId << '\n';
        return 0;
    }
    const qint64 questionId = arguments.id(2, QStringLiteral("question ID"));
    if (sub == QLatin1String("done")) {
        const bool undo = arguments.flag(QStringLiteral("undo"));
        store.setParkedQuestionDone(id, questionId, !undo);
        context.out() << (undo ? Arguments::tr("%1 reopened") : Arguments::tr("%1 done")).arg(questionId) << '\n';
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        store.removeParkedQuestion(id, questionId);
        context.out() << Arguments::tr("%1 removed", "parking-lot question").arg(questionId) << '\n';
        return 0;
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

int agendaCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("agenda"), words,
                              {QStringLiteral("title"), QStringLiteral("from"), QStringLiteral("to"),
                               QStringLiteral("minutes"), QStringLiteral("format")},
                              {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (add, list, clear)"));
    if (sub == QLatin1String("add"))
        return addAgendaSession(context, arguments);
    if (sub == QLatin1String("list"))
        return listAgenda(context, arguments);
    if (sub == QLatin1String("clear")) {
        arguments.requirePositionalCount(2, 2);
        context.store().setAgenda(arguments.positional(1, QStringLiteral("assessment ID")), {});
        context.out() << Arguments::tr("agenda cleared") << '\n';
        return 0;
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
