// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaselocation.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace iamm {

namespace {

const QStringList &allowedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name")};
    return options;
}

IammError badUrl(const QString &text, const QString &why)
{
    return IammError(
        QCoreApplication::translate("DatabaseLocation", "%1: %2; expected postgresql://USER@HOST[:PORT]/DBNAME")
            .arg(text, why));
}

} // namespace

bool DatabaseLocation::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool DatabaseLocation::isSameDatabase(const DatabaseLocation &other) const
{
    if (m_engine != other.m_engine)
        return false;
    if (isServer())
        return m_host == other.m_host && m_port == other.m_port && m_databaseName == other.m_databaseName;
    const QString canonical = QFileInfo(m_text).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(other.m_text).canonicalFilePath();
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation location;
    location.m_text = text;
    if (!isServerUrl(text))
        return location;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw badUrl(text, url.errorString());
    if (!url.password().isEmpty())
        throw IammError(
            QCoreApplication::translate("DatabaseLocation",
                                        "%1: a password does not belong in the database address, where others can read "
                                        "it; put it in ~/.pgpass or the file PGPASSFILE names")
                .arg(url.toString(QUrl::RemovePassword)));
    location.m_engine = Engine::PostgreSQL;
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port();
    location.m_databaseName = url.path().mid(1);
    if (location.m_user.isEmpty())
        throw badUrl(text, QCoreApplication::translate("DatabaseLocation", "no user name"));
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/')))
        throw badUrl(text, QCoreApplication::translate("DatabaseLocation", "no database name"));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.m_host = value;
            continue;
        }
        if (!allowedOptions().contains(key))
            throw badUrl(text, QCoreApplication::translate("DatabaseLocation", "unknown option \"%1\" (known: %2)")
                                   .arg(key, allowedOptions().join(QStringLiteral(", "))));
        options << QStringLiteral("%1=%2").arg(key, value);
    }
    // Without it, an unreachable host holds the app or the command for the system's TCP timeout.
    if (!QUrlQuery(url).hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=%1").arg(defaultConnectTimeoutSeconds);
    location.m_connectOptions = options.join(QLatin1Char(';'));
    return location;
}

} // namespace iamm
