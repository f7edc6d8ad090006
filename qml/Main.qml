import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
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

    Material.theme: Workshop.darkTheme ? Material.Dark : Material.Light
    Material.primary: Material.Indigo
    Material.accent: Material.Teal

    AppShell {
        id: shell
        anchors.fill: parent
        onFullScreenRequested: on => on ? window.showFullScreen() : window.showNormal()
    }

    onClosing: Workshop.flushPendingEdits()
}
