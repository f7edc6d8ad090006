// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollserver.h"

#include "common/iammerror.h"
#include "voting/networkaddresses.h"
#include "voting/pollhttpserver.h"
#include "voting/pollreply.h"
#include "voting/voterequest.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace iamm {

namespace {

bool isSessionCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    return sixDigits.match(code).hasMatch();
}

QJsonObject itemJson(const PollItem &item)
{
    QJsonArray levels;
    for (const ScaleLevel &level : item.scale.levels)
        levels.append(QJsonObject{{QStringLiteral("value"), level.value}, {QStringLiteral("label"), level.label}});
    const QJsonValue na = item.scale.allowNotApplicable
                              ? QJsonValue(item.scale.notApplicableLabel.isEmpty() ? QStringLiteral("Not applicable")
                                                                                   : item.scale.notApplicableLabel)
                              : QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("text"), item.text},
                       {QStringLiteral("workingTranslation"), item.textStatus == TranslationStatus::WorkingTranslation},
                       {QStringLiteral("levels"), levels},
                       {QStringLiteral("na"), na}};
}

void writeReply(QHttpServerResponder &responder, const PollReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(int(reply.status)));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Content-Security-Policy", PollReply::contentSecurityPolicy);
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeBody(reply.body);
}

} // namespace

PollServer::PollServer(QObject *parent)
    : QObject(parent)
    , m_code(randomCode())
{}

PollServer::~PollServer() = default;

void PollServer::listen(const QHostAddress &address, quint16 port)
{
    stop();
    auto http = std::make_unique<PollHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { respond(request, responder); });
    QString error;
    const quint16 bound = http->listenOn(address, port, error);
    if (bound == 0)
        throw IammError(
            tr("cannot serve the vote on %1 port %2: %3").arg(address.toString(), QString::number(port), error));
    m_http = std::move(http);
    m_address = address;
    m_port = bound;
    emit stateChanged();
}

void PollServer::stop()
{
    if (!m_http)
        return;
    // Closing the listening sockets frees the port now, aborting the connections ends every request
    // still to come; the server itself goes once the event loop is back (stop() may be called while
    // it answers a request).
    for (QTcpServer *server : m_http->servers()) {
        server->close();
        for (QTcpSocket *connection : server->findChildren<QTcpSocket *>())
            connection->abort();
    }
    m_http.release()->deleteLater();
    m_port = 0;
    emit stateChanged();
}

bool PollServer::isListening() const
{
    return m_http != nullptr;
}

QUrl PollServer::joinUrl() const
{
    if (!m_http)
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = NetworkAddresses::list().constFirst();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    url.setQuery(QStringLiteral("code=") + m_code);
    return url;
}

void PollServer::setCode(const QString &code)
{
    if (!isSessionCode(code))
        throw IammError(tr("the session code must be 6 digits, not \"%1\"").arg(code.left(40)));
    m_code = code;
    emit stateChanged();
}

QString PollServer::randomCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

void PollServer::setRateLimits(int perClient, int perAddress, RateLimiter::Clock clock)
{
    m_clientLimiter = RateLimiter(perClient, clock);
    m_addressLimiter = RateLimiter(perAddress, clock);
}

void PollServer::openItem(const PollItem &item)
{
    m_items.insert(item.id, item);
    m_ballot.open(item.id);
    emit stateChanged();
    emit votesChanged(voteCount());
}

void PollServer::updateItem(const PollItem &item)
{
    if (!m_items.contains(item.id))
        return;
    m_items.insert(item.id, item);
    emit stateChanged();
}

void PollServer::closeVote()
{
    m_ballot.close();
    emit stateChanged();
}

void PollServer::reopenVote()
{
    m_ballot.reopen();
    emit stateChanged();
}

void PollServer::revote()
{
    m_ballot.revote();
    emit stateChanged();
    emit votesChanged(voteCount());
}

ItemConsensus PollServer::tally() const
{
    return tally(itemId());
}

ItemConsensus PollServer::tally(const QString &itemId) const
{
    QList<Rating> ratings;
    for (const PollVote &vote : m_ballot.votes(itemId))
        ratings << vote.rating;
    return Consensus::ofItem(itemId, m_items.value(itemId).scale, ratings, Response{itemId, {}, {}, {}, {}, {}});
}

void PollServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    writeReply(responder, route(request));
}

PollReply PollServer::route(const QHttpServerRequest &request)
{
    if (!m_addressLimiter.allow(request.remoteAddress().toString()))
        return PollReply::error(PollStatus::TooManyRequests, tr("too many requests from this address"));
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (get && path == QLatin1String("/"))
        return page(request);
    if (get && path == QLatin1String("/vote.js"))
        return PollReply{PollStatus::Ok, "text/javascript; charset=utf-8", PollPage::script()};
    if (get && path == QLatin1String("/vote.css"))
        return PollReply{PollStatus::Ok, "text/css; charset=utf-8", PollPage::style()};
    if (get && path == QLatin1String("/api/state"))
        return state(request);
    if (request.method() == QHttpServerRequest::Method::Post && path == QLatin1String("/api/vote"))
        return vote(request);
    return PollReply::error(PollStatus::NotFound, tr("no such page"));
}

PollReply PollServer::page(const QHttpServerRequest &request) const
{
    const PollLanguage language =
        UiLanguage::fromCode(request.query().queryItemValue(QStringLiteral("lang"))).value_or(m_language);
    return PollReply{PollStatus::Ok, "text/html; charset=utf-8", PollPage::html(language)};
}

PollReply PollServer::state(const QHttpServerRequest &request) const
{
    if (request.query().queryItemValue(QStringLiteral("code")) != m_code)
        return PollReply::error(PollStatus::Forbidden, tr("wrong session code"));
    return PollReply::json(stateJson());
}

QByteArray PollServer::stateJson() const
{
    const QJsonValue item = m_items.contains(itemId()) ? QJsonValue(itemJson(m_items.value(itemId())))
                                                       : QJsonValue(QJsonValue::Null);
    const QJsonObject state{{QStringLiteral("item"), item},
                            {QStringLiteral("open"), isOpen()},
                            {QStringLiteral("votes"), voteCount()}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

PollReply PollServer::vote(const QHttpServerRequest &request)
{
    const VoteRequest::Parsed parsed = VoteRequest::parse(request.body());
    if (parsed.status != PollStatus::Ok)
        return PollReply::error(parsed.status, parsed.error);
    if (parsed.code != m_code)
        return PollReply::error(PollStatus::Forbidden, tr("wrong session code"));
    if (!m_clientLimiter.allow(parsed.vote.client))
        return PollReply::error(PollStatus::TooManyRequests, tr("too many requests from this client"));
    const auto item = m_items.constFind(parsed.vote.itemId);
    if (item != m_items.constEnd() && parsed.vote.rating.score && !item->scale.contains(*parsed.vote.rating.score))
        return PollReply::error(PollStatus::BadRequest, tr("the level is off the item's scale"));
    if (item != m_items.constEnd() && parsed.vote.rating.notApplicable && !item->scale.allowNotApplicable)
        return PollReply::error(PollStatus::BadRequest, tr("this item cannot be \"not applicable\""));
    switch (m_ballot.cast(parsed.vote)) {
    case PollBallot::Outcome::WrongItem:
        return PollReply::error(PollStatus::Conflict, tr("the vote is open on another item"));
    case PollBallot::Outcome::Closed:
        return PollReply::error(PollStatus::Conflict, tr("the vote is closed"));
    case PollBallot::Outcome::Counted:
        break;
    }
    emit votesChanged(voteCount());
    return PollReply::json(stateJson());
}

} // namespace iamm
