// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "report/reportcanvas.h"
#include "report/reportrounds.h"

#include <QCoreApplication>

namespace iamm {

// The report's page "Since the previous assessment": the items whose rating changed with their explanation
// of change, the section means across rounds, and the carried-over actions completed since.
class ReportRoundsPage
{
    Q_DECLARE_TR_FUNCTIONS(ReportRoundsPage)

public:
    ReportRoundsPage(const Framework &framework, const ReportRounds &rounds);

    void paint(ReportCanvas &canvas) const;

    // The item table's "Previous" cell: the level, "N/A" or "not assessed".
    static QString ratingText(const Rating &rating);
    // The item table's "Change" cell: "+1", "newly applicable", … or "–".
    static QString changeText(const ItemChange &change);

private:
    void paintChangedItems(ReportCanvas &canvas) const;
    void paintCompletedActions(ReportCanvas &canvas) const;
    QString itemText(const QString &itemId) const;

    const Framework &m_framework;
    const ReportRounds &m_rounds;
};

} // namespace iamm
