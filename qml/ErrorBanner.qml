// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Shown as soon as the database refuses a change, or an import, export or group change
// fails, with the reason. Typed text stays in its field and is written again on the next edit.
Pane {
    id: banner

    visible: Workshop.saveStatus.state === SaveStatus.Failed
    padding: Style.gap
    leftPadding: Style.margin
    palette.windowText: Style.onError
    palette.buttonText: Style.onError
    palette.button: Style.errorBackground
    background: Rectangle {
        color: Style.errorBackground
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Style.margin

        Label {
            id: message
            Layout.fillWidth: true
            objectName: "errorBannerText"
            text: qsTr("%1: %2").arg(Workshop.saveStatus.errorHeading).arg(Workshop.saveStatus.errorMessage)
            wrapMode: Text.Wrap
            font.weight: Font.Medium
        }
        Button {
            text: qsTr("Dismiss")
            flat: true
            Accessible.name: qsTr("Dismiss the error message")
            onClicked: Workshop.saveStatus.dismissError()
        }
    }
}
