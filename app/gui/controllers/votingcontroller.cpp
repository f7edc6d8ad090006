// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/votingcontroller.h"

#include "common/iammerror.h"
#include "common/uilanguage.h"
#include "controllers/assessmentsession.h"
#include "store/assessmentstore.h"
#include "values/itemfigures.h"
#include "voting/networkaddresses.h"
#include "voting/pollcontributions.h"
#include "voting/pollitem.h"
#include "voting/pollserver.h"

#include <QCoreApplication>

namespace iamm::gui {

VotingController::VotingController(QObject *parent)
    : QObject(parent)
{
    renewServer();
    refreshAddresses();
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &VotingController::stop);
}

VotingController::~VotingController()
{
    m_server->stop();
}

void VotingController::renewServer()
{
    const QString code = m_server ? m_server->code() : QString();
    m_server = std::make_unique<iamm::PollServer>();
    if (!code.isEmpty())
        m_server->setCode(code);
    connect(m_server.get(), &iamm::PollServer::stateChanged, this, &VotingController::stateChanged);
    connect(m_server.get(), &iamm::PollServer::votesChanged, this, &VotingController::voteCountChanged);
    emit stateChanged();
    emit voteCountChanged();
}

void VotingController::setSession(AssessmentSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session->navigator(), &ItemNavigator::currentItemChanged, this, [this] {
            if (listening())
                openCurrentItem();
        });
        // The room's language changed: the page shows the item's text in it, the vote goes on.
        connect(m_session->navigator(), &ItemNavigator::itemTextsChanged, this, [this] {
            if (listening())
                m_server->updateItem(currentPollItem());
        });
        // Before another assessment opens, the votes go to the one they were cast on.
        connect(m_session, &AssessmentSession::assessmentChanged, this, [this] {
            if (listening())
                stop();
        });
    }
    emit sessionChanged();
}

void VotingController::refreshAddresses()
{
    m_addresses.clear();
    for (const QHostAddress &address : iamm::NetworkAddresses::list())
        m_addresses << address.toString();
    emit addressesChanged();
}

bool VotingController::listening() const
{
    return m_server->isListening();
}

QString VotingController::joinUrl() const
{
    return listening() ? m_server->joinUrl().toString() : QString();
}

QString VotingController::code() const
{
    return m_server->code();
}

QString VotingController::itemId() const
{
    return m_server->itemId();
}

bool VotingController::open() const
{
    return m_server->isOpen();
}

int VotingController::voteCount() const
{
    return m_server->voteCount();
}

std::optional<iamm::ItemConsensus> VotingController::closedTally() const
{
    if (itemId().isEmpty() || open())
        return std::nullopt;
    return m_server->tally();
}

QVariantList VotingController::bars() const
{
    if (!m_session || !m_session->isOpen())
        return {};
    const std::optional<iamm::ItemConsensus> tally = closedTally();
    return ItemFigures::bars(m_session->openAssessment().framework->scale, tally ? &*tally : nullptr);
}

QString VotingController::medianText() const
{
    const std::optional<iamm::ItemConsensus> tally = closedTally();
    return ItemFigures::median(tally ? &*tally : nullptr);
}

QString VotingController::rangeText() const
{
    const std::optional<iamm::ItemConsensus> tally = closedTally();
    return ItemFigures::range(tally ? &*tally : nullptr);
}

int VotingController::medianLevel() const
{
    const std::optional<iamm::ItemConsensus> tally = closedTally();
    return tally ? tally->medianLevel().value_or(-1) : -1;
}

void VotingController::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

bool VotingController::start(const QString &address, int port)
{
    if (!m_session || !m_session->isOpen())
        return false;
    if (m_session->isFinal()) {
        setProblem(tr("This assessment is final: reopen it before collecting views."));
        return false;
    }
    const QHostAddress host(address);
    if (host.isNull()) {
        setProblem(tr("“%1” is not an address of this computer.").arg(address));
        return false;
    }
    try {
        m_server->setLanguage(iamm::UiLanguage::current());
        m_server->listen(host, quint16(port));
    } catch (const iamm::IammError &error) {
        setProblem(error.message());
        return false;
    }
    setProblem({});
    openCurrentItem();
    return true;
}

void VotingController::openCurrentItem()
{
    m_server->openItem(currentPollItem());
}

iamm::PollItem VotingController::currentPollItem() const
{
    return iamm::PollItem::fromFramework(*m_session->openAssessment().framework, m_session->navigator()->itemId());
}

bool VotingController::stop()
{
    if (!listening() && m_server->votes().isEmpty())
        return true;
    m_server->stop();
    if (m_server->votes().isEmpty() || !m_session || !m_session->isOpen()) {
        renewServer();
        return true;
    }
    const OpenAssessment &open = m_session->openAssessment();
    const QList<iamm::PollVote> votes = m_server->votes();
    if (!open.write([&] { iamm::PollContributions::store(*open.store, open.info.id, votes); })) {
        setProblem(tr("The votes were not stored: %1").arg(open.status->errorMessage()));
        emit stateChanged();
        return false;
    }
    setProblem({});
    renewServer();
    m_session->reloadContributions();
    return true;
}

void VotingController::closeVote()
{
    m_server->closeVote();
}

void VotingController::reopenVote()
{
    m_server->reopenVote();
}

void VotingController::revote()
{
    m_server->revote();
}

bool VotingController::takeMedian()
{
    const int level = medianLevel();
    return level >= 0 && m_session && m_session->response()->chooseLevel(level);
}

} // namespace iamm::gui
