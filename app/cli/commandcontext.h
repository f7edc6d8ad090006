// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>
#include <memory>

namespace iamm {
class AssessmentStore;
class FrameworkRegistry;
class PeerGroupCatalog;
} // namespace iamm

namespace iamm::cli {

class Arguments;

// What every command needs: the database (opened on first use), the frameworks, stdout and
// stderr (where opening the database notes that it was created or is read-only).
class CommandContext
{
public:
    CommandContext(const QString &databasePath, bool readOnly, QTextStream &out, QTextStream &err);
    ~CommandContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString databasePath() const { return m_databasePath; }
    // --read-only: no database is written.
    bool readOnly() const { return m_readOnly; }
    AssessmentStore &store();
    PeerGroupCatalog &groups();
    const FrameworkRegistry &frameworks();

    // Strict YYYY-MM-DD; a usage error names the option.
    static QDate parseDate(const Arguments &arguments, const QString &option, const QDate &fallback);

private:
    QString m_databasePath;
    bool m_readOnly = false;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<PeerGroupCatalog> m_groups;
    std::unique_ptr<FrameworkRegistry> m_frameworks;
};

} // namespace iamm::cli
