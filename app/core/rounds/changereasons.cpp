// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/changereasons.h"

namespace iamm {

QString ChangeReasons::title(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::Performance:
        return tr("Performance");
    case ChangeReason::Evidence:
        return tr("Evidence");
    case ChangeReason::Method:
        return tr("Method");
    case ChangeReason::Other:
        break;
    }
    return tr("Other");
}

QString ChangeReasons::meaning(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::Performance:
        return tr("a real change in practice");
    case ChangeReason::Evidence:
        return tr("new or better information");
    case ChangeReason::Method:
        return tr("a different reading of the scale or the item");
    case ChangeReason::Other:
        break;
    }
    return tr("another reason");
}

ChangeReason ChangeReasons::parse(const QString &text)
{
    return vocabulary::require<ChangeReason>(text);
}

} // namespace iamm
