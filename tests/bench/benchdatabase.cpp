// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace iamm::bench {

QString databaseLocation(const QTemporaryDir &dir, const QString &name)
{
    const QString server = qEnvironmentVariable("IAMM_BENCH_POSTGRESQL");
    if (server.isEmpty())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    QUrl url(server);
    const QString database = QStringLiteral("bench_%1_%2").arg(name, QUuid::createUuid().toString(QUuid::Id128));
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setUserName(url.userName());
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        QSqlQuery create(db);
        if (!db.open() || !create.exec(QStringLiteral("CREATE DATABASE ") + database))
            qFatal("%s: cannot create a database: %s %s", qPrintable(server), qPrintable(db.lastError().text()),
                   qPrintable(create.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace iamm::bench
