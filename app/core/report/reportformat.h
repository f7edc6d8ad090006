// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace iamm {

// How numbers, dates and sizes read in the PDF report: in the installed language's locale (the
// default QLocale), "2,5" and "19 mai 2005" in French.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // Up to two decimals with trailing zeros trimmed: 2.35, 2.5, 3.
    static QString number(double value);
    static QString number(const std::optional<double> &value, const QString &missing);
    // Exactly `decimals` decimals, so that every figure of a table lines up: 2.50, 3.00, 62.50.
    static QString fixed(double value, int decimals);
    static QString fixed(const std::optional<double> &value, int decimals, const QString &missing);
    // "19 May 2005", "19 mai 2005", "19 de mayo de 2005".
    static QString date(const QDate &date);
    static QString fileSize(qint64 bytes);
    // "3 – Established": a level with its label on the scale, or the bare number off it.
    static QString level(const Scale &scale, int level);
};

} // namespace iamm
