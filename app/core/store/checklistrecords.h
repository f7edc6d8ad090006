// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

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
    // Inserts or replaces the status; no audit entry.
    void write(const QString &assessmentId, const ChecklistStatus &status);

private:
    StoreContext &m_context;
};

} // namespace iamm
