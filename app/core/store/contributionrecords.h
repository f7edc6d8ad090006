// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/contribution.h"

namespace iamm {

class StoreContext;
struct Scale;

// The participants' individual views on the items of an assessment (contributions).
class ContributionRecords
{
public:
    explicit ContributionRecords(StoreContext &context);

    // In order of creation, each with its position and its views in item order.
    QList<Contribution> list(const QString &assessmentId) const;
    // Validates all, then writes all in one transaction: a contribution whose participant name is
    // already there replaces that one (keeping its place); one without a name is always added.
    void replace(const QString &assessmentId, const QList<Contribution> &contributions);
    // Removes the contribution shown under name ("Participant N" for one without a name).
    void remove(const QString &assessmentId, const QString &name);

    // Writes the contribution as a new row with its views; no audit entry.
    void insert(const QString &assessmentId, const Contribution &contribution);

private:
    void validate(const QString &assessmentId, const QList<Contribution> &contributions) const;
    void writeViews(qint64 contributionId, const QList<ContributionView> &views);

    StoreContext &m_context;
};

} // namespace iamm
