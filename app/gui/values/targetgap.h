// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// An item rated below its target, as the summary lists it.
struct TargetGap
{
    Q_GADGET
    QML_VALUE_TYPE(targetGap)
    Q_PROPERTY(QString itemId MEMBER itemId CONSTANT)
    Q_PROPERTY(int index MEMBER index CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(int score MEMBER score CONSTANT)
    Q_PROPERTY(int target MEMBER target CONSTANT)
    Q_PROPERTY(int gap MEMBER gap CONSTANT)

public:
    QString itemId;
    int index = -1; // the item's row in the navigator
    QString text;
    int score = 0;
    int target = 0;
    int gap = 0;
};

} // namespace iamm::gui
