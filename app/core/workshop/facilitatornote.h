// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace iamm {

// The facilitator's private note on one item: never in a shared export, in a report only when asked.
struct FacilitatorNote
{
    QString itemId;
    QString text;
    QDateTime updated;

    bool operator==(const FacilitatorNote &) const = default;
};

} // namespace iamm
