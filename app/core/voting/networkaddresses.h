// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>

namespace iamm {

// The addresses the voting page can be served on, for the facilitator's choice of interface.
class NetworkAddresses
{
public:
    // The machine's IPv4 addresses, then its global IPv6 ones, then loopback (127.0.0.1, ::1) last;
    // link-local addresses are left out (a phone cannot open them from a scanned link).
    static QList<QHostAddress> list();
};

} // namespace iamm
