// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/writeconflict.h"

#include <QLocale>

namespace iamm {

QString WriteConflict::naming(const std::optional<AuditEntry> &lastChange, const QString &subject,
                              const QString &anonymous, const QString &named)
{
    if (!lastChange || lastChange->changedBy.isEmpty())
        return anonymous.arg(subject);
    return named.arg(subject, lastChange->changedBy,
                     QLocale().toString(lastChange->changedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace iamm
