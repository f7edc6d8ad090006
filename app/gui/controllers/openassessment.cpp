// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/openassessment.h"

#include "common/iammerror.h"
#include "controllers/savestatus.h"

namespace iamm::gui {

bool OpenAssessment::write(const std::function<void()> &change) const
{
    if (!store)
        return false;
    try {
        change();
        status->reportSaved();
        return true;
    } catch (const iamm::IammError &error) {
        status->reportFailure(error.message());
        return false;
    }
}

} // namespace iamm::gui
