// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "report/reporttextblock.h"

#include <QCoreApplication>

namespace iamm {

class ReportCanvas;

// One item of the participant worksheet: its id, official text and source, six tick boxes
// (0–4 and N/A) and ruled lines for a comment. Measured before it is painted, so that an item is
// never split across pages.
class WorksheetItemRow
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetItemRow)

public:
    WorksheetItemRow(ReportCanvas &canvas, const FrameworkItem &item, const Scale &scale);

    // The whole row with the space after it, in device units.
    double height() const;
    // Paints the row at the canvas cursor, on a new page when it does not fit, and moves the cursor below it.
    void paint() const;

private:
    double textLeft() const;
    double boxesTop() const;
    double commentTop() const;
    void paintBoxes(double top) const;
    void paintCommentLines(double top) const;

    ReportCanvas &m_canvas;
    QStringList m_boxLabels;
    ReportTextBlock m_id;
    ReportTextBlock m_text;
    ReportTextBlock m_source;
};

} // namespace iamm
