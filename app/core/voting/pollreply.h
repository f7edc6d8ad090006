// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voting/pollstatus.h"

#include <QByteArray>

class QTcpSocket;

namespace iamm {

// One answer of the voting server: a status, a type and a body, written with the headers every
// answer carries (no caching, a strict Content-Security-Policy, no MIME sniffing).
struct PollReply
{
    PollStatus status = PollStatus::Ok;
    QByteArray contentType;
    QByteArray body;

    static PollReply json(const QByteArray &body, PollStatus status = PollStatus::Ok);
    // {"error": message} with the status.
    static PollReply error(PollStatus status, const QString &message);

    static const QByteArray contentSecurityPolicy;
};

} // namespace iamm
