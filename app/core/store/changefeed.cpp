// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "store/sqlconnection.h"

namespace iamm {

namespace {

const QString channel = QStringLiteral("iamm_response_changes");
// Assessment ids and item ids hold no tab.
const QChar separator = QLatin1Char('\t');

} // namespace

ChangeFeed::ChangeFeed(const SqlConnection &connection, QObject *parent)
    : QObject(parent)
    , m_live(connection.subscribe(channel))
{
    if (m_live)
        connect(connection.database().driver(), &QSqlDriver::notification, this, &ChangeFeed::receive);
}

void ChangeFeed::publish(const SqlConnection &connection, const QString &assessmentId, const QString &itemId, Part part)
{
    connection.notify(channel, QStringList{assessmentId, itemId, QString::number(int(part))}.join(separator));
}

void ChangeFeed::receive(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    const QStringList parts = payload.toString().split(separator);
    if (parts.size() != 3)
        return;
    switch (Part(parts.at(2).toInt())) {
    case Part::Response:
        emit responseChanged(parts.at(0), parts.at(1));
        break;
    case Part::Evidence:
        emit evidenceChanged(parts.at(0));
        break;
    case Part::Actions:
        emit actionsChanged(parts.at(0));
        break;
    case Part::FacilitatorNote:
        emit facilitatorNoteChanged(parts.at(0), parts.at(1));
        break;
    }
}

} // namespace iamm
