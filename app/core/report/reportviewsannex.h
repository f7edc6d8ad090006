// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "report/reportcanvas.h"
#include "workshop/consensus.h"

#include <QCoreApplication>

namespace iamm {

// The annex "Where views differed": how the participants' individual views were collected, the
// divergence rule, and each divergent item with the spread of views, the agreed level and the
// dissent note. Contributors stay anonymous ("12 participants from 6 agencies") unless named.
class ReportViewsAnnex
{
    Q_DECLARE_TR_FUNCTIONS(ReportViewsAnnex)

public:
    ReportViewsAnnex(const Framework &framework, const AssessmentRecord &subject, bool nameContributors);

    // Whether there is anything to report: at least one contribution.
    bool hasViews() const { return !m_subject.contributions.isEmpty(); }
    void paint(ReportCanvas &canvas) const;

private:
    void paintIntroduction(ReportCanvas &canvas) const;
    QString spreadText(const ItemConsensus &item) const;
    QString agreedText(const ItemConsensus &item) const;

    const Framework &m_framework;
    const AssessmentRecord &m_subject;
    const bool m_nameContributors;
    const ConsensusFigures m_figures;
};

} // namespace iamm
