// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

ApplicationWindow {
    id: window

    property alias page: shell.page

    width: 1280
    height: 720
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: Workshop.session.isOpen
           ? qsTr("%1 – %2 – IAMM Self-Assessment").arg(Workshop.session.stateName).arg(Workshop.session.title)
           : qsTr("IAMM Self-Assessment")

    // Fusion draws everything from this palette, so the theme is one set of colours.
    palette.window: Style.background
    palette.windowText: Style.foreground
    palette.base: Style.surface
    palette.alternateBase: Style.subtleSurface
    palette.text: Style.foreground
    palette.button: Style.surface
    palette.buttonText: Style.foreground
    palette.brightText: "#ffffff"
    palette.highlight: Style.accent
    palette.highlightedText: Style.onAccent
    palette.placeholderText: Style.secondaryForeground
    palette.toolTipBase: Style.surface
    palette.toolTipText: Style.foreground
    palette.light: Style.dark ? "#3a4049" : "#ffffff"
    palette.midlight: Style.dark ? "#333941" : "#eceff2"
    palette.mid: Style.divider
    palette.dark: Style.dark ? "#15171a" : "#9aa3ad"
    palette.shadow: "#000000"
    palette.link: Style.accent

    AppShell {
        id: shell
        anchors.fill: parent
        onFullScreenRequested: on => on ? window.showFullScreen() : window.showNormal()
    }

    onClosing: Workshop.flushPendingEdits()
}
