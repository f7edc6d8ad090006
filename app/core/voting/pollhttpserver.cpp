// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollhttpserver.h"

#include "voting/boundedtcpserver.h"

namespace iamm {

PollHttpServer::PollHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

quint16 PollHttpServer::listenOn(const QHostAddress &address, quint16 port, QString &error)
{
    auto *server = new BoundedTcpServer(bufferBytes, this);
    if (!server->listen(address, port)) {
        error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool PollHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    m_handler(request, responder);
    return true;
}

void PollHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace iamm
