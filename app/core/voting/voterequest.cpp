// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/voterequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace iamm {

namespace {

VoteRequest::Parsed rejected(PollStatus status, const QString &error)
{
    VoteRequest::Parsed parsed;
    parsed.status = status;
    parsed.error = error;
    return parsed;
}

bool isClientId(const QString &client)
{
    if (client.size() < VoteRequest::minClientLength || client.size() > VoteRequest::maxClientLength)
        return false;
    for (const QChar c : client) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// A string field of at most maxFieldLength characters; absent and null give an empty string.
bool optionalText(const QJsonObject &object, const QString &key, QString &text)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString() || value.toString().size() > VoteRequest::maxFieldLength)
        return false;
    text = value.toString().simplified();
    return true;
}

bool readScore(const QJsonObject &object, Rating &rating)
{
    const QJsonValue score = object.value(QStringLiteral("score"));
    const QJsonValue na = object.value(QStringLiteral("na"));
    if (!na.isBool() && !na.isUndefined())
        return false;
    rating.notApplicable = na.toBool(false);
    if (score.isNull() || score.isUndefined())
        return rating.notApplicable;
    const double value = score.toDouble(-1);
    // The range is checked before the whole-number test: casting a huge double to int is undefined.
    if (!score.isDouble() || value < 0 || value > 4 || value != double(int(value)) || rating.notApplicable)
        return false;
    rating.score = int(value);
    return true;
}

} // namespace

VoteRequest::Parsed VoteRequest::parse(const QByteArray &body)
{
    if (body.size() > maxBodyBytes)
        return rejected(PollStatus::PayloadTooLarge,
                        tr("the vote has %1 bytes; at most %2 are allowed")
                            .arg(QLocale().toString(body.size()), QLocale().toString(maxBodyBytes)));
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        return rejected(PollStatus::BadRequest, tr("the vote is not a JSON object"));
    const QJsonObject object = document.object();
    static const QSet<QString> known{QStringLiteral("code"),  QStringLiteral("client"), QStringLiteral("item"),
                                     QStringLiteral("score"), QStringLiteral("na"),     QStringLiteral("name"),
                                     QStringLiteral("agency")};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return rejected(PollStatus::BadRequest, tr("unknown field \"%1\"").arg(key.left(40)));
    }
    Parsed parsed;
    const QJsonValue code = object.value(QStringLiteral("code"));
    const QJsonValue client = object.value(QStringLiteral("client"));
    const QJsonValue item = object.value(QStringLiteral("item"));
    if (!code.isString() || code.toString().size() > maxFieldLength)
        return rejected(PollStatus::BadRequest, tr("\"code\" must be a string"));
    if (!client.isString() || !isClientId(client.toString()))
        return rejected(PollStatus::BadRequest,
                        tr("\"client\" must be %1–%2 letters, digits, - or _")
                            .arg(QLocale().toString(minClientLength), QLocale().toString(maxClientLength)));
    if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxFieldLength)
        return rejected(PollStatus::BadRequest, tr("\"item\" must be an item id"));
    if (!readScore(object, parsed.vote.rating))
        return rejected(PollStatus::BadRequest,
                        tr("a vote is a \"score\" from 0 to 4 or \"na\": true, one of the two"));
    if (!optionalText(object, QStringLiteral("name"), parsed.vote.name)
        || !optionalText(object, QStringLiteral("agency"), parsed.vote.agency))
        return rejected(
            PollStatus::BadRequest,
            tr("\"name\" and \"agency\" are texts of at most %1 characters").arg(QLocale().toString(maxFieldLength)));
    parsed.code = code.toString();
    parsed.vote.client = client.toString();
    parsed.vote.itemId = item.toString();
    return parsed;
}

} // namespace iamm
