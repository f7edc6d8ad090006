// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// What the government will do about this item: text, owning agency, due date, status.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var session: Workshop.session

    function addAction() {
        if (session.actions.addAction(textField.text, ownerField.text, dueField.text)) {
            textField.text = ""
            ownerField.text = ""
            dueField.text = ""
        }
    }

    spacing: Style.gap

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Actions (%1)").arg(section.session.actions.model.count)
        note: qsTr("Changes are saved as you type.")
    }

    EditConflictNotice {
        objectName: "actionConflictNotice"
        Layout.fillWidth: true
        editor: section.session.actions
    }

    Repeater {
        objectName: "actionRepeater"
        model: section.session.actions.model
        delegate: ActionDelegate {
            Layout.fillWidth: true
            editable: section.editable
            onRemoveRequested: removeDialog.openFor(actionId, text)
        }
    }

    Frame {
        Layout.fillWidth: true
        implicitWidth: 400
        visible: section.editable
        padding: Style.gap
        leftPadding: Style.margin

        GridLayout {
            id: grid

            anchors.left: parent.left
            anchors.right: parent.right
            columns: width > 640 ? 4 : 2
            columnSpacing: Style.gap
            rowSpacing: 0

            TextField {
                id: textField
                objectName: "newActionText"
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns > 2 ? 1 : 2
                Layout.preferredWidth: 400
                placeholderText: qsTr("New action")
                Accessible.name: qsTr("Text of the new action")
                onAccepted: section.addAction()
            }
            TextField {
                id: ownerField
                objectName: "newActionOwner"
                Layout.fillWidth: true
                Layout.preferredWidth: 260
                placeholderText: qsTr("Owning agency")
                Accessible.name: qsTr("Agency owning the new action")
                onAccepted: section.addAction()
            }
            TextField {
                id: dueField
                objectName: "newActionDue"
                Layout.fillWidth: true
                Layout.preferredWidth: 130
                // As wide as its placeholder, which is longer in some languages.
                Layout.minimumWidth: Math.ceil(dueMetrics.advanceWidth) + leftPadding + rightPadding + 2
                placeholderText: qsTr("Due YYYY-MM-DD")
                TextMetrics {
                    id: dueMetrics
                    font: dueField.font
                    text: dueField.placeholderText
                }
                Accessible.name: qsTr("Due date of the new action (YYYY-MM-DD)")
                onAccepted: section.addAction()
            }
            Button {
                objectName: "addActionButton"
                text: qsTr("Add action")
                enabled: textField.text.trim() !== ""
                Accessible.name: qsTr("Add the action")
                onClicked: section.addAction()
            }
        }
    }

    ConfirmDialog {
        id: removeDialog

        property var actionId

        function openFor(id, actionText) {
            actionId = id
            message = qsTr("Remove the action “%1”?").arg(actionText)
            open()
        }

        title: qsTr("Remove action")
        confirmText: qsTr("Remove")
        onConfirmed: section.session.actions.removeAction(actionId)
    }
}
