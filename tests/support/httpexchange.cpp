// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

namespace iamm::test {

HttpExchange::HttpExchange(quint16 port, const QByteArray &request, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_request(request)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpExchange::readAnswer);
    connect(&m_socket, &QTcpSocket::disconnected, this, &HttpExchange::finish);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            finish();
    });
}

void HttpExchange::start()
{
    m_timer.start();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

QByteArray HttpExchange::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                 const QByteArray &contentType)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

void HttpExchange::readAnswer()
{
    m_received += m_socket.readAll();
    const qsizetype headerEnd = m_received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = m_received.left(headerEnd).split('\n');
    QMap<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const QByteArray body = m_received.mid(headerEnd + 4);
    if (body.size() < headers.value("content-length").toLongLong())
        return;
    const QList<QByteArray> statusLine = lines.constFirst().split(' ');
    m_answer.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    m_answer.headers = headers;
    m_answer.body = body;
    finish();
}

void HttpExchange::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_elapsedNs = m_timer.nsecsElapsed();
    m_socket.abort();
    emit finished();
}

void runAll(const QList<HttpExchange *> &exchanges, int timeoutMs, int spacingMs)
{
    QEventLoop loop;
    int pending = int(exchanges.size());
    for (HttpExchange *e : exchanges) {
        QObject::connect(e, &HttpExchange::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        if (spacingMs == 0)
            exchanges[i]->start();
        else
            QTimer::singleShot(int(i) * spacingMs, exchanges[i], &HttpExchange::start);
    }
    if (pending > 0)
        loop.exec();
}

HttpAnswer exchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    HttpExchange one(port, request);
    runAll({&one}, timeoutMs);
    return one.answer();
}

HttpAnswer get(quint16 port, const QByteArray &target)
{
    return exchange(port, HttpExchange::request("GET", target));
}

HttpAnswer post(quint16 port, const QByteArray &target, const QByteArray &body)
{
    return exchange(port, HttpExchange::request("POST", target, body));
}

} // namespace iamm::test
