// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace iamm {

namespace {

// The first 16 bytes of every SQLite 3 database; a database is never shorter than its 100-byte header.
const QByteArray sqliteMagic("SQLite format 3\0", 16);
constexpr qint64 sqliteHeaderSize = 100;

// Why the file is not a SQLite database, as a whole sentence naming it; empty when it is one.
QString kindProblem(const QString &path, const QFileInfo &info)
{
    if (info.isDir())
        return QCoreApplication::translate("DatabaseFile", "%1 is a folder, not a database file").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("DatabaseFile", "%1 cannot be read: %2").arg(path, file.errorString());
    if (info.size() == 0)
        return QCoreApplication::translate("DatabaseFile", "%1 is an empty file, not a SQLite database").arg(path);
    if (info.size() < sqliteHeaderSize)
        return QCoreApplication::translate(
                   "DatabaseFile", "%1 is not a SQLite database (%2 bytes, shorter than a SQLite header; cut short?)")
            .arg(path)
            .arg(info.size());
    if (file.read(sqliteMagic.size()) != sqliteMagic)
        return QCoreApplication::translate("DatabaseFile",
                                           "%1 is not a SQLite database (its header is not \"SQLite format 3\")")
            .arg(path);
    return {};
}

} // namespace

DatabaseFile DatabaseFile::inspect(const QString &path)
{
    DatabaseFile result;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!info.exists()) {
        if (folder.exists() && !folder.isWritable())
            result.m_readOnlyReason =
                QCoreApplication::translate("DatabaseFile", "the folder %1 is not writable").arg(folder.filePath());
        return result;
    }
    result.m_problem = kindProblem(path, info);
    result.m_kind = result.m_problem.isEmpty() ? Kind::SQLite : Kind::NotSQLite;
    if (!info.isWritable())
        result.m_readOnlyReason = QCoreApplication::translate("DatabaseFile", "the file is not writable");
    else if (!folder.isWritable())
        result.m_readOnlyReason =
            QCoreApplication::translate("DatabaseFile", "the folder %1 is not writable").arg(folder.filePath());
    const QFileInfo wal(path + QStringLiteral("-wal"));
    result.m_needsImmutableOpen = !folder.isWritable() && (!wal.exists() || wal.size() == 0);
    return result;
}

} // namespace iamm
