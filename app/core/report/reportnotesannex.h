// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "report/reportcanvas.h"

#include <QCoreApplication>

namespace iamm {

class Framework;

// The annex "Facilitator notes", only in a report asked for with the facilitator's notes: each item's
// private note and the parking lot of questions, open and done (marked).
class ReportNotesAnnex
{
    Q_DECLARE_TR_FUNCTIONS(ReportNotesAnnex)

public:
    ReportNotesAnnex(const Framework &framework, const AssessmentRecord &subject);

    void paint(ReportCanvas &canvas) const;

private:
    void paintNotes(ReportCanvas &canvas) const;
    void paintParkingLot(ReportCanvas &canvas) const;
    QString itemLabel(const QString &itemId) const;

    const Framework &m_framework;
    const AssessmentRecord &m_subject;
};

} // namespace iamm
