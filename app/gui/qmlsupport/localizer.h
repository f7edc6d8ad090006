// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// Numbers as the pages show them, in the user's locale, so QML only binds to the text.
class Localizer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE QString formatNumber(double value, int decimals) const;
    // A mean or score; a negative value means there is none and shows as "–".
    Q_INVOKABLE QString formatScore(double value, int decimals) const;
};

} // namespace iamm::gui
