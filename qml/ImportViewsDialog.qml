// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Adds participants' views to the open assessment from a file: a spreadsheet of votes names
// its participants; one participant's own exchange file needs their name and agency.
Dialog {
    id: dialog

    property url file
    readonly property bool askParticipant: Workshop.isParticipantFile(file)

    function openFor(chosenFile) {
        file = chosenFile
        failureLabel.clear()
        nameField.text = ""
        agencyField.text = ""
        open()
        if (askParticipant)
            nameField.forceActiveFocus()
    }

    function importViews() {
        if (Workshop.importViews(file, nameField.text, agencyField.text))
            close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Style.pageMargin : 560)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Add participants' views")

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("File: %1").arg(FileLocations.localPath(dialog.file))
            wrapMode: Text.WrapAnywhere
        }
        Label {
            Layout.fillWidth: true
            text: dialog.askParticipant
                  ? qsTr("One participant's own assessment: its levels and rationales become their views and comments.")
                  : qsTr("A spreadsheet of votes: the participants are named in the file. "
                         + "A participant who already has views is replaced.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        TextField {
            id: nameField
            objectName: "viewsParticipantField"
            Layout.fillWidth: true
            visible: dialog.askParticipant
            placeholderText: qsTr("Participant's name (may be left empty)")
            Accessible.name: qsTr("Participant's name")
            onAccepted: dialog.importViews()
        }
        TextField {
            id: agencyField
            objectName: "viewsAgencyField"
            Layout.fillWidth: true
            visible: dialog.askParticipant
            placeholderText: qsTr("Agency or ministry")
            Accessible.name: qsTr("Participant's agency")
            onAccepted: dialog.importViews()
        }
        DialogFailure {
            id: failureLabel
            objectName: "importViewsFailure"
            Layout.fillWidth: true
            listening: dialog.visible
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "importViewsButton"
            text: qsTr("Import")
            highlighted: true
            Accessible.name: qsTr("Import the views")
            onClicked: dialog.importViews()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }
}
