// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Every question parked during the workshop, open ones first: tick one off when the room has come
// back to it, go to its item, or remove it.
Dialog {
    id: dialog

    property FacilitationController facilitation
    property bool editable: true

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 2 * Style.pageMargin : 640)
    height: Math.min(560, parent ? parent.height - 2 * Style.pageMargin : 560)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Parking lot")

    ColumnLayout {
        anchors.fill: parent
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            visible: questions.count === 0
            text: qsTr("No question parked yet. Park one from the facilitator's section of an item.")
            wrapMode: Text.Wrap
        }

        ListView {
            id: questions
            objectName: "parkingLotList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Style.gap / 2
            model: dialog.facilitation ? dialog.facilitation.parkingLot : null
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: question
                required property var questionId
                required property string itemId
                required property string text
                required property bool done
                width: questions.width
                spacing: Style.gap

                CheckBox {
                    objectName: "questionDone_" + question.questionId
                    checked: question.done
                    enabled: dialog.editable
                    Accessible.name: qsTr("Done: %1").arg(question.text)
                    onToggled: dialog.facilitation.setQuestionDone(question.questionId, checked)
                }
                Label {
                    Layout.fillWidth: true
                    text: question.text
                    wrapMode: Text.Wrap
                    font.strikeout: question.done
                    opacity: question.done ? 0.6 : 1
                }
                Button {
                    text: question.itemId
                    flat: true
                    Accessible.name: qsTr("Go to item %1").arg(question.itemId)
                    onClicked: {
                        Workshop.session.navigator.goToItem(question.itemId)
                        dialog.close()
                    }
                }
                Button {
                    text: qsTr("Remove")
                    flat: true
                    enabled: dialog.editable
                    Accessible.name: qsTr("Remove the question: %1").arg(question.text)
                    onClicked: dialog.facilitation.removeQuestion(question.questionId)
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close the parking lot")
        }
    }
}
