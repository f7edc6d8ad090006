// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The facilitator's private aids on the current item: a note, questions parked to come back to, and
// the way to the whole parking lot and the agenda. Folded by default, so a projected walkthrough does
// not show the notes; never in a shared export, in the report only when asked.
ColumnLayout {
    id: section

    property bool editable: true
    property bool unfolded: false
    readonly property alias facilitation: facilitation

    spacing: Style.gap
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Facilitator's notes and parking lot")

    FacilitationController {
        id: facilitation
        session: Workshop.session
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Style.gap
        SectionHeading {
            Layout.fillWidth: true
            text: qsTr("Facilitator (private)")
            note: facilitation.note.trim() === ""
                  ? qsTr("Open questions in the parking lot: %1, on this item: %2")
                    .arg(facilitation.openQuestions).arg(facilitation.openQuestionsHere)
                  : qsTr("Open questions in the parking lot: %1, on this item: %2 · this item has a note")
                    .arg(facilitation.openQuestions).arg(facilitation.openQuestionsHere)
        }
        Button {
            objectName: "facilitatorFoldButton"
            text: section.unfolded ? qsTr("Hide") : qsTr("Show")
            Accessible.name: section.unfolded ? qsTr("Hide the facilitator's notes") : qsTr("Show the facilitator's notes")
            onClicked: section.unfolded = !section.unfolded
        }
    }

    AutosaveTextArea {
        objectName: "facilitatorNoteField"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(80, implicitHeight)
        visible: section.unfolded
        savedText: facilitation.note
        readOnly: !section.editable
        placeholderText: qsTr("Private note on this item: who to ask, what to check, what was said off the record")
        Accessible.name: qsTr("Facilitator's private note on this item")
        onEdited: text => facilitation.editNote(text)
    }

    EditConflictNotice {
        objectName: "facilitatorNoteConflictNotice"
        Layout.fillWidth: true
        editor: facilitation
    }

    RowLayout {
        Layout.fillWidth: true
        visible: section.unfolded
        spacing: Style.gap
        TextField {
            id: questionField
            objectName: "parkQuestionField"
            Layout.fillWidth: true
            enabled: section.editable
            placeholderText: qsTr("A question to come back to")
            Accessible.name: qsTr("Question to park on this item")
            onAccepted: parkButton.clicked()
        }
        Button {
            id: parkButton
            objectName: "parkQuestionButton"
            text: qsTr("Park")
            enabled: section.editable && questionField.text.trim() !== ""
            Accessible.name: qsTr("Park the question on this item")
            onClicked: {
                if (facilitation.parkQuestion(questionField.text))
                    questionField.clear()
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        visible: section.unfolded
        spacing: Style.gap
        Button {
            objectName: "parkingLotButton"
            text: qsTr("Parking lot (%1 open)…").arg(facilitation.openQuestions)
            Accessible.name: qsTr("Open the parking lot: %n open question(s)", "", facilitation.openQuestions)
            onClicked: parkingLot.open()
        }
        Button {
            objectName: "agendaButton"
            text: qsTr("Agenda…")
            Accessible.name: qsTr("Plan the agenda: sessions of items, each with a time box")
            onClicked: agendaDialog.open()
        }
    }

    ParkingLotDialog {
        id: parkingLot
        facilitation: facilitation
        editable: section.editable
    }

    AgendaDialog {
        id: agendaDialog
        editable: section.editable
    }
}
