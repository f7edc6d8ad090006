// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QHash>

namespace iamm {

class StoreContext;

// Reads the shared figures of a server's final assessments (SharedFiguresSchema): the assessments'
// state, framework and date with each item's score, "not applicable" and target, and nothing else.
// The server decides which assessments a login sees here.
class SharedFigureRecords
{
public:
    explicit SharedFigureRecords(StoreContext &context);

    // Newest first (by date, then creation); only frameworkId's and stateCode's where they are set.
    QList<AssessmentInfo> finals(const QString &frameworkId, const QString &stateCode = {}) const;
    // The one assessment; throws IammError when this login sees no final assessment with the id.
    AssessmentInfo get(const QString &assessmentId) const;
    // By assessment id, each in item order.
    QHash<QString, QList<Response>> responsesOf(const QStringList &assessmentIds) const;

    // The title a shared copy carries instead of the team's (ExchangeWriter).
    static QString sharedTitle(const AssessmentInfo &info);

private:
    QList<AssessmentInfo> read(const QString &condition, const QVariantList &values) const;

    StoreContext &m_context;
};

} // namespace iamm
