#include "savestatus.h"

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

void SaveStatus::reportFailure(const QString &message)
{
    m_state = Failed;
    m_errorMessage = message;
    emit changed();
}

void SaveStatus::dismissError()
{
    if (m_state != Failed)
        return;
    m_state = Idle;
    m_errorMessage.clear();
    emit changed();
}
