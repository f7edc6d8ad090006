// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Says where an export went and offers to open the file or its folder.
RowLayout {
    id: notice

    property string message
    property url file
    readonly property string text: message

    visible: message !== ""
    spacing: Style.gap

    Label {
        objectName: "savedFileMessage"
        Layout.fillWidth: true
        text: notice.message
        color: Style.accent
        font.weight: Font.Medium
        wrapMode: Text.WrapAnywhere
        Accessible.role: Accessible.StatusBar
        Accessible.name: text
    }
    Button {
        objectName: "openSavedFileButton"
        text: qsTr("Open file")
        flat: true
        visible: notice.file.toString() !== ""
        Accessible.name: qsTr("Open the saved file")
        onClicked: FileLocations.openFile(notice.file)
    }
    Button {
        objectName: "openSavedFolderButton"
        text: qsTr("Open folder")
        flat: true
        visible: notice.file.toString() !== ""
        Accessible.name: qsTr("Open the folder of the saved file")
        onClicked: FileLocations.openFolderOf(notice.file)
    }
}
