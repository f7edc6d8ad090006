// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Prints the open assessment's participant worksheet (every item's official text with boxes for
// 0–4 and N/A) for rooms without devices: for one named participant, or with a blank name line.
Dialog {
    id: dialog

    property string message
    property url savedFile

    function write(file) {
        message = ""
        if (Workshop.session.room.writeWorksheet(file, nameField.text, letterChoice.checked ? "letter" : "a4")) {
            savedFile = file
            message = qsTr("Worksheet saved to %1").arg(FileLocations.localPath(file))
            open()
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Style.pageMargin : 560)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Print participant worksheets")
    onAboutToShow: failureLabel.clear()

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("A printable form with every item's official text, the five levels and boxes for 0–4 and "
                       + "N/A, for participants to fill in by hand. Enter the sheets afterwards with "
                       + "“Enter paper worksheets”, or import them as a spreadsheet of votes.")
            wrapMode: Text.Wrap
        }
        TextField {
            id: nameField
            objectName: "worksheetParticipantField"
            Layout.fillWidth: true
            placeholderText: qsTr("Participant's name (empty: a blank line to write on)")
            Accessible.name: qsTr("Participant's name for the worksheet")
        }
        RowLayout {
            spacing: Style.margin
            RadioButton {
                text: qsTr("A4")
                checked: true
                Accessible.name: qsTr("A4 paper")
            }
            RadioButton {
                id: letterChoice
                text: qsTr("Letter")
                Accessible.name: qsTr("US Letter paper")
            }
        }
        DialogFailure {
            id: failureLabel
            Layout.fillWidth: true
            listening: dialog.visible || fileDialog.visible
        }
        SavedFileNotice {
            objectName: "worksheetSaved"
            Layout.fillWidth: true
            message: dialog.message
            file: dialog.savedFile
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "chooseWorksheetFileButton"
            text: qsTr("Choose file and save…")
            highlighted: true
            Accessible.name: qsTr("Choose where to save the worksheet and save it")
            onClicked: fileDialog.openWith(qsTr("%1-worksheet.pdf").arg(Workshop.session.stateCode))
        }
        Button {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close")
        }
    }

    SaveFileDialog {
        id: fileDialog
        objectName: "worksheetFileDialog"
        title: qsTr("Save the worksheet")
        suffix: "pdf"
        onFileChosen: file => dialog.write(file)
    }
}
