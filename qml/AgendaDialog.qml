// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The workshop's agenda: sessions of consecutive items, each with a time box. Presenter mode shows the
// time left in the current item's session.
Dialog {
    id: dialog

    property bool editable: true
    property string problem

    function add() {
        problem = agenda.addSession(titleField.text, fromBox.currentText, toBox.currentText, minutesBox.value)
        if (problem === "") {
            titleField.clear()
            chooseNextFreeItems()
        }
    }

    function chooseNextFreeItems() {
        fromBox.currentIndex = agenda.nextFreeItem
        toBox.currentIndex = agenda.nextFreeItem
    }

    function durationText(minutes) {
        if (minutes < 60)
            return qsTr("%1 min").arg(minutes)
        return minutes % 60 === 0 ? qsTr("%1 h").arg(minutes / 60)
                                  : qsTr("%1 h %2 min").arg(Math.floor(minutes / 60)).arg(minutes % 60)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 2 * Style.pageMargin : 720)
    height: Math.min(600, parent ? parent.height - 2 * Style.pageMargin : 600)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Agenda")
    onAboutToShow: {
        problem = ""
        agenda.reload()
        chooseNextFreeItems()
    }

    AgendaController {
        id: agenda
        session: Workshop.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Style.gap

        Label {
            objectName: "agendaTotal"
            Layout.fillWidth: true
            text: agenda.sessions.count === 0
                  ? qsTr("No session planned yet. Add the sessions of the workshop in order.")
                  : qsTr("Sessions: %1 · in all: %2").arg(agenda.sessions.count).arg(dialog.durationText(agenda.totalMinutes))
            wrapMode: Text.Wrap
        }

        ListView {
            id: sessions
            objectName: "agendaList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Style.gap / 2
            model: agenda.sessions
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: row
                required property int index
                required property string title
                required property string firstItem
                required property string lastItem
                required property int minutes
                required property int itemCount
                width: sessions.width
                spacing: Style.gap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1. %2 · %3–%4 (%n item(s)) · %5", "", row.itemCount).arg(row.index + 1).arg(row.title)
                          .arg(row.firstItem).arg(row.lastItem).arg(dialog.durationText(row.minutes))
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Remove")
                    flat: true
                    enabled: dialog.editable
                    Accessible.name: qsTr("Remove the session %1").arg(row.title)
                    onClicked: agenda.removeSession(row.index)
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Style.gap
            rowSpacing: Style.gap
            enabled: dialog.editable

            TextField {
                id: titleField
                objectName: "agendaTitleField"
                Layout.columnSpan: 4
                Layout.fillWidth: true
                placeholderText: qsTr("Session title, e.g. Morning: labour migration")
                Accessible.name: qsTr("Title of the new session")
                onAccepted: dialog.add()
            }
            Label {
                text: qsTr("From")
            }
            ComboBox {
                id: fromBox
                objectName: "agendaFromBox"
                Layout.fillWidth: true
                model: agenda.itemIds
                Accessible.name: qsTr("First item of the session")
            }
            Label {
                text: qsTr("to")
            }
            ComboBox {
                id: toBox
                objectName: "agendaToBox"
                Layout.fillWidth: true
                model: agenda.itemIds
                Accessible.name: qsTr("Last item of the session")
            }
            Label {
                text: qsTr("Minutes")
            }
            SpinBox {
                id: minutesBox
                objectName: "agendaMinutesBox"
                from: 1
                to: 480
                value: 45
                stepSize: 5
                editable: true
                Accessible.name: qsTr("Time box of the session in minutes")
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "agendaAddButton"
                text: qsTr("Add session")
                highlighted: true
                Accessible.name: qsTr("Add the session to the agenda")
                onClicked: dialog.add()
            }
        }

        Label {
            objectName: "agendaProblem"
            Layout.fillWidth: true
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Style.errorColor
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close the agenda")
        }
    }
}
