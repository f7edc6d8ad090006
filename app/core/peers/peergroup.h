// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace iamm {

struct PeerGroup
{
    QString id; // short id used on the command line and in files, e.g. "Puebla"
    QString name;
    QString fullName;
    int year = 0; // 0 when unknown
    QString region;
    QString note;
    QString source;
    QString remarks;
    QStringList members; // ISO alpha-3 codes, in source order
    QStringList memberNamesAsListed;
    QStringList interested; // CIS Conference's "interested" states: never members
    bool shipped = false; // shipped reference data: read-only
    // A user's group only: the group it was copied from (empty when none) and when it was made.
    QString copiedFrom;
    QDateTime createdAt;
};

} // namespace iamm
