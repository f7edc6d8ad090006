// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/evidencefilename.h"

#include "common/inputlimits.h"

namespace iamm {

namespace {

constexpr qsizetype maxKeptExtension = 16;

bool isReplaced(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control;
}

QString shortened(const QString &name)
{
    const qsizetype limit = InputLimits::maxNameLength;
    if (name.size() <= limit)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= maxKeptExtension ? name.mid(dot) : QString();
    qsizetype keep = limit - extension.size();
    if (name.at(keep - 1).isHighSurrogate())
        --keep;
    return name.left(keep) + extension;
}

} // namespace

QString EvidenceFileName::sanitized(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        if (isReplaced(c))
            c = QLatin1Char('_');
    }
    if (result.trimmed().isEmpty() || result == QLatin1String(".") || result == QLatin1String(".."))
        result = QStringLiteral("_") + result.trimmed();
    return shortened(result);
}

bool EvidenceFileName::isPlain(const QString &name)
{
    return sanitized(name) == name;
}

} // namespace iamm
