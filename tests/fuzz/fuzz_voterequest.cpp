// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the parser of the live vote's POST /api/vote body, which any phone on the
// local network can send. Every input must end in a vote or a status with a reason; a crash, a
// sanitizer report or an exception is a finding.
#include "voting/voterequest.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const iamm::VoteRequest::Parsed parsed = iamm::VoteRequest::parse(bytes);
    const bool accepted = parsed.status == iamm::PollStatus::Ok;
    // A vote is a level 0–4 or N/A, never both or neither; a refusal always says why.
    if (accepted && (parsed.vote.rating.score.has_value() == parsed.vote.rating.notApplicable))
        std::abort();
    if (accepted && parsed.vote.rating.score && (*parsed.vote.rating.score < 0 || *parsed.vote.rating.score > 4))
        std::abort();
    if (!accepted && parsed.error.isEmpty())
        std::abort();
    return 0;
}
