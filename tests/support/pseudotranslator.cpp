// SPDX-License-Identifier: GPL-3.0-or-later
#include "pseudotranslator.h"

#include <QHash>
#include <cmath>

namespace iamm::test {

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> accents{{u'a', u'á'}, {u'e', u'é'}, {u'i', u'î'}, {u'o', u'ö'}, {u'u', u'ü'},
                                             {u'c', u'ç'}, {u'n', u'ñ'}, {u'y', u'ý'}, {u'A', u'À'}, {u'E', u'É'},
                                             {u'I', u'Î'}, {u'O', u'Ö'}, {u'U', u'Ü'}, {u'C', u'Ç'}, {u'N', u'Ñ'}};
    return accents.value(c, c);
}

// Length of the placeholder or markup starting at index, 0 when there is none.
qsizetype protectedLength(const QString &text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c == u'<' || c == u'&') {
        const qsizetype end = text.indexOf(c == u'<' ? u'>' : u';', index);
        return end < 0 ? 0 : end - index + 1;
    }
    if (c != u'%' || index + 1 >= text.size())
        return 0;
    qsizetype end = index + 1;
    if (text.at(end) == u'L')
        ++end;
    if (end < text.size() && text.at(end) == u'n')
        return end - index + 1;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    return end > index + 1 && text.at(end - 1).isDigit() ? end - index : 0;
}

} // namespace

QString PseudoTranslator::pseudo(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString result;
    for (qsizetype i = 0; i < text.size();) {
        if (const qsizetype skip = protectedLength(text, i)) {
            result += text.mid(i, skip);
            i += skip;
            continue;
        }
        result += accented(text.at(i));
        ++i;
    }
    const int padding = int(std::ceil(0.4 * double(text.size())));
    return QChar(0x27E6) + result + QString(padding - 2 > 0 ? padding - 2 : 0, u'·') + QChar(0x27E7);
}

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    return sourceText ? pseudo(QString::fromUtf8(sourceText)) : QString();
}

} // namespace iamm::test
