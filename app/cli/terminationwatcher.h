// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace iamm::cli {

// Turns SIGINT and SIGTERM into the terminated() signal in the event loop (a self-pipe written by
// the signal handler and watched by a QSocketNotifier), for commands that run until stopped.
// One at a time; the previous handlers come back when it is destroyed.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminated(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace iamm::cli
