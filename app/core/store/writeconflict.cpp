// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/writeconflict.h"

#include <QLocale>

namespace iamm {

QString WriteConflict::naming(const std::optional<AuditEntry> &lastChange, const QString &anonymous,
                              const QString &named)
{
    if (!lastChange || lastChange->changedBy.isEmpty())
        return anonymous;
    return named.arg(lastChange->changedBy,
                     QLocale().toString(lastChange->changedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace iamm
