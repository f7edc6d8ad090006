// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Iamm

// What supports the rating: notes, links and files, each of which can be opened and removed.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var session: Workshop.session

    spacing: Style.gap

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Evidence (%1)").arg(section.session.evidence.model.count)
    }

    Label {
        Layout.fillWidth: true
        visible: section.session.evidence.model.count === 0
        text: qsTr("No evidence recorded for this item yet.")
        opacity: 0.75
        wrapMode: Text.Wrap
    }

    Repeater {
        objectName: "evidenceRepeater"
        model: section.session.evidence.model
        delegate: EvidenceDelegate {
            Layout.fillWidth: true
            editable: section.editable
            onRemoveRequested: removeDialog.openFor(evidenceId, title)
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 4
        enabled: section.editable
        Button {
            objectName: "addNoteButton"
            text: qsTr("Add note…")
            Accessible.name: qsTr("Add a note as evidence")
            onClicked: addDialog.openFor("note", "")
        }
        Button {
            objectName: "addLinkButton"
            text: qsTr("Add link…")
            Accessible.name: qsTr("Add a link as evidence")
            onClicked: addDialog.openFor("link", "")
        }
        Button {
            objectName: "addFileButton"
            text: qsTr("Add file…")
            Accessible.name: qsTr("Add a file as evidence")
            onClicked: {
                fileDialog.currentFolder = FileLocations.startFolder()
                fileDialog.open()
            }
        }
    }

    AddEvidenceDialog {
        id: addDialog
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a file to add as evidence")
        objectName: "evidenceFileDialog"
        fileMode: FileDialog.OpenFile
        onAccepted: {
            FileLocations.remember(selectedFile)
            addDialog.openFor("file", selectedFile)
        }
    }

    ConfirmDialog {
        id: removeDialog

        property var evidenceId

        function openFor(id, evidenceTitle) {
            evidenceId = id
            message = qsTr("Remove the evidence “%1” from this item?").arg(evidenceTitle)
            open()
        }

        title: qsTr("Remove evidence")
        confirmText: qsTr("Remove")
        onConfirmed: section.session.evidence.removeEvidence(evidenceId)
    }
}
