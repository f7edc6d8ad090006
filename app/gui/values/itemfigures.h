// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "workshop/consensus.h"

#include <QCoreApplication>
#include <QVariantList>

namespace iamm::gui {

// How the figures of the views on one item read on screen: a bar (ViewCount) per level and for N/A, the
// median and the range. "Views in the room" and the live vote show them alike. No figures (nullptr):
// empty bars and texts.
class ItemFigures
{
    Q_DECLARE_TR_FUNCTIONS(ItemFigures)

public:
    static QVariantList bars(const iamm::Scale &scale, const iamm::ItemConsensus *item);
    // "2", "2.5" in the locale's digits; empty without a level given.
    static QString median(const iamm::ItemConsensus *item);
    // "1 to 3", or "2" when every level given was the same; empty without a level given.
    static QString range(const iamm::ItemConsensus *item);
};

} // namespace iamm::gui
