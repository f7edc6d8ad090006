// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace iamm::test {

CliResult runCli(const QString &databasePath, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IAMM_DB"), databasePath);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IAMM_CLI_PATH), arguments);
    return resultOf(process, 120000);
}

CliResult resultOf(QProcess &process, int timeoutMilliseconds)
{
    process.waitForFinished(timeoutMilliseconds);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString fixture(const QString &relativePath)
{
    return QStringLiteral(IAMM_TEST_FIXTURES) + QLatin1Char('/') + relativePath;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TempDatabase::TempDatabase(Kind kind)
    : m_onServer(kind == Kind::UnderTest && TestServer::isEnabled())
{}

TempDatabase::~TempDatabase()
{
    if (!m_serverUrl.isEmpty())
        TestServer::dropDatabase(m_serverUrl);
}

QString TempDatabase::path() const
{
    if (!m_onServer)
        return m_dir.filePath(QStringLiteral("test.sqlite"));
    if (m_serverUrl.isEmpty())
        m_serverUrl = TestServer::createDatabase();
    return m_serverUrl;
}

void TempDatabase::cloneFrom(const TempDatabase &source)
{
    if (!m_serverUrl.isEmpty())
        TestServer::dropDatabase(m_serverUrl);
    m_serverUrl = TestServer::cloneDatabase(source.path());
}

QString TempDatabase::dir() const
{
    return m_dir.path();
}

QString TempDatabase::file(const QString &name) const
{
    return m_dir.filePath(name);
}

void addTables(const QSqlDatabase &db, const QString &tableNamesSql, QCryptographicHash &hash)
{
    QSqlQuery tables(db);
    tables.exec(tableNamesSql);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
}

QByteArray databaseFingerprint(const QString &databasePath)
{
    if (databasePath.startsWith(QLatin1String("postgresql://")))
        return TestServer::fingerprint(databasePath);
    // Dump every table through SQL so the fingerprint does not depend on WAL checkpoints.
    const QString name = QUuid::createUuid().toString();
    QByteArray digest;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QByteArray("cannot open");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        addTables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), hash);
        QSqlQuery version(db);
        version.exec(QStringLiteral("PRAGMA user_version"));
        if (version.next())
            hash.addData(version.value(0).toString().toUtf8());
        digest = hash.result().toHex();
    }
    QSqlDatabase::removeDatabase(name);
    return digest;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace iamm::test
