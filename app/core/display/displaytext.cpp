// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/displaytext.h"

namespace iamm {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

QString escapeOf(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c <= 0xff)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString DisplayText::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (needsEscape(c))
            result += escapeOf(c);
        else
            result += ch;
    }
    return result;
}

QString DisplayText::excerpt(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return escaped(text);
    int cut = maxLength;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return escaped(text.left(cut)) + QStringLiteral("…");
}

QString DisplayText::quoted(const QString &text, int maxLength)
{
    return QLatin1Char('"') + excerpt(text, maxLength) + QLatin1Char('"');
}

} // namespace iamm
