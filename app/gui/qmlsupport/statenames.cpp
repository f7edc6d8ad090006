// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/statenames.h"

#include "common/iammerror.h"
#include "catalogs/statecatalog.h"

namespace iamm::gui {

QString displayStateName(const QString &stateCode)
{
    try {
        return iamm::StateCatalog::instance().nameOf(stateCode);
    } catch (const iamm::IammError &) {
        return stateCode;
    }
}

} // namespace iamm::gui
