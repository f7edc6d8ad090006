// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/teameditor.h"

#include "store/assessmentstore.h"
#include "store/teamconflict.h"
#include "common/iammerror.h"
#include "controllers/savestatus.h"
#include "assessment/teamroster.h"

namespace iamm::gui {

TeamEditor::TeamEditor(SaveStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
{}

bool TeamEditor::load(const QString &assessmentId)
{
    m_assessmentId = assessmentId;
    try {
        if (!m_store)
            throw iamm::IammError(QStringLiteral("no database is open"));
        reload();
        return true;
    } catch (const iamm::IammError &error) {
        setTeam({});
        m_status->reportFailure(error.message(), tr("Team not read"));
        return false;
    }
}

bool TeamEditor::addMember(const QString &name, const QString &agency, const QString &role)
{
    return attempt([&] { iamm::TeamRoster(*m_store).add(m_assessmentId, {name, agency, role}); });
}

bool TeamEditor::removeMember(int number)
{
    return attempt([&] { iamm::TeamRoster(*m_store).remove(m_assessmentId, number, m_team); });
}

bool TeamEditor::attempt(const std::function<void()> &change)
{
    try {
        if (!m_store)
            throw iamm::IammError(QStringLiteral("no database is open"));
        change();
        reload();
        m_status->reportSaved();
        return true;
    } catch (const iamm::TeamConflict &conflict) {
        m_status->reportFailure(conflict.message());
        setTeam(conflict.current());
        return false;
    } catch (const iamm::IammError &error) {
        m_status->reportFailure(error.message());
        return false;
    }
}

void TeamEditor::reload()
{
    setTeam(iamm::TeamRoster(*m_store).members(m_assessmentId));
}

void TeamEditor::setTeam(const QList<iamm::TeamMember> &team)
{
    m_team = team;
    emit membersChanged();
}

QVariantList TeamEditor::members() const
{
    QVariantList members;
    for (int i = 0; i < m_team.size(); ++i)
        members.append(QVariantMap{{QStringLiteral("number"), i + 1},
                                   {QStringLiteral("name"), m_team[i].name},
                                   {QStringLiteral("agency"), m_team[i].agency},
                                   {QStringLiteral("role"), m_team[i].role}});
    return members;
}

} // namespace iamm::gui
