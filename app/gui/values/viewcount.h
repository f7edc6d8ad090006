// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// One bar of the room's views on an item: how many participants gave a level, or N/A.
struct ViewCount
{
    Q_GADGET
    QML_VALUE_TYPE(viewCount)
    Q_PROPERTY(QString badge MEMBER badge CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)
    Q_PROPERTY(bool notApplicable MEMBER notApplicable CONSTANT)

public:
    QString badge; // "0" … "4", or "N/A"
    QString label;
    int count = 0;
    bool notApplicable = false;
};

} // namespace iamm::gui
