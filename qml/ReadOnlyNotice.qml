// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Shown while the database can only be read (a read-only file or folder): editing is off.
Pane {
    visible: Workshop.readOnlyReason !== ""
    padding: Style.gap
    leftPadding: Style.margin
    background: Rectangle {
        color: Style.tint(Style.accent, 0.15)
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: notice.text

    Label {
        id: notice
        objectName: "readOnlyNotice"
        anchors.left: parent.left
        anchors.right: parent.right
        text: qsTr("Read-only: %1 (%2). You can read and export, but not change anything.")
              .arg(Workshop.databasePath).arg(Workshop.readOnlyReason)
        wrapMode: Text.WrapAnywhere
        font.weight: Font.Medium
    }
}
