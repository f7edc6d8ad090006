// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace iamm {

// A TCP server whose connections buffer at most a given number of received bytes.
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    BoundedTcpServer(qint64 readBufferBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_readBufferBytes;
};

} // namespace iamm
