// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/networkaddresses.h"

#include <QNetworkInterface>
#include <algorithm>

namespace iamm {

namespace {

int rank(const QHostAddress &address)
{
    if (address.isLoopback())
        return address.protocol() == QAbstractSocket::IPv4Protocol ? 2 : 3;
    return address.protocol() == QAbstractSocket::IPv4Protocol ? 0 : 1;
}

} // namespace

QList<QHostAddress> NetworkAddresses::list()
{
    QList<QHostAddress> addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLinkLocal() || address.isNull() || addresses.contains(address))
            continue;
        addresses << address;
    }
    if (!addresses.contains(QHostAddress(QHostAddress::LocalHost)))
        addresses << QHostAddress(QHostAddress::LocalHost);
    std::stable_sort(addresses.begin(), addresses.end(),
                     [](const QHostAddress &a, const QHostAddress &b) { return rank(a) < rank(b); });
    return addresses;
}

} // namespace iamm
