// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/integritycheck.h"

#include "store/sqlconnection.h"
#include "store/storevalues.h"

#include <QCoreApplication>
#include <QLocale>

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
        const QString assessment = files.value(1).toString();
        const QString evidence = files.value(0).toString();
        const QString fileName = files.value(2).toString();
        if (files.value(5).isNull()) {
            problems << QCoreApplication::translate("IntegrityCheck",
                                                    "assessment %1, evidence %2 (%3): the file content is missing")
                            .arg(assessment, evidence, fileName);
            continue;
        }
        const QByteArray content = files.value(5).toByteArray();
        if (content.size() != files.value(3).toLongLong())
            problems << QCoreApplication::translate("IntegrityCheck",
                                                    "assessment %1, evidence %2 (%3): size is %4 bytes, recorded %5")
                            .arg(assessment, evidence, fileName, QLocale().toString(content.size()),
                                 QLocale().toString(files.value(3).toLongLong()));
        if (sha256Hex(content) != files.value(4).toString())
            problems << QCoreApplication::translate(
                            "IntegrityCheck",
                            "assessment %1, evidence %2 (%3): SHA-256 does not match the recorded hash")
                            .arg(assessment, evidence, fileName);
    }
    return problems;
}

QStringList IntegrityCheck::snapshotProblems() const
{
    QStringList problems;
    QSqlQuery snapshots = m_connection.run(QStringLiteral("SELECT hash, content FROM framework_snapshots"));
    while (snapshots.next()) {
        if (sha256Hex(snapshots.value(1).toString().toUtf8()) != snapshots.value(0).toString())
            problems << QCoreApplication::translate("IntegrityCheck", "%1: pinned framework %2 was altered")
                            .arg(m_connection.path(), snapshots.value(0).toString());
    }
    return problems;
}

} // namespace iamm
