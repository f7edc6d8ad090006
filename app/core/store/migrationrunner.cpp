// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrationrunner.h"

#include "common/iammerror.h"
#include "store/sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace iamm {

namespace {

QMap<int, QString> migrationFiles(const QString &migrationsDir)
{
    const QDir dir(migrationsDir);
    if (!dir.exists())
        throw IammError(QCoreApplication::translate(
                            "MigrationRunner", "%1: migrations folder not found (is the program installed completely?)")
                            .arg(migrationsDir));
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{3})_[a-z0-9_]+\\.sql$"));
    QMap<int, QString> files;
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Statements end with a semicolon at the end of a line; comments are dropped.
QStringList statements(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(QCoreApplication::translate("MigrationRunner", "%1: cannot read migration: %2")
                            .arg(path, file.errorString()));
    QStringList result;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace

int MigrationRunner::latestVersion(const QString &migrationsDir)
{
    const auto files = migrationFiles(migrationsDir);
    return files.isEmpty() ? 0 : files.lastKey();
}

void MigrationRunner::migrate(SqlConnection &connection, const QString &migrationsDir)
{
    const auto files = migrationFiles(migrationsDir);
    const int current = connection.schemaVersion();
    if (!files.isEmpty() && current > files.lastKey())
        throw IammError(
            QCoreApplication::translate("MigrationRunner",
                                        "%1: the database has schema version %2, newer than this program knows (%3); "
                                        "use a newer version of iamm")
                .arg(connection.path())
                .arg(current)
                .arg(files.lastKey()));
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= current)
            continue;
        Transaction transaction(connection);
        try {
            for (const QString &statement : statements(it.value()))
                connection.run(connection.adapted(statement));
        } catch (const IammError &error) {
            throw IammError(QCoreApplication::translate("MigrationRunner", "%1: migration failed: %2")
                                .arg(it.value(), error.message()));
        }
        connection.setSchemaVersion(it.key());
        transaction.commit();
    }
}

} // namespace iamm
