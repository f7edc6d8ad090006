// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/csvfield.h"

namespace iamm {

QString csvField(const QString &text)
{
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    for (QChar c : needsQuotes) {
        if (text.contains(c))
            return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\""))
                   + QLatin1Char('"');
    }
    return text;
}

} // namespace iamm
