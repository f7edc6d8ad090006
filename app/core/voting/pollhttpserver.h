// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QHostAddress>
#include <functional>

namespace iamm {

// Qt's HTTP server (6.4) handing every complete request to one function. Each connection reads
// at most bufferBytes ahead, so that a client announcing a huge body cannot fill the memory:
// its connection stalls and is dropped with the server.
class PollHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &)>;
    static constexpr qint64 bufferBytes = 64 * 1024;

    PollHttpServer(Handler handler, QObject *parent = nullptr);

    // Listens on address:port (0: any free port); returns the port, or 0 with the reason in error.
    quint16 listenOn(const QHostAddress &address, quint16 port, QString &error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace iamm
