// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Adds a note, a link or a chosen file to the current item.
Dialog {
    id: dialog

    // note | link | file
    property string kind: "note"
    property url file

    function openFor(evidenceKind, chosenFile) {
        kind = evidenceKind
        file = chosenFile
        failureLabel.clear()
        titleField.text = ""
        contentField.text = ""
        linkField.text = ""
        confidentialBox.checked = false
        open()
        titleField.forceActiveFocus()
    }

    function add() {
        const session = Workshop.session
        const done = kind === "note" ? session.evidence.addNote(titleField.text, contentField.text, confidentialBox.checked)
                   : kind === "link" ? session.evidence.addLink(titleField.text, linkField.text, confidentialBox.checked)
                   : session.evidence.addFile(titleField.text, file, confidentialBox.checked)
        if (done)
            close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(600, parent ? parent.width - 2 * Style.pageMargin : 600)
    modal: true
    focus: true
    padding: Style.margin
    title: kind === "note" ? qsTr("Add a note") : kind === "link" ? qsTr("Add a link") : qsTr("Add a file")

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("For item %1").arg(Workshop.session.navigator.itemId)
            opacity: 0.75
        }
        TextField {
            id: titleField
            objectName: "evidenceTitleField"
            Layout.fillWidth: true
            placeholderText: dialog.kind === "file" ? qsTr("Title (the file name if left empty)") : qsTr("Title")
            Accessible.name: qsTr("Title of the evidence")
        }
        TextArea {
            id: contentField
            objectName: "evidenceNoteField"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(120, implicitHeight)
            visible: dialog.kind === "note"
            wrapMode: TextEdit.Wrap
            padding: Style.gap
            placeholderText: qsTr("The note")
            background: FieldBackground {
                field: contentField
            }
            Accessible.name: qsTr("Text of the note")
        }
        TextField {
            id: linkField
            objectName: "evidenceLinkField"
            Layout.fillWidth: true
            visible: dialog.kind === "link"
            placeholderText: qsTr("https://…")
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Address of the link")
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.kind === "file"
            text: qsTr("File: %1").arg(FileLocations.localPath(dialog.file))
            wrapMode: Text.WrapAnywhere
        }
        CheckBox {
            id: confidentialBox
            text: qsTr("Mark as confidential")
            Accessible.name: text
        }
        DialogFailure {
            id: failureLabel
            Layout.fillWidth: true
            listening: dialog.visible
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "addEvidenceButton"
            text: qsTr("Add")
            highlighted: true
            Accessible.name: qsTr("Add the evidence")
            onClicked: dialog.add()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }
}
