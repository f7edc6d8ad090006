// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace iamm {

// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads UTF-8 CSV as RFC 4180 describes it: fields separated by commas, records by CRLF or LF,
// quoted fields holding commas, line breaks and doubled quotes. A UTF-8 byte order mark is
// skipped and blank lines are ignored.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Throws IammError, one sentence naming the origin and the line, for bytes that are not UTF-8, a quote inside an
    // unquoted field, text after a closing quote, or a quoted field that is never closed.
    static QList<CsvRecord> parse(const QByteArray &bytes, const QString &origin);

private:
    CsvReader(const QString &text, const QString &origin);

    static QString decode(const QByteArray &bytes, const QString &origin);
    // Throws the translated sentence with %1 the origin and %2 the line.
    [[noreturn]] void fail(int line, const QString &sentence) const;
    bool atLineEnd() const;
    void skipLineEnd();
    void readRecord();
    QString readField(bool &quoted);
    QString readQuoted();

    const QString &m_text;
    const QString &m_origin;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<CsvRecord> m_records;
};

} // namespace iamm
