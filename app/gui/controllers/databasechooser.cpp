// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/databasechooser.h"

#include "common/datapaths.h"
#include "common/iammerror.h"
#include "controllers/workshop.h"
#include "store/assessmentstore.h"
#include "store/databaselocation.h"
#include "store/recentdatabases.h"
#include "store/serverpasswords.h"

#include <QFileInfo>

namespace iamm::gui {

DatabaseChooser::DatabaseChooser(QObject *parent)
    : QObject(parent)
    , m_recent(iamm::RecentDatabases::load())
{}

void DatabaseChooser::setWorkshop(Workshop *workshop)
{
    if (workshop == m_workshop)
        return;
    m_workshop = workshop;
    emit workshopChanged();
}

QString DatabaseChooser::defaultLocation() const
{
    return iamm::DataPaths::defaultDatabasePath();
}

bool DatabaseChooser::isServerAddress(const QString &address) const
{
    return iamm::DatabaseLocation::isServerUrl(address.trimmed());
}

bool DatabaseChooser::open(const QString &address, const QString &password)
{
    try {
        openOrThrow(address.trimmed(), password);
    } catch (const iamm::IammError &error) {
        setProblem(error.message());
        return false;
    }
    setProblem({});
    m_recent = iamm::RecentDatabases::withFirst(m_recent, address.trimmed());
    iamm::RecentDatabases::save(m_recent);
    emit recentLocationsChanged();
    return true;
}

void DatabaseChooser::clearProblem()
{
    setProblem({});
}

// The password is kept for the run only once it was accepted.
void DatabaseChooser::openOrThrow(const QString &address, const QString &password)
{
    if (!m_workshop)
        throw iamm::IammError(tr("no workshop to open the database in"));
    if (address.isEmpty())
        throw iamm::IammError(tr("type a database address or choose a database file"));
    const iamm::DatabaseLocation location = iamm::DatabaseLocation::parse(address);
    if (!location.isServer() && !QFileInfo(address).isFile())
        throw iamm::IammError(tr("%1: there is no database file there").arg(address));
    const QString previousPassword = iamm::ServerPasswords::of(location);
    if (location.isServer() && !password.isEmpty())
        iamm::ServerPasswords::remember(location, password);
    try {
        m_workshop->switchDatabase(Workshop::openStore(address, iamm::SqlConnection::Access::Writable), address);
    } catch (const iamm::IammError &) {
        if (location.isServer() && !password.isEmpty())
            iamm::ServerPasswords::remember(location, previousPassword);
        throw;
    }
}

void DatabaseChooser::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

} // namespace iamm::gui
