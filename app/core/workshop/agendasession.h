// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// One session of a workshop's agenda: the items from firstItem to lastItem (framework order) in a
// time box of minutes.
struct AgendaSession
{
    QString title;
    QString firstItem;
    QString lastItem;
    int minutes = 0;

    bool operator==(const AgendaSession &) const = default;
};

} // namespace iamm
