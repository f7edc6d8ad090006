// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Someone else changed this response (or, with editor set to the actions or the facilitation, an
// action or the facilitator's note) while this user was typing: the item shows their newer text, and what this user typed waits here until it
// is used or let go.
Pane {
    id: notice

    property var editor: Workshop.session.response

    visible: editor.conflictMessage !== ""
    padding: Style.gap
    leftPadding: Style.margin
    background: Rectangle {
        color: Style.tint(Style.accent, 0.15)
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: editor.conflictMessage

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Style.gap

        Label {
            objectName: "editConflictMessage"
            Layout.fillWidth: true
            text: notice.editor.conflictMessage
            wrapMode: Text.Wrap
            font.weight: Font.Medium
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your text, not saved:")
            wrapMode: Text.Wrap
        }
        TextArea {
            objectName: "unsavedText"
            Layout.fillWidth: true
            text: notice.editor.unsavedText
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Your text, not saved")
        }
        RowLayout {
            spacing: Style.gap

            Button {
                objectName: "useMyTextButton"
                text: qsTr("Use my text")
                onClicked: notice.editor.useMyText()
            }
            Button {
                objectName: "keepTheirTextButton"
                text: qsTr("Keep the newer text")
                onClicked: notice.editor.keepTheirText()
            }
        }
    }
}
