// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/savestatus.h"

namespace iamm::gui {

void SaveStatus::reportPending()
{
    if (m_state == Failed)
        return;
    m_state = Pending;
    emit changed();
}

void SaveStatus::reportSaved()
{
    m_state = Saved;
    m_errorMessage.clear();
    m_savedAt = QDateTime::currentDateTime();
    emit changed();
}

void SaveStatus::reportFailure(const QString &message, const QString &heading)
{
    m_state = Failed;
    m_errorMessage = message;
    m_errorHeading = heading.isEmpty() ? tr("Not saved") : heading;
    emit changed();
    emit failed(m_errorHeading, m_errorMessage);
}

void SaveStatus::dismissError()
{
    if (m_state != Failed)
        return;
    m_state = Idle;
    m_errorMessage.clear();
    emit changed();
}

} // namespace iamm::gui
