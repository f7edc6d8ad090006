// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// An assessment's details: the national team (name, agency, role) shown on the report's
// cover, one member at a time. A final assessment's team is shown read-only.
Dialog {
    id: dialog

    property bool readOnly
    readonly property var team: Workshop.team

    function openFor(assessmentId, stateName, assessmentTitle, isFinal) {
        readOnly = isFinal
        title = qsTr("Details of “%1” (%2)").arg(assessmentTitle).arg(stateName)
        team.load(assessmentId)
        clearFields()
        open()
    }

    function clearFields() {
        nameField.text = ""
        agencyField.text = ""
        roleField.text = ""
    }

    function addMember() {
        if (team.addMember(nameField.text, agencyField.text, roleField.text)) {
            clearFields()
            nameField.forceActiveFocus()
        }
    }

    objectName: "assessmentDetailsDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 2 * Style.pageMargin : 720)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Style.pageMargin : implicitHeight)
    modal: true
    focus: true
    padding: Style.margin

    onOpened: {
        if (!readOnly)
            nameField.forceActiveFocus()
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        SectionHeading {
            Layout.fillWidth: true
            text: qsTr("National team")
            note: dialog.readOnly ? qsTr("This assessment is final and read-only. Reopen it to change its team.")
                                  : qsTr("Shown on the cover of the gap report.")
        }

        Label {
            objectName: "noTeamLabel"
            Layout.fillWidth: true
            visible: dialog.team.members.length === 0
            text: qsTr("No team members yet.")
            color: Style.secondaryForeground
        }

        Repeater {
            model: dialog.team.members
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                objectName: "teamMember" + modelData.number
                spacing: Style.gap
                Label {
                    Layout.fillWidth: true
                    text: [modelData.name, modelData.agency, modelData.role].filter(part => part !== "").join(" · ")
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "removeMemberButton"
                    text: qsTr("Remove")
                    flat: true
                    visible: !dialog.readOnly
                    Accessible.name: qsTr("Remove %1 from the team").arg(modelData.name)
                    onClicked: dialog.team.removeMember(modelData.number)
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            visible: !dialog.readOnly
            columns: dialog.availableWidth > 560 ? 4 : 1
            columnSpacing: Style.gap
            rowSpacing: Style.gap
            TextField {
                id: nameField
                objectName: "memberNameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Name")
                selectByMouse: true
                Accessible.name: qsTr("Name of the new team member")
                onAccepted: dialog.addMember()
            }
            TextField {
                id: agencyField
                objectName: "memberAgencyField"
                Layout.fillWidth: true
                placeholderText: qsTr("Agency")
                selectByMouse: true
                Accessible.name: qsTr("Agency of the new team member")
                onAccepted: dialog.addMember()
            }
            TextField {
                id: roleField
                objectName: "memberRoleField"
                Layout.fillWidth: true
                placeholderText: qsTr("Role")
                selectByMouse: true
                Accessible.name: qsTr("Role of the new team member")
                onAccepted: dialog.addMember()
            }
            Button {
                objectName: "addMemberButton"
                text: qsTr("Add member")
                enabled: nameField.text.trim() !== ""
                Accessible.name: qsTr("Add the member to the team")
                onClicked: dialog.addMember()
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "closeDetailsButton"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close")
        }
    }
}
