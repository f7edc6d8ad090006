// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "store/checklistconflict.h"

namespace iamm {

class StoreContext;

// The status ticked for each sub-topic or statement of an assessment's framework.
class ChecklistRecords
{
public:
    explicit ChecklistRecords(StoreContext &context);

    QList<ChecklistStatus> list(const QString &assessmentId) const;
    // No status clears the entry.
    void setStatus(const QString &assessmentId, const QString &entryId, std::optional<ChecklistState> status);
    // The same, only over the status from (none: no status) that the editor read; throws
    // ChecklistConflict when someone else changed it since.
    void changeStatus(const QString &assessmentId, const QString &entryId, std::optional<ChecklistState> from,
                      std::optional<ChecklistState> to);
    // Inserts or replaces the status; no audit entry.
    void write(const QString &assessmentId, const ChecklistStatus &status);

private:
    // expected: the status the change must start from, when the caller read one.
    void writeStatus(const QString &assessmentId, const QString &entryId, std::optional<ChecklistState> status,
                     const std::optional<std::optional<ChecklistState>> &expected);
    // Writes status over before, only if before is still stored; false otherwise.
    bool writeOver(const QString &assessmentId, const QString &entryId, const QString &itemId,
                   std::optional<ChecklistState> before, std::optional<ChecklistState> status);
    std::optional<ChecklistState> storedStatus(const QString &assessmentId, const QString &entryId) const;
    ChecklistConflict conflict(const QString &assessmentId, const QString &entryId) const;

    StoreContext &m_context;
};

} // namespace iamm
