// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <optional>

namespace iamm {

class SqlConnection;

// Reads the audit entries the record classes wrote (StoreContext::audit), and carries them verbatim
// between databases.
class AuditLog
{
public:
    explicit AuditLog(const SqlConnection &connection);

    // Oldest first.
    QList<AuditEntry> entries(const QString &assessmentId) const;
    // The newest entry about one thing (entity and key), or about one of its fields.
    std::optional<AuditEntry> lastEntry(const QString &assessmentId, const QString &entity, const QString &entityKey,
                                        const QString &field = {}) const;
    // The same for a thing whose key is unique in the whole database (an action's id), whose
    // assessment may no longer say (the action was removed).
    std::optional<AuditEntry> lastEntry(const QString &entity, const QString &entityKey) const;
    // Writes the entry as it is, time included; its id is the new row's.
    void append(const AuditEntry &entry) const;
    void removeEntries(const QString &assessmentId) const;

private:
    const SqlConnection &m_connection;
};

} // namespace iamm
