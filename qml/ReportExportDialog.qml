// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The options of the PDF gap report (paper, evidence annex, participants' names), then where to save it.
Dialog {
    id: dialog

    property url suggestedFile
    readonly property string paper: letterChoice.checked ? "letter" : "a4"
    readonly property bool includeEvidence: evidenceChoice.checked
    readonly property bool nameContributors: namesChoice.checked
    readonly property bool includeNotes: notesChoice.checked

    signal exportRequested(url file, string paper, bool includeEvidence, bool nameContributors, bool includeNotes)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 2 * Style.pageMargin : 520)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Export PDF report")

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("The report has a cover, a one-page summary, the charts, every item with its rationale "
                       + "and actions, and the method.")
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Paper")
            font.weight: Font.Medium
        }
        RowLayout {
            spacing: Style.margin
            RadioButton {
                objectName: "paperA4"
                text: qsTr("A4")
                checked: true
                Accessible.name: qsTr("A4 paper")
            }
            RadioButton {
                id: letterChoice
                objectName: "paperLetter"
                text: qsTr("Letter")
                Accessible.name: qsTr("US Letter paper")
            }
        }
        CheckBox {
            id: evidenceChoice
            objectName: "includeEvidenceCheck"
            text: qsTr("Include the evidence annex")
            Accessible.name: text
        }
        CheckBox {
            id: namesChoice
            objectName: "nameContributorsCheck"
            text: qsTr("Name the participants whose views were collected")
            Accessible.name: text
        }
        CheckBox {
            id: notesChoice
            objectName: "includeNotesCheck"
            text: qsTr("Include the facilitator's private notes and parking lot")
            Accessible.name: text
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "chooseReportFileButton"
            text: qsTr("Choose file and export…")
            highlighted: true
            Accessible.name: qsTr("Choose where to save the PDF report and export it")
            onClicked: fileDialog.openWith(FileLocations.fileNameOf(dialog.suggestedFile))
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }

    SaveFileDialog {
        id: fileDialog
        objectName: "reportFileDialog"
        title: qsTr("Save the PDF report")
        suffix: "pdf"
        onFileChosen: file => {
            dialog.close()
            dialog.exportRequested(file, dialog.paper, dialog.includeEvidence, dialog.nameContributors,
                                   dialog.includeNotes)
        }
    }
}
