// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/consensus.h"

#include <QByteArray>
#include <QString>

namespace iamm {

// Writes consensus figures as JSON ({"assessment", "participants", "items": [...]}, numbers
// unrounded, null where there is no value), CSV (RFC 4180, a header row) or a plain-text table.
class ConsensusFormatter
{
public:
    static QByteArray toJson(const QString &assessmentId, const ConsensusFigures &figures);
    static QByteArray toCsv(const ConsensusFigures &figures);
    static QString toText(const QString &assessmentId, const ConsensusFigures &figures);
};

} // namespace iamm
