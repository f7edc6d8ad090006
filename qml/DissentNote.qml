// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Asked for when the agreed level departs from the room's median by a level or more, or the
// views diverged: one line on what the disagreement was, kept with the response and in the audit log.
ColumnLayout {
    id: note

    property bool editable: true
    readonly property var response: Workshop.session.response

    spacing: Style.gap / 2

    Label {
        Layout.fillWidth: true
        text: note.response.dissent === ""
              ? qsTr("The agreed level departs from the room's views: note what the disagreement was, for example: labour and interior read level 3 as requiring a written strategy.")
              : qsTr("Dissent note")
        color: note.response.dissent === "" ? Style.errorColor : Style.foreground
        font.weight: Font.Medium
        wrapMode: Text.Wrap
    }
    AutosaveTextArea {
        objectName: "dissentField"
        Layout.fillWidth: true
        savedText: note.response.dissent
        readOnly: !note.editable
        Accessible.name: qsTr("Dissent note: what the disagreement was")
        onEdited: text => note.response.editDissent(text)
    }
}
