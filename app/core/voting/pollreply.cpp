// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace iamm {

const QByteArray PollReply::contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

PollReply PollReply::json(const QByteArray &body, PollStatus status)
{
    return PollReply{status, "application/json", body};
}

PollReply PollReply::error(PollStatus status, const QString &message)
{
    return json(QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact), status);
}

} // namespace iamm
