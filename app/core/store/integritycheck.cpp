// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/integritycheck.h"

#include "store/sqlconnection.h"
#include "store/storevalues.h"

namespace iamm {

using storevalues::sha256Hex;

IntegrityCheck::IntegrityCheck(const SqlConnection &connection)
    : m_connection(connection)
{}

QStringList IntegrityCheck::problems() const
{
    QStringList problems;
    for (const QString &damage : m_connection.damage())
        problems << QStringLiteral("%1: %2").arg(m_connection.path(), damage);
    if (!problems.isEmpty())
        return problems;
    problems = m_connection.engineProblems();
    if (!problems.isEmpty())
        return problems;
    return evidenceFileProblems() + snapshotProblems();
}

QStringList IntegrityCheck::evidenceFileProblems() const
{
    QStringList problems;
    QSqlQuery files = m_connection.run(
        QStringLiteral("SELECT e.id, e.assessment_id, e.file_name, e.size, e.sha256, f.content FROM evidence e "
                       "LEFT JOIN evidence_files f ON f.evidence_id = e.id WHERE e.kind = 'file'"));
    while (files.next()) {
        const QString where = QStringLiteral("assessment %1, evidence %2 (%3)")
                                  .arg(files.value(1).toString(), files.value(0).toString(), files.value(2).toString());
        if (files.value(5).isNull()) {
            problems << where + QStringLiteral(": the file content is missing");
            continue;
        }
        const QByteArray content = files.value(5).toByteArray();
        if (content.size() != files.value(3).toLongLong())
            problems << where
                            + QStringLiteral(": size is %1 bytes, recorded %2")
                                  .arg(content.size())
                                  .arg(files.value(3).toLongLong());
        if (sha256Hex(content) != files.value(4).toString())
            problems << where + QStringLiteral(": SHA-256 does not match the recorded hash");
    }
    return problems;
}

QStringList IntegrityCheck::snapshotProblems() const
{
    QStringList problems;
    QSqlQuery snapshots = m_connection.run(QStringLiteral("SELECT hash, content FROM framework_snapshots"));
    while (snapshots.next()) {
        if (sha256Hex(snapshots.value(1).toString().toUtf8()) != snapshots.value(0).toString())
            problems << QStringLiteral("%1: pinned framework %2 was altered")
                            .arg(m_connection.path(), snapshots.value(0).toString());
    }
    return problems;
}

} // namespace iamm
