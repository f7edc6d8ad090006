// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One planned action, edited in place; text changes are saved after a short pause.
Frame {
    id: action

    required property var actionId
    required property string text
    required property string owner
    required property string due
    required property string status
    required property string review
    property bool editable: true

    signal removeRequested()

    readonly property var statusOptions: [
        { value: "open", label: qsTr("Open") },
        { value: "in_progress", label: qsTr("In progress") },
        { value: "done", label: qsTr("Done") },
        { value: "dropped", label: qsTr("Dropped") }
    ]

    // Sized by the section; the fields follow its width.
    implicitWidth: 400
    padding: Style.gap
    leftPadding: Style.margin
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Action: %1").arg(text)

    GridLayout {
        id: grid

        anchors.left: parent.left
        anchors.right: parent.right
        columns: width > 640 ? 4 : 2
        columnSpacing: Style.gap
        rowSpacing: 0

        TextField {
            objectName: "actionText"
            Layout.fillWidth: true
            Layout.columnSpan: grid.columns
            text: action.text
            readOnly: !action.editable
            placeholderText: qsTr("What will be done")
            Accessible.name: qsTr("Action text")
            onTextEdited: Workshop.session.actions.editActionText(action.actionId, text)
            onEditingFinished: Workshop.flushPendingEdits()
        }
        TextField {
            objectName: "actionOwner"
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            text: action.owner
            readOnly: !action.editable
            placeholderText: qsTr("Owning agency")
            Accessible.name: qsTr("Agency owning the action")
            onTextEdited: Workshop.session.actions.editActionOwner(action.actionId, text)
            onEditingFinished: Workshop.flushPendingEdits()
        }
        TextField {
            objectName: "actionDue"
            Layout.fillWidth: true
            Layout.preferredWidth: 130
            Layout.minimumWidth: 110
            text: action.due
            readOnly: !action.editable
            placeholderText: qsTr("Due YYYY-MM-DD")
            Accessible.name: qsTr("Due date of the action (YYYY-MM-DD)")
            onEditingFinished: {
                if (text !== action.due)
                    Workshop.session.actions.setActionDue(action.actionId, text)
            }
        }
        ComboBox {
            id: statusBox
            objectName: "actionStatus"
            Layout.fillWidth: true
            Layout.preferredWidth: 160
            Layout.minimumWidth: 140
            model: action.statusOptions
            textRole: "label"
            valueRole: "value"
            currentIndex: action.statusOptions.findIndex(option => option.value === action.status)
            enabled: action.editable
            Accessible.name: qsTr("Status of the action")
            // Up and Down change the status here instead of scrolling the page.
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Up || event.key === Qt.Key_Down
            onActivated: {
                Workshop.session.actions.setActionStatus(action.actionId, currentValue)
                currentIndex = Qt.binding(() => action.statusOptions.findIndex(option => option.value === action.status))
            }
        }
        Label {
            objectName: "carriedActionNote"
            Layout.columnSpan: grid.columns
            Layout.fillWidth: true
            Layout.topMargin: Style.gap
            visible: action.review !== ""
            text: action.review === "to_review" ? qsTr("Carried over from the previous round: review it.")
                                                : qsTr("Carried over from the previous round.")
            color: action.review === "to_review" ? Style.errorColor : Style.foreground
            wrapMode: Text.Wrap
        }
        ChoiceRow {
            Layout.columnSpan: grid.columns
            Layout.fillWidth: true
            visible: action.review !== ""
            enabled: action.editable
            objectNamePrefix: "actionReview_"
            accessibleName: qsTr("Review of the carried-over action")
            clearable: false
            options: [
                { value: "continuing", label: qsTr("Continuing") },
                { value: "done", label: qsTr("Done") },
                { value: "dropped", label: qsTr("Dropped") }
            ]
            value: action.review
            onChosen: value => Workshop.session.actions.reviewAction(action.actionId, value)
        }
        Button {
            objectName: "removeActionButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Remove…")
            flat: true
            enabled: action.editable
            Accessible.name: qsTr("Remove this action")
            onClicked: action.removeRequested()
        }
    }
}
