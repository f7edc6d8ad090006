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
    // Writes the change with its audit entries and returns the response as stored. Throws
    // EditConflict when the response is newer than update.expectedVersion, or when another
    // writer changed it while this one ran.
    Response update(const QString &assessmentId, const QString &itemId, const ResponseUpdate &update);
    // Inserts or replaces the response, raising its version; no audit entry.
    void write(const QString &assessmentId, const Response &response);

    // Throws IammError when a level is off the scale or N/A is combined with a level.
    static void validate(const Scale &scale, const ResponseUpdate &update);

private:
    // Writes the response only over the stored version readVersion (0: none stored); false otherwise.
    bool writeOver(const QString &assessmentId, const Response &response, int readVersion);
    QVariantList valuesOf(const QString &assessmentId, const Response &response) const;

    StoreContext &m_context;
};

} // namespace iamm
