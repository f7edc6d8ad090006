// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/csvreader.h"

#include "common/iammerror.h"

#include <QLocale>

#include <QStringDecoder>

namespace iamm {

CsvReader::CsvReader(const QString &text, const QString &origin)
    : m_text(text)
    , m_origin(origin)
{}

QList<CsvRecord> CsvReader::parse(const QByteArray &bytes, const QString &origin)
{
    const QString text = decode(bytes, origin);
    CsvReader reader(text, origin);
    while (reader.m_pos < text.size())
        reader.readRecord();
    return reader.m_records;
}

void CsvReader::fail(int line, const QString &sentence) const
{
    throw IammError(sentence.arg(m_origin, QLocale().toString(line)));
}

bool CsvReader::atLineEnd() const
{
    const QChar c = m_text.at(m_pos);
    return c == QLatin1Char('\n')
           || (c == QLatin1Char('\r') && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\n'));
}

void CsvReader::skipLineEnd()
{
    m_pos += m_text.at(m_pos) == QLatin1Char('\r') ? 2 : 1;
    ++m_line;
}

void CsvReader::readRecord()
{
    CsvRecord record{m_line, {}};
    bool quotedAny = false;
    while (true) {
        bool quoted = false;
        record.fields << readField(quoted);
        quotedAny = quotedAny || quoted;
        if (m_pos >= m_text.size())
            break;
        if (atLineEnd()) {
            skipLineEnd();
            break;
        }
        ++m_pos; // the comma
    }
    const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !quotedAny;
    if (!blank)
        m_records << record;
}

QString CsvReader::readField(bool &quoted)
{
    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
        quoted = true;
        return readQuoted();
    }
    QString field;
    while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && !atLineEnd()) {
        if (m_text.at(m_pos) == QLatin1Char('"'))
            fail(m_line, tr("%1: line %2: a quote inside an unquoted field (quote the whole field and double the "
                            "quotes inside it)"));
        field += m_text.at(m_pos++);
    }
    return field;
}

QString CsvReader::readQuoted()
{
    const int opened = m_line;
    QString field;
    ++m_pos;
    while (true) {
        if (m_pos >= m_text.size())
            fail(opened, tr("%1: line %2: a quoted field opened on this line is not closed"));
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"')) {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                field += c;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (atLineEnd()) {
            field += QLatin1Char('\n');
            skipLineEnd();
            continue;
        }
        field += c;
        ++m_pos;
    }
    if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && !atLineEnd())
        fail(m_line, tr("%1: line %2: text after the closing quote of a field"));
    return field;
}

QString CsvReader::decode(const QByteArray &bytes, const QString &origin)
{
    QByteArray content = bytes;
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(lines[i]);
        if (decoder.hasError())
            throw IammError(tr("%1: line %2: the text is not valid UTF-8 (save the file as UTF-8)")
                                .arg(origin, QLocale().toString(i + 1)));
    }
    return QString::fromUtf8(content);
}

} // namespace iamm
