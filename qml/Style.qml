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

    readonly property color background: dark ? "#1e2126" : "#f5f6f8"
    readonly property color surface: dark ? "#272b31" : "#ffffff"
    readonly property color subtleSurface: dark ? "#2f343b" : "#e9edf1"
    readonly property color foreground: dark ? "#e8eaed" : "#1f2328"
    readonly property color secondaryForeground: dark ? "#aab1ba" : "#57606a"
    readonly property color divider: dark ? "#444b54" : "#cfd5dc"
    readonly property color accent: dark ? "#4db6ac" : "#00796b"
    readonly property color onAccent: dark ? "#10201e" : "#ffffff"
    readonly property color barBackground: dark ? "#1a237e" : "#283593"
    readonly property color barForeground: "#ffffff"
    readonly property color targetColor: dark ? "#c5cae9" : "#1a237e"
    readonly property color errorColor: "#b71c1c"
    readonly property color notApplicableColor: "#78909c"
    readonly property color draftColor: "#f9a825"
    readonly property color notAssessedColor: dark ? "#5f6670" : "#c4c9cf"
    readonly property var levelColors: ["#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"]

    function levelColor(value) {
        return value >= 0 && value < levelColors.length ? levelColors[value] : notAssessedColor
    }

    // Text drawn on a level colour: dark on the light amber, white elsewhere.
    function levelTextColor(value) {
        return value === 2 || value < 0 ? "#212121" : "#ffffff"
    }

    // The state's gap to the peer median, in five bands from well below (red) to well above (green).
    readonly property var gapColors: ["#c62828", "#ef9a9a", dark ? "#5f6670" : "#d7dbe0", "#a5d6a7", "#2e7d32"]
    readonly property color noPeersColor: dark ? "#33383f" : "#eef0f2"

    function gapBand(gap) {
        return gap <= -1.5 ? 0 : gap <= -0.5 ? 1 : gap < 0.5 ? 2 : gap < 1.5 ? 3 : 4
    }

    function gapColor(gap) {
        return gapColors[gapBand(gap)]
    }

    function gapTextColor(gap) {
        const band = gapBand(gap)
        return band === 0 || band === 4 ? "#ffffff" : "#212121"
    }

    function tint(baseColor, alpha) {
        return Qt.rgba(baseColor.r, baseColor.g, baseColor.b, alpha)
    }
}
