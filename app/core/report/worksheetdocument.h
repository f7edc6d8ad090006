// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/framework.h"
#include "report/reportcanvas.h"

#include <QCoreApplication>

namespace iamm {

// The printable participant worksheet of an assessment, for rooms without devices: a first page with
// the instructions, the levels of the scale and a name and agency line, then every item of the
// framework with tick boxes for 0–4 and N/A and room for a comment. The participant (or a blank line
// to write a name on) and the assessment are on every page.
class WorksheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetDocument)

public:
    // An empty participant leaves a line to write the name on.
    WorksheetDocument(const Framework &framework, const AssessmentInfo &assessment, const QString &participant);

    QString title() const;
    ReportPageFrame pageFrame() const;
    void paint(ReportCanvas &canvas) const;

private:
    void paintFirstPage(ReportCanvas &canvas) const;
    void paintFillInLines(ReportCanvas &canvas) const;
    void paintFillInLine(ReportCanvas &canvas, const QString &label, const QString &value, double x,
                         double width) const;
    void paintScale(ReportCanvas &canvas) const;
    void paintSection(ReportCanvas &canvas, const FrameworkSection &section) const;

    QString stateLabel() const;
    QString assessmentLine() const;
    QString participantLine() const;

    const Framework &m_framework;
    const AssessmentInfo &m_assessment;
    QString m_participant;
};

} // namespace iamm
