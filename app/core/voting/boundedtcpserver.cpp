// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/boundedtcpserver.h"

#include <QTcpSocket>

namespace iamm {

BoundedTcpServer::BoundedTcpServer(qint64 readBufferBytes, QObject *parent)
    : QTcpServer(parent)
    , m_readBufferBytes(readBufferBytes)
{
    // A room of phones connects at once when a vote opens: the default backlog of 50 would make the
    // kernel drop the rest, which then retry a second later.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
}

void BoundedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setReadBufferSize(m_readBufferBytes);
    addPendingConnection(socket);
}

} // namespace iamm
