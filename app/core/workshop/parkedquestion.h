// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace iamm {

// A question put in the workshop's parking lot to come back to, linked to an item; ticked off when done.
struct ParkedQuestion
{
    qint64 id = 0;
    QString itemId;
    QString text;
    bool done = false;
    QDateTime created;
    // Set when done, invalid while open.
    QDateTime doneAt;

    bool operator==(const ParkedQuestion &) const = default;
};

} // namespace iamm
