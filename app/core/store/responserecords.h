// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"

#include <QHash>

namespace iamm {

class StoreContext;

// The rating, target, confidence and rationale given to each item of an assessment.
class ResponseRecords
{
public:
    explicit ResponseRecords(StoreContext &context);

    // The responses of several assessments in one query, by assessment id.
    QHash<QString, QList<Response>> of(const QStringList &assessmentIds) const;
    Response get(const QString &assessmentId, const QString &itemId) const;
    void update(const QString &assessmentId, const QString &itemId, const ResponseUpdate &update);
    // Inserts or replaces the response; no audit entry.
    void write(const QString &assessmentId, const Response &response);

    // Throws IammError when a level is off the scale or N/A is combined with a level.
    static void validate(const Scale &scale, const ResponseUpdate &update);

private:
    StoreContext &m_context;
};

} // namespace iamm
