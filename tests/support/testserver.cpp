// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <functional>

namespace iamm::test {

namespace {

QString stateFolder()
{
    return qEnvironmentVariable("IAMM_TEST_POSTGRESQL");
}

// Runs work on a connection to url, then removes the connection.
void withConnection(const QString &url, const std::function<void(QSqlDatabase &)> &work)
{
    const QUrl parsed(url);
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setUserName(parsed.userName());
        db.setHostName(parsed.host());
        db.setPort(parsed.port());
        db.setDatabaseName(parsed.path().mid(1));
        if (!db.open())
            qFatal("cannot connect to %s: %s", qPrintable(url), qPrintable(db.lastError().text()));
        work(db);
    }
    QSqlDatabase::removeDatabase(name);
}

void execute(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QString urlOf(const QString &databaseName)
{
    QUrl url(TestServer::maintenanceUrl());
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

QString newName()
{
    return QStringLiteral("iamm_test_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

bool TestServer::isEnabled()
{
    return !stateFolder().isEmpty();
}

QString TestServer::maintenanceUrl()
{
    QFile file(stateFolder() + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("IAMM_TEST_POSTGRESQL=%s: no url there; is the test cluster running (tests/postgresql/cluster.sh)?",
               qPrintable(stateFolder()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString TestServer::createDatabase()
{
    const QString name = newName();
    withConnection(maintenanceUrl(), [&](QSqlDatabase &db) { execute(db, QStringLiteral("CREATE DATABASE ") + name); });
    return urlOf(name);
}

QString TestServer::cloneDatabase(const QString &sourceUrl)
{
    const QString name = newName();
    const QString source = QUrl(sourceUrl).path().mid(1);
    // FILE_COPY copies the files whole after a checkpoint, which costs little on the test
    // cluster (fsync is off), instead of block by block through the WAL: a quarter faster.
    withConnection(maintenanceUrl(), [&](QSqlDatabase &db) {
        execute(db, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(name, source));
    });
    return urlOf(name);
}

void TestServer::dropDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    withConnection(maintenanceUrl(), [&](QSqlDatabase &db) {
        execute(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    });
}

void TestServer::runAsSuperuser(const QString &sql)
{
    withConnection(maintenanceUrl(), [&](QSqlDatabase &db) { execute(db, sql); });
}

QByteArray TestServer::fingerprint(const QString &url)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    withConnection(url, [&](QSqlDatabase &db) {
        addTables(db,
                  QStringLiteral("SELECT table_name FROM information_schema.tables "
                                 "WHERE table_schema = current_schema() ORDER BY table_name"),
                  hash);
    });
    return hash.result().toHex();
}

} // namespace iamm::test
