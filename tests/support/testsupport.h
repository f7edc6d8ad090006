// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QCryptographicHash;
class QProcess;
class QSqlDatabase;

namespace iamm::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `iamm` executable against the given database.
CliResult runCli(const QString &databasePath, const QStringList &arguments);

// Waits for a started process; the exit code is -1 when it crashed or did not finish in time.
CliResult resultOf(QProcess &process, int timeoutMilliseconds);

// Path of a file under tests/fixtures.
QString fixture(const QString &relativePath);

// A fresh directory with a database inside it: a SQLite file, or a database of its own on the test
// server when the test runs against PostgreSQL (TestServer) and the database is not a File.
class TempDatabase
{
public:
    enum class Kind { UnderTest, File };

    explicit TempDatabase(Kind kind = Kind::UnderTest);
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    // The SQLite path or the server database's URL, as --db takes it. The server database is
    // created on first use, so that one made by cloneFrom is not created twice.
    QString path() const;
    bool isServer() const { return m_onServer; }
    // Replaces the server database by a copy of source's.
    void cloneFrom(const TempDatabase &source);
    QString dir() const;
    QString file(const QString &name) const;

private:
    QTemporaryDir m_dir;
    bool m_onServer = false;
    mutable QString m_serverUrl;
};

// The whole file; aborts the test run when it cannot be read.
QByteArray readFile(const QString &path);

// Writes bytes as the whole file and returns its path; aborts the test run when it cannot be written.
QString writeFile(const QString &path, const QByteArray &bytes);

// Runs a tool (pdftotext, pdfinfo, pdffonts…) and returns its standard output; aborts the test run
// when it fails.
QString runTool(const QString &program, const QStringList &arguments);

// Adds to hash every row of the tables tableNamesSql lists (one name per row), ordered by the first column.
void addTables(const QSqlDatabase &db, const QString &tableNamesSql, QCryptographicHash &hash);

// SHA-256 over every table of the database (file and WAL, or server database), to prove a failed
// command changed nothing.
QByteArray databaseFingerprint(const QString &databasePath);

} // namespace iamm::test
