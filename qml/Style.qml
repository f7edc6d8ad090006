// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Iamm

// Spacing, sizes and colours shared by every page, for the light and the dark theme.
QtObject {
    readonly property bool dark: Workshop.darkTheme

    readonly property int gap: 8
    readonly property int margin: 16
    readonly property int pageMargin: 24
    readonly property int readableWidth: 960
    readonly property int badgeSize: 32

    // The colours live in C++ (iamm::ThemePalette), where a unit test checks the contrast of every
    // text/background pair against WCAG 2.1 AA.
    readonly property var colors: dark ? ThemeColors.dark : ThemeColors.light

    readonly property color background: colors.background
    readonly property color surface: colors.surface
    readonly property color subtleSurface: colors.subtleSurface
    readonly property color foreground: colors.foreground
    readonly property color secondaryForeground: colors.secondaryForeground
    readonly property color divider: colors.divider
    readonly property color accent: colors.accent
    readonly property color onAccent: colors.onAccent
    readonly property color barBackground: colors.barBackground
    readonly property color barForeground: colors.barForeground
    readonly property color targetColor: colors.targetColor
    readonly property color errorColor: colors.errorColor
    readonly property color errorBackground: colors.errorBackground
    readonly property color onError: colors.onError
    readonly property color notApplicableColor: colors.notApplicableColor
    readonly property color onNotApplicable: colors.onNotApplicable
    readonly property color draftColor: colors.draftColor
    readonly property color notAssessedColor: colors.notAssessedColor
    readonly property var levelColors: colors.levelColors

    function levelColor(value) {
        return value >= 0 && value < levelColors.length ? levelColors[value] : notAssessedColor
    }

    function levelTextColor(value) {
        return value >= 0 && value < levelColors.length ? colors.levelTextColors[value] : foreground
    }

    // The state's gap to the peer median, in five bands from well below (red, ▼) to well above (green, ▲).
    readonly property var gapColors: colors.gapColors
    readonly property color noPeersColor: colors.noPeersColor

    function gapBand(gap) {
        return gap <= -1.5 ? 0 : gap <= -0.5 ? 1 : gap < 0.5 ? 2 : gap < 1.5 ? 3 : 4
    }

    function gapColor(gap) {
        return gapColors[gapBand(gap)]
    }

    function gapTextColor(gap) {
        return colors.gapTextColors[gapBand(gap)]
    }

    // The shape that says the band without colour: ▼▼ well below, ▼ below, ≈ near, ▲ above, ▲▲ well above.
    function gapSymbol(gap) {
        return ["\u25bc\u25bc", "\u25bc", "\u2248", "\u25b2", "\u25b2\u25b2"][gapBand(gap)]
    }

    function tint(baseColor, alpha) {
        return Qt.rgba(baseColor.r, baseColor.g, baseColor.b, alpha)
    }
}
