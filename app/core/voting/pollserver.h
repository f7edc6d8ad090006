// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voting/pollballot.h"
#include "voting/pollitem.h"
#include "voting/pollpage.h"
#include "voting/ratelimiter.h"
#include "workshop/consensus.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace iamm {

class PollHttpServer;
struct PollReply;

// The live vote's small web server on the local network (README, "Live voting"): serves the
// voting page, the current item's state and takes votes, one item at a time. Voting is off until
// listen(); stop() closes the port. Votes stay in memory (votes()) until the caller stores them
// (PollContributions::store). The room sees counts only, never who voted what.
class PollServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool listening READ isListening NOTIFY stateChanged)
    Q_PROPERTY(QUrl joinUrl READ joinUrl NOTIFY stateChanged)
    Q_PROPERTY(QString code READ code NOTIFY stateChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY stateChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY stateChanged)
    Q_PROPERTY(int voteCount READ voteCount NOTIFY votesChanged)

public:
    static constexpr int defaultClientLimit = 10;
    static constexpr int defaultAddressLimit = 500;

    explicit PollServer(QObject *parent = nullptr);
    ~PollServer() override;

    // Serves on address:port (port 0: any free port). Throws IammError naming the address and port
    // when they cannot be bound; a server already listening is stopped first.
    void listen(const QHostAddress &address, quint16 port = 0);
    // Closes the port and every connection; the votes are kept.
    void stop();
    bool isListening() const;
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // http://ADDRESS:PORT/?code=CODE; when listening on every address, the first of NetworkAddresses.
    QUrl joinUrl() const;

    // A random 6-digit session code is chosen on construction.
    QString code() const { return m_code; }
    // Throws IammError unless code is 6 digits.
    void setCode(const QString &code);
    static QString randomCode();

    PollLanguage language() const { return m_language; }
    // The page's language unless the page's address asks for another (?lang=fr).
    void setLanguage(PollLanguage language) { m_language = language; }
    // Requests allowed per second per client id and per network address; the clock is for tests.
    void setRateLimits(int perClient, int perAddress, RateLimiter::Clock clock = {});

    // Makes item the current one and opens its vote (votes already cast on it are kept).
    void openItem(const PollItem &item);
    // Serves an item already opened with new texts (another language), its vote left as it is.
    void updateItem(const PollItem &item);
    void closeVote();
    void reopenVote();
    // Drops the current item's votes and opens its vote again.
    void revote();

    QString itemId() const { return m_ballot.currentItem(); }
    bool isOpen() const { return m_ballot.isOpen(); }
    // Votes on the current item.
    int voteCount() const { return m_ballot.count(); }
    // The figures of the current item's votes (ItemConsensus: counts, median, min, max).
    ItemConsensus tally() const;
    ItemConsensus tally(const QString &itemId) const;
    // Every vote of the session, for PollContributions::store.
    QList<PollVote> votes() const { return m_ballot.allVotes(); }

signals:
    void votesChanged(int count);
    void stateChanged();

private:
    void respond(const QHttpServerRequest &request, QHttpServerResponder &responder);
    PollReply route(const QHttpServerRequest &request);
    PollReply page(const QHttpServerRequest &request) const;
    PollReply state(const QHttpServerRequest &request) const;
    PollReply vote(const QHttpServerRequest &request);
    QByteArray stateJson() const;

    std::unique_ptr<PollHttpServer> m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_code;
    PollLanguage m_language = PollLanguage::English;
    RateLimiter m_clientLimiter{defaultClientLimit};
    RateLimiter m_addressLimiter{defaultAddressLimit};
    PollBallot m_ballot;
    QHash<QString, PollItem> m_items;
};

} // namespace iamm
