// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/autosavequeue.h"

#include "common/iammerror.h"
#include "store/writeconflict.h"
#include "controllers/savestatus.h"

namespace iamm::gui {

AutosaveQueue::AutosaveQueue(SaveStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(pauseMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveQueue::flush);
}

void AutosaveQueue::schedule(const QString &key, Write write)
{
    m_pending.insert(key, std::move(write));
    m_status->reportPending();
    m_timer.start();
}

bool AutosaveQueue::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    QString conflict;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        try {
            it.value()();
            it = m_pending.erase(it);
        } catch (const iamm::WriteConflict &refused) {
            conflict = refused.message();
            it = m_pending.erase(it);
        } catch (const iamm::IammError &error) {
            m_status->reportFailure(error.message());
            return false;
        }
    }
    if (!conflict.isEmpty()) {
        m_status->reportFailure(conflict);
        return false;
    }
    m_status->reportSaved();
    return true;
}

void AutosaveQueue::discard(const QString &key)
{
    m_pending.remove(key);
}

} // namespace iamm::gui
