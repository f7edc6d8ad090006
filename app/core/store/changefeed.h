// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDriver>

namespace iamm {

class SqlConnection;

// Responses and checklist statuses changed through other connections to the same server database, as they commit
// (PostgreSQL LISTEN/NOTIFY, delivered through the event loop). A SQLite file has no such
// feed: isLive() is false and nothing is ever emitted.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(const SqlConnection &connection, QObject *parent = nullptr);

    bool isLive() const { return m_live; }

    // Announces, at commit, that an item's response or checklist changed (the record classes call it).
    static void publish(const SqlConnection &connection, const QString &assessmentId, const QString &itemId);

signals:
    // Another connection changed the item's response or checklist.
    void responseChanged(const QString &assessmentId, const QString &itemId);

private:
    void receive(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);

    bool m_live = false;
};

} // namespace iamm
