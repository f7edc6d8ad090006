// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDriver>

namespace iamm {

class SqlConnection;

// Responses, checklists, evidence and actions changed through other connections to the same server database, as they
// commit (PostgreSQL LISTEN/NOTIFY, delivered through the event loop). A SQLite file has no such feed: isLive() is
// false and nothing is ever emitted.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // What changed: a response or its checklist (shown together), the evidence, the actions or the
    // facilitator's note.
    enum class Part { Response, Evidence, Actions, FacilitatorNote };

    explicit ChangeFeed(const SqlConnection &connection, QObject *parent = nullptr);

    bool isLive() const { return m_live; }

    // Announces, at commit, that a part of an item changed (the record classes call it).
    static void publish(const SqlConnection &connection, const QString &assessmentId, const QString &itemId,
                        Part part = Part::Response);

signals:
    // Another connection changed the item's response or checklist.
    void responseChanged(const QString &assessmentId, const QString &itemId);
    void evidenceChanged(const QString &assessmentId);
    void actionsChanged(const QString &assessmentId);
    void facilitatorNoteChanged(const QString &assessmentId, const QString &itemId);

private:
    void receive(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);

    bool m_live = false;
};

} // namespace iamm
