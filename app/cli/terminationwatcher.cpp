// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminationwatcher.h"

#include "common/iammerror.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace iamm::cli {

namespace {

int pipeEnds[2] = {-1, -1};
struct sigaction previousInterrupt;
struct sigaction previousTerminate;

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[1], &byte, 1);
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(pipeEnds, O_CLOEXEC | O_NONBLOCK) != 0)
        throw IammError(QStringLiteral("cannot watch for SIGINT and SIGTERM: no pipe"));
    m_notifier = std::make_unique<QSocketNotifier>(pipeEnds[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminationWatcher::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &previousInterrupt);
    sigaction(SIGTERM, &action, &previousTerminate);
}

TerminationWatcher::~TerminationWatcher()
{
    sigaction(SIGINT, &previousInterrupt, nullptr);
    sigaction(SIGTERM, &previousTerminate, nullptr);
    m_notifier.reset();
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
}

void TerminationWatcher::readSignal()
{
    char byte = 0;
    if (::read(pipeEnds[0], &byte, 1) == 1)
        emit terminated(int(byte));
}

} // namespace iamm::cli
