// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTcpSocket>

namespace iamm::test {

// What came back from an HTTP server: the status (0 when nothing complete came), the headers
// (names in lower case) and the body.
struct HttpAnswer
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

// One HTTP/1.1 request over its own connection to 127.0.0.1, read to the end of the answer
// (Content-Length), timed from connecting to the last byte.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(quint16 port, const QByteArray &request, QObject *parent = nullptr);
    void start();
    bool isDone() const { return m_done; }
    HttpAnswer answer() const { return m_answer; }
    qint64 elapsedNs() const { return m_elapsedNs; }

    // The raw bytes of a request (Host, Connection: close and Content-Length added).
    static QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                              const QByteArray &contentType = "application/json");

signals:
    void finished();

private:
    void readAnswer();
    void finish();

    quint16 m_port;
    QByteArray m_request;
    QTcpSocket m_socket;
    QByteArray m_received;
    QElapsedTimer m_timer;
    HttpAnswer m_answer;
    qint64 m_elapsedNs = 0;
    bool m_done = false;
};

// Runs the exchange in a local event loop (the server answers from the same thread); the answer
// has status 0 after timeoutMs.
HttpAnswer exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000);
HttpAnswer get(quint16 port, const QByteArray &target);
HttpAnswer post(quint16 port, const QByteArray &target, const QByteArray &body);

// Starts the exchanges spacingMs apart (0: all at once) and waits for every one (or timeoutMs).
void runAll(const QList<HttpExchange *> &exchanges, int timeoutMs = 10000, int spacingMs = 0);

} // namespace iamm::test
