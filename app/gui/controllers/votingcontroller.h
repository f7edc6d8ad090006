// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voting/pollitem.h"
#include "workshop/consensus.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace iamm {
class PollServer;
}

namespace iamm::gui {

class AssessmentSession;

// Live voting from the presenter: serves the voting page on the chosen address and port, opens the vote
// on the current item (and on each item the presenter moves to), shows the count while the vote is open
// and the figures once it is closed. stop() closes the port and stores the votes as participants'
// contributions, so "Views in the room" and the report count them like imported views.
class VotingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("controllers/assessmentsession.h")
    Q_PROPERTY(AssessmentSession *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // The machine's addresses to serve on, the local network's first, loopback last.
    Q_PROPERTY(QStringList addresses READ addresses NOTIFY addressesChanged)
    Q_PROPERTY(bool listening READ listening NOTIFY stateChanged)
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY stateChanged)
    Q_PROPERTY(QString code READ code NOTIFY stateChanged)
    // The item the vote is on.
    Q_PROPERTY(QString itemId READ itemId NOTIFY stateChanged)
    Q_PROPERTY(bool open READ open NOTIFY stateChanged)
    Q_PROPERTY(int voteCount READ voteCount NOTIFY voteCountChanged)
    // The figures of the vote, only once it is closed (the room never sees a running distribution).
    Q_PROPERTY(QVariantList bars READ bars NOTIFY stateChanged)
    Q_PROPERTY(QString medianText READ medianText NOTIFY stateChanged)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY stateChanged)
    // The level "Take the median" chooses, -1 without a level given or while the vote is open.
    Q_PROPERTY(int medianLevel READ medianLevel NOTIFY stateChanged)
    Q_PROPERTY(int defaultPort READ defaultPort CONSTANT)
    // Why voting could not start or the votes could not be stored; empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    static constexpr int suggestedPort = 8765;

    explicit VotingController(QObject *parent = nullptr);
    ~VotingController() override;

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    QStringList addresses() const { return m_addresses; }
    bool listening() const;
    QString joinUrl() const;
    QString code() const;
    QString itemId() const;
    bool open() const;
    int voteCount() const;
    QVariantList bars() const;
    QString medianText() const;
    QString rangeText() const;
    int medianLevel() const;
    QString problem() const { return m_problem; }
    int defaultPort() const { return suggestedPort; }

    Q_INVOKABLE void refreshAddresses();
    // Serves on address:port and opens the vote on the current item; false (see problem) when the
    // address cannot be bound or the assessment takes no views (final).
    Q_INVOKABLE bool start(const QString &address, int port);
    // Closes the port and stores the votes as contributions; false (see problem, nothing stored, the
    // votes kept for another try) when the store refused.
    Q_INVOKABLE bool stop();
    Q_INVOKABLE void closeVote();
    Q_INVOKABLE void reopenVote();
    // Drops the current item's votes and opens its vote again.
    Q_INVOKABLE void revote();
    // Agrees the median of the closed vote as the item's level.
    Q_INVOKABLE bool takeMedian();

signals:
    void sessionChanged();
    void addressesChanged();
    void stateChanged();
    void voteCountChanged();
    void problemChanged();

private:
    void openCurrentItem();
    iamm::PollItem currentPollItem() const;
    void renewServer();
    void setProblem(const QString &problem);
    std::optional<iamm::ItemConsensus> closedTally() const;

    QPointer<AssessmentSession> m_session;
    std::unique_ptr<iamm::PollServer> m_server;
    QStringList m_addresses;
    QString m_problem;
};

} // namespace iamm::gui
