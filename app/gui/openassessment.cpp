#include "openassessment.h"

#include "common/iammerror.h"
#include "savestatus.h"

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
