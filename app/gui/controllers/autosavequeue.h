// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QTimer>
#include <functional>

namespace iamm::gui {

class SaveStatus;

// Text edits wait here for a short pause in typing, then are written. A write that fails
// stays queued (the user's text is never dropped) and is tried again on the next edit or flush,
// except one refused because someone else changed the text meanwhile (WriteConflict): trying
// again would fail again, so the write's owner keeps the text and offers it to its user.
class AutosaveQueue : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<void()>;
    static constexpr int pauseMilliseconds = 600;

    AutosaveQueue(SaveStatus *status, QObject *parent = nullptr);

    // Replaces any pending write with the same key.
    void schedule(const QString &key, Write write);
    // Writes everything pending now; false if a write failed.
    bool flush();
    // Drops a pending write whose subject no longer exists.
    void discard(const QString &key);
    bool hasPending() const { return !m_pending.isEmpty(); }
    bool isPending(const QString &key) const { return m_pending.contains(key); }

private:
    SaveStatus *m_status;
    QTimer m_timer;
    QMap<QString, Write> m_pending;
};

} // namespace iamm::gui
