// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"
#include "terminationwatcher.h"

#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "framework/frameworkregistry.h"
#include "store/assessmentstore.h"
#include "voting/pollcontributions.h"
#include "voting/pollserver.h"
#include "voting/polltallyjson.h"

#include <QEventLoop>
#include <QTimer>

namespace iamm::cli {

namespace {

QHostAddress bindAddress(const Arguments &arguments)
{
    const QString text = arguments.value(QStringLiteral("bind"), QStringLiteral("127.0.0.1"));
    const QHostAddress address(text);
    if (address.isNull())
        arguments.usage(Arguments::tr("--bind must be an IPv4 or IPv6 address, not \"%1\"").arg(text));
    return address;
}

quint16 portOf(const Arguments &arguments)
{
    const int port = arguments.integer(QStringLiteral("port")).value_or(0);
    if (port < 0 || port > 65535)
        arguments.usage(Arguments::tr("--port must be from 0 (any free port) to 65535"));
    return quint16(port);
}

// Serves until the seconds pass or SIGINT/SIGTERM arrives.
void serveUntilStopped(std::optional<int> seconds)
{
    QEventLoop loop;
    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminated, &loop, &QEventLoop::quit);
    if (seconds)
        QTimer::singleShot(std::chrono::seconds(*seconds), &loop, &QEventLoop::quit);
    loop.exec();
}

int serve(CommandContext &context, const Arguments &arguments)
{
    arguments.requirePositionalCount(2, 2);
    const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
    const QString itemId = arguments.required(QStringLiteral("item"));
    const QHostAddress address = bindAddress(arguments);
    const quint16 port = portOf(arguments);
    const std::optional<int> seconds = arguments.integer(QStringLiteral("seconds"));
    if (seconds && *seconds < 1)
        arguments.usage(Arguments::tr("--seconds must be at least 1"));
    AssessmentStore &store = context.store();
    if (store.isReadOnly())
        throw IammError(Arguments::tr("the votes cannot be stored: %1 is open read-only").arg(store.path()));
    if (store.assessment(id).isFinal())
        throw IammError(Arguments::tr("assessment %1 is final; reopen it before voting").arg(id));
    PollServer server;
    if (const auto code = arguments.value(QStringLiteral("code")))
        server.setCode(*code);
    server.setLanguage(UiLanguage::current());
    server.listen(address, port);
    server.openItem(PollItem::fromFramework(
        context.frameworks().translated(store.frameworkOf(id), UiLanguage::codeOf(UiLanguage::current())), itemId));
    context.err()
        << "iamm: "
        << Arguments::tr("voting on %1 at %2 (session code %3)").arg(itemId, server.joinUrl().toString(), server.code())
        << '\n';
    context.err().flush();
    serveUntilStopped(seconds);
    server.closeVote();
    server.stop();
    const int stored = PollContributions::store(store, id, server.votes());
    context.err() << "iamm: " << Arguments::tr("vote closed; %n contribution(s) stored", nullptr, stored) << '\n';
    context.out() << QString::fromUtf8(PollTallyJson::toJson(server.tally()));
    return 0;
}

} // namespace

int pollCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("poll"), words,
                              {QStringLiteral("item"), QStringLiteral("bind"), QStringLiteral("port"),
                               QStringLiteral("code"), QStringLiteral("seconds")},
                              {});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (serve)"));
    if (sub == QLatin1String("serve"))
        return serve(context, arguments);
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
