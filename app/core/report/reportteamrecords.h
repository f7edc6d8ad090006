// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "report/reportcanvas.h"

#include <QCoreApplication>

namespace iamm {

// The report's pages on what the national team recorded: rationale, checklist, actions and the evidence annex.
class ReportTeamRecords
{
    Q_DECLARE_TR_FUNCTIONS(ReportTeamRecords)

public:
    ReportTeamRecords(const Framework &framework, const AssessmentRecord &subject);

    void paintRationale(ReportCanvas &canvas) const;
    void paintChecklist(ReportCanvas &canvas) const;
    void paintActions(ReportCanvas &canvas) const;
    void paintEvidenceAnnex(ReportCanvas &canvas) const;

private:
    QString checklistStatusText(const QString &entryId) const;

    const Framework &m_framework;
    const AssessmentRecord &m_subject;
};

} // namespace iamm
