// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// An item found by its id or text.
struct ItemMatch
{
    Q_GADGET
    QML_VALUE_TYPE(itemMatch)
    Q_PROPERTY(int index MEMBER index CONSTANT)
    Q_PROPERTY(QString itemId MEMBER itemId CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    int index = -1; // the item's row in the navigator
    QString itemId;
    QString text;
};

} // namespace iamm::gui
