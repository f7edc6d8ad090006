// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/boundedtcpserver.h"

#include <QTcpSocket>

namespace iamm {

BoundedTcpServer::BoundedTcpServer(qint64 readBufferBytes, QObject *parent)
    : QTcpServer(parent)
    , m_readBufferBytes(readBufferBytes)
{}

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
