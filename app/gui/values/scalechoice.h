// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// A level of the framework's scale as the team can choose it.
struct ScaleChoice
{
    Q_GADGET
    QML_VALUE_TYPE(scaleChoice)
    Q_PROPERTY(int value MEMBER value CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(QString descriptor MEMBER descriptor CONSTANT)

public:
    int value = 0;
    QString label;
    QString descriptor;
};

} // namespace iamm::gui
