// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportformat.h"

#include <QLocale>

namespace iamm {

QString ReportFormat::number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString ReportFormat::number(const std::optional<double> &value, const QString &missing)
{
    return value ? number(*value) : missing;
}

QString ReportFormat::fixed(double value, int decimals)
{
    const QString text = QString::number(value, 'f', decimals);
    const bool negativeZero = text.startsWith(QLatin1Char('-')) && QString::number(0.0, 'f', decimals) == text.mid(1);
    return negativeZero ? text.mid(1) : text;
}

QString ReportFormat::fixed(const std::optional<double> &value, int decimals, const QString &missing)
{
    return value ? fixed(*value, decimals) : missing;
}

QString ReportFormat::date(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("–");
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportFormat::fileSize(qint64 bytes)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB (%2 bytes)")
            .arg(english.toString(bytes / 1024.0, 'f', 1), english.toString(bytes));
    return QStringLiteral("%1 MiB (%2 bytes)")
        .arg(english.toString(bytes / (1024.0 * 1024.0), 'f', 1), english.toString(bytes));
}

QString ReportFormat::level(const Scale &scale, int level)
{
    const ScaleLevel *scaleLevel = scale.level(level);
    return scaleLevel ? QStringLiteral("%1 – %2").arg(level).arg(scaleLevel->label) : QString::number(level);
}

} // namespace iamm
