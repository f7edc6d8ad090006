// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

#include <QDate>
#include <QString>
#include <optional>

namespace iamm {

// How numbers, dates and sizes read in the PDF report.
class ReportFormat
{
public:
    // Up to two decimals with trailing zeros trimmed: 2.35, 2.5, 3.
    static QString number(double value);
    static QString number(const std::optional<double> &value, const QString &missing);
    // Exactly `decimals` decimals, so that every figure of a table lines up: 2.50, 3.00, 62.50.
    static QString fixed(double value, int decimals);
    static QString fixed(const std::optional<double> &value, int decimals, const QString &missing);
    // "19 May 2005", independent of the machine's locale.
    static QString date(const QDate &date);
    static QString fileSize(qint64 bytes);
    // "3 – Established": a level with its label on the scale, or the bare number off it.
    static QString level(const Scale &scale, int level);
};

} // namespace iamm
