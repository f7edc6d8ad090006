// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The light and dark palettes of iamm::ThemePalette for qml/Style.qml.
class ThemeColors : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantMap light READ light CONSTANT)
    Q_PROPERTY(QVariantMap dark READ dark CONSTANT)

public:
    explicit ThemeColors(QObject *parent = nullptr);

    QVariantMap light() const { return m_light; }
    QVariantMap dark() const { return m_dark; }

private:
    QVariantMap m_light;
    QVariantMap m_dark;
};

} // namespace iamm::gui
