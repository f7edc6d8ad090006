// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/inputlimits.h"

#include "common/iammerror.h"

namespace iamm {

void InputLimits::checkLength(const QString &what, const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        throw IammError(
            QStringLiteral("%1 has %2 characters; at most %3 are allowed").arg(what).arg(text.size()).arg(maxLength));
}

void InputLimits::checkCount(const QString &what, qsizetype count, int maxCount)
{
    if (count > maxCount)
        throw IammError(
            QStringLiteral("%1: %2 would exceed the limit of %3 per assessment").arg(what).arg(count).arg(maxCount));
}

} // namespace iamm
