// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "peers/gapresult.h"

#include <QByteArray>
#include <QString>

namespace iamm {

// Writes a gap result as JSON (unrounded numbers), CSV (RFC 4180) or a plain-text table for a terminal.
class GapFormatter
{
public:
    static QByteArray toJson(const GapResult &result);
    static QByteArray toCsv(const GapResult &result);
    static QString toText(const GapResult &result, const Framework &framework);
};

} // namespace iamm
