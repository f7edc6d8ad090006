// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// A participant's comment on the current item, with the view it came with. The attribution is
// the agency, with the participant's name only when the facilitator shows names.
struct RoomComment
{
    Q_GADGET
    QML_VALUE_TYPE(roomComment)
    Q_PROPERTY(QString attribution MEMBER attribution CONSTANT)
    Q_PROPERTY(QString view MEMBER view CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    QString attribution; // "Name, Agency", "Agency" or "a participant"
    QString view; // "level 2", "N/A" or "no view"
    QString text;
};

} // namespace iamm::gui
