pragma Singleton
import QtQuick

// Spacing, sizes and the colours of the five levels, shared by every page.
QtObject {
    readonly property int gap: 8
    readonly property int margin: 16
    readonly property int pageMargin: 24
    readonly property int readableWidth: 960
    readonly property int badgeSize: 32
    readonly property color notApplicableColor: "#78909c"
    readonly property color notAssessedColor: "#bdbdbd"
    readonly property color targetColor: "#283593"
    readonly property color targetColorDark: "#9fa8da"
    readonly property color errorColor: "#b71c1c"
    readonly property var levelColors: ["#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"]

    function levelColor(value) {
        return value >= 0 && value < levelColors.length ? levelColors[value] : notAssessedColor
    }

    function tint(baseColor, alpha) {
        return Qt.rgba(baseColor.r, baseColor.g, baseColor.b, alpha)
    }

    // Text drawn on a level colour: dark on the light amber, white elsewhere.
    function levelTextColor(value) {
        return value === 2 || value < 0 ? "#212121" : "#ffffff"
    }
}
