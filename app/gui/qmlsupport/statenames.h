// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm::gui {

// The state's name for display; the code itself when the ISO 3166 data cannot be read,
// so a missing iso-codes package never stops the assessments from showing.
QString displayStateName(const QString &stateCode);

} // namespace iamm::gui
