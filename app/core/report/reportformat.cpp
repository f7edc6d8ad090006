// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportformat.h"

#include <QLocale>

namespace iamm {

namespace {

// Locale-formatted, without the "-" of a value that rounds to zero.
QString withoutNegativeZero(const QString &text, int decimals)
{
    const QLocale locale;
    const bool negativeZero = text.startsWith(locale.negativeSign())
                              && locale.toString(0.0, 'f', decimals) == text.mid(1);
    return negativeZero ? text.mid(1) : text;
}

} // namespace

QString ReportFormat::number(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return withoutNegativeZero(text, 0);
}

QString ReportFormat::number(const std::optional<double> &value, const QString &missing)
{
    return value ? number(*value) : missing;
}

QString ReportFormat::fixed(double value, int decimals)
{
    return withoutNegativeZero(QLocale().toString(value, 'f', decimals), decimals);
}

QString ReportFormat::fixed(const std::optional<double> &value, int decimals, const QString &missing)
{
    return value ? fixed(*value, decimals) : missing;
}

QString ReportFormat::date(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("–");
    //: The date format of the report (QDate::toString): day, month name, year.
    return QLocale().toString(date, tr("d MMMM yyyy"));
}

QString ReportFormat::fileSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KiB (%2 bytes)").arg(locale.toString(bytes / 1024.0, 'f', 1), locale.toString(bytes));
    return tr("%1 MiB (%2 bytes)").arg(locale.toString(bytes / (1024.0 * 1024.0), 'f', 1), locale.toString(bytes));
}

QString ReportFormat::level(const Scale &scale, int level)
{
    const ScaleLevel *scaleLevel = scale.level(level);
    return scaleLevel ? QStringLiteral("%1 – %2").arg(level).arg(scaleLevel->label) : QString::number(level);
}

} // namespace iamm
