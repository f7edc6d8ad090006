// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voting/pollstatus.h"
#include "voting/pollvote.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iamm {

// The body of POST /api/vote: {"code", "client", "item", "score": 0–4 | null, "na": bool,
// "name"?, "agency"?}. Parsing is a pure function of the bytes, so that it can be fuzzed.
struct VoteRequest
{
    Q_DECLARE_TR_FUNCTIONS(VoteRequest)

public:
    static constexpr int maxBodyBytes = 4096;
    static constexpr int maxClientLength = 64;
    static constexpr int minClientLength = 8;
    static constexpr int maxFieldLength = 200;

    // Ok with the request, or the status to answer and what was wrong: a sentence in the
    // application's language; the JSON field names it quotes stay as the protocol spells them.
    struct Parsed
    {
        PollStatus status = PollStatus::Ok;
        QString error;
        QString code;
        PollVote vote;
    };

    // Checks the size, the JSON and every field (a level 0–4 or "na", never both or neither;
    // no other field). Whether the code, the item and the level fit the session is the server's.
    static Parsed parse(const QByteArray &body);
};

} // namespace iamm
