// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/changereasons.h"

namespace iamm {

QString ChangeReasons::title(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::Performance:
        return QStringLiteral("Performance");
    case ChangeReason::Evidence:
        return QStringLiteral("Evidence");
    case ChangeReason::Method:
        return QStringLiteral("Method");
    case ChangeReason::Other:
        break;
    }
    return QStringLiteral("Other");
}

QString ChangeReasons::meaning(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::Performance:
        return QStringLiteral("a real change in practice");
    case ChangeReason::Evidence:
        return QStringLiteral("new or better information");
    case ChangeReason::Method:
        return QStringLiteral("a different reading of the scale or the item");
    case ChangeReason::Other:
        break;
    }
    return QStringLiteral("another reason");
}

ChangeReason ChangeReasons::parse(const QString &text)
{
    return vocabulary::require<ChangeReason>(text);
}

} // namespace iamm
