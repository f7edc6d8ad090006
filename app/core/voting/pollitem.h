// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

#include <QString>

namespace iamm {

// The item a vote is open on: its id, its official text (or its translation into the facilitator's
// language, textStatus telling which) and the scale whose levels the page offers. Nothing else of
// the assessment is served.
struct PollItem
{
    QString id;
    QString text;
    Scale scale;
    TranslationStatus textStatus = TranslationStatus::Original;

    // The item of the framework; throws IammError naming the item when the framework has none.
    static PollItem fromFramework(const Framework &framework, const QString &itemId);
};

} // namespace iamm
