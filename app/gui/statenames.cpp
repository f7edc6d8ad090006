#include "statenames.h"

#include "iammerror.h"
#include "statecatalog.h"

QString displayStateName(const QString &stateCode)
{
    try {
        return iamm::StateCatalog::instance().nameOf(stateCode);
    } catch (const iamm::IammError &) {
        return stateCode;
    }
}
