// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/themecolors.h"

#include "display/themepalette.h"

namespace iamm::gui {

ThemeColors::ThemeColors(QObject *parent)
    : QObject(parent)
    , m_light(iamm::ThemePalette::of(iamm::ThemePalette::Theme::Light).toVariantMap())
    , m_dark(iamm::ThemePalette::of(iamm::ThemePalette::Theme::Dark).toVariantMap())
{}

} // namespace iamm::gui
