// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace iamm {

// The HTTP status codes of the voting page's small contract (README, "Live voting").
enum class PollStatus {
    Ok = 200,
    BadRequest = 400,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,
    PayloadTooLarge = 413,
    TooManyRequests = 429,
};

} // namespace iamm
