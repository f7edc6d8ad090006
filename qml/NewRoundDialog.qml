// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Starts a new draft from an earlier assessment, carrying over its ratings and checklist.
Dialog {
    id: dialog

    property string fromAssessmentId

    signal created(string assessmentId)

    function openFor(assessmentId, stateName, previousTitle) {
        fromAssessmentId = assessmentId
        failureLabel.clear()
        intro.text = qsTr("A new draft for %1 starts with the ratings, targets, confidence, rationale and "
                          + "checklist of “%2”. The earlier assessment stays as it is.").arg(stateName).arg(previousTitle)
        titleField.text = ""
        dateField.text = Workshop.today
        open()
        titleField.forceActiveFocus()
    }

    function create() {
        const id = Workshop.startNewRound(fromAssessmentId, titleField.text, dateField.text)
        if (id === "")
            return
        close()
        created(id)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(600, parent ? parent.width - 2 * Style.pageMargin : 600)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("New round")

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            id: intro
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Style.margin
            Label {
                text: qsTr("Title")
            }
            TextField {
                id: titleField
                objectName: "newRoundTitleField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. National workshop, second round")
                Accessible.name: qsTr("Title of the new round")
                onAccepted: dialog.create()
            }
            Label {
                text: qsTr("Date")
            }
            TextField {
                id: dateField
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                Accessible.name: qsTr("Date of the new round (YYYY-MM-DD)")
                onAccepted: dialog.create()
            }
        }
        DialogFailure {
            id: failureLabel
            Layout.fillWidth: true
            listening: dialog.visible
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Start the new round")
            highlighted: true
            Accessible.name: text
            onClicked: dialog.create()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }
}
