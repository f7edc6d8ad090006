// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Typing in the paper worksheets, keyboard only: one row per participant, one column per item.
// A level (0–4) or N moves on to the next item; Backspace or Delete clears; arrows move; Enter
// moves down. What a cell accepts is decided by the model.
Popup {
    id: page

    readonly property alias tally: tally
    readonly property alias grid: grid

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 800
    height: parent ? parent.height : 600
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: Style.margin

    onAboutToShow: {
        failure.clear()
        tally.load()
        grid.moveTo(0, 0)
    }
    onOpened: grid.forceActiveFocus()

    TallyController {
        id: tally
        session: Workshop.session
    }

    background: Rectangle {
        color: Style.background
    }

    contentItem: ColumnLayout {
        spacing: Style.gap
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Enter paper worksheets")
        Keys.onPressed: event => {
            if (event.matches(StandardKey.Save)) {
                tally.save()
                event.accepted = true
            }
        }

        SectionHeading {
            Layout.fillWidth: true
            text: qsTr("Enter paper worksheets")
            note: qsTr("Type 0–4 or N for each item: the cursor moves to the next item. Backspace clears, "
                       + "arrows move, Enter moves down. Ctrl+S saves.")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 0
            columnSpacing: 0

            Item {
                Layout.preferredWidth: participantHeader.width
                Layout.preferredHeight: itemHeader.height
            }
            HorizontalHeaderView {
                id: itemHeader
                Layout.fillWidth: true
                Layout.preferredHeight: 32
                syncView: grid
                clip: true
            }
            VerticalHeaderView {
                id: participantHeader
                Layout.fillHeight: true
                Layout.preferredWidth: 240
                syncView: grid
                clip: true
                delegate: Rectangle {
                    id: participantCell
                    required property string display
                    implicitWidth: 240
                    implicitHeight: 36
                    color: Style.subtleSurface
                    border.color: Style.divider
                    Label {
                        anchors.fill: parent
                        text: participantCell.display
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                        leftPadding: Style.gap
                        rightPadding: Style.gap
                    }
                }
            }
            TableView {
                id: grid

                property int cursorRow: 0
                property int cursorColumn: 0

                function moveTo(row, column) {
                    const rowCount = tally.model.rowCount()
                    const columnCount = tally.model.columnCount()
                    cursorRow = Math.max(0, Math.min(rowCount - 1, row))
                    cursorColumn = Math.max(0, Math.min(columnCount - 1, column))
                    if (rowCount === 0 || columnCount === 0)
                        return
                    // The table follows the model only at its next polish; positioning on a row it
                    // has not loaded yet crashes Qt 6.4, so it is laid out first.
                    forceLayout()
                    positionViewAtCell(Qt.point(cursorColumn, cursorRow), TableView.Contain)
                }

                function advance() {
                    if (cursorColumn + 1 < tally.model.columnCount())
                        moveTo(cursorRow, cursorColumn + 1)
                    else if (cursorRow + 1 < tally.model.rowCount())
                        moveTo(cursorRow + 1, 0)
                }

                function type(text) {
                    if (!tally.model.setCell(cursorRow, cursorColumn, text))
                        return false
                    if (text !== "")
                        advance()
                    return true
                }

                objectName: "tallyGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                activeFocusOnTab: true
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: () => 64
                rowHeightProvider: () => 36
                model: tally.model
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Participants' views by item")

                // The walkthrough's window shortcuts (digits, N, arrows, Delete) must not take the keys typed here.
                Keys.onShortcutOverride: event => {
                    event.accepted = !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
                                     && event.key !== Qt.Key_Escape && event.key !== Qt.Key_Tab
                }
                Keys.onPressed: event => {
                    if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
                        return
                    switch (event.key) {
                    case Qt.Key_Left: moveTo(cursorRow, cursorColumn - 1); break
                    case Qt.Key_Right: moveTo(cursorRow, cursorColumn + 1); break
                    case Qt.Key_Up: moveTo(cursorRow - 1, cursorColumn); break
                    case Qt.Key_Down:
                    case Qt.Key_Return:
                    case Qt.Key_Enter: moveTo(cursorRow + 1, cursorColumn); break
                    case Qt.Key_Backspace:
                    case Qt.Key_Delete: type(""); break
                    default:
                        if (event.text === "" || !type(event.text))
                            return
                    }
                    event.accepted = true
                }

                delegate: Rectangle {
                    id: cell

                    required property int row
                    required property int column
                    required property string display
                    required property int level
                    required property bool notApplicable
                    required property string accessibleText
                    readonly property bool current: row === grid.cursorRow && column === grid.cursorColumn

                    implicitWidth: 64
                    implicitHeight: 36
                    color: notApplicable ? Style.notApplicableColor : level >= 0 ? Style.levelColor(level) : Style.surface
                    border.width: current && grid.activeFocus ? 3 : 1
                    border.color: current ? Style.accent : Style.divider
                    Accessible.role: Accessible.Cell
                    Accessible.name: accessibleText
                    Accessible.focused: current && grid.activeFocus

                    Label {
                        anchors.centerIn: parent
                        text: cell.display
                        font.weight: Font.Bold
                        color: cell.notApplicable ? Style.onNotApplicable : Style.levelTextColor(cell.level)
                    }
                    TapHandler {
                        onTapped: {
                            grid.moveTo(cell.row, cell.column)
                            grid.forceActiveFocus()
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: grid.rows === 0
            text: qsTr("No participant yet: add one for each worksheet below.")
            wrapMode: Text.Wrap
        }

        DialogFailure {
            id: failure
            Layout.fillWidth: true
            listening: page.opened
        }

        Flow {
            Layout.fillWidth: true
            spacing: Style.gap

            TextField {
                id: nameField
                objectName: "tallyNameField"
                width: 220
                placeholderText: qsTr("Participant's name")
                Accessible.name: qsTr("Name of the participant to add")
                onAccepted: addButton.add()
            }
            TextField {
                id: agencyField
                objectName: "tallyAgencyField"
                width: 220
                placeholderText: qsTr("Agency")
                Accessible.name: qsTr("Agency of the participant to add")
                onAccepted: addButton.add()
            }
            Button {
                id: addButton

                function add() {
                    const row = tally.model.addParticipant(nameField.text, agencyField.text)
                    if (row < 0)
                        return
                    nameField.clear()
                    agencyField.clear()
                    grid.moveTo(row, 0)
                    grid.forceActiveFocus()
                }

                objectName: "tallyAddButton"
                text: qsTr("Add participant")
                enabled: tally.model.canAdd(nameField.text)
                Accessible.name: text
                onClicked: add()
            }
            Button {
                objectName: "tallyRemoveButton"
                text: qsTr("Remove this participant")
                enabled: grid.rows > 0
                Accessible.name: qsTr("Remove the participant of the current row")
                onClicked: {
                    tally.model.removeParticipant(grid.cursorRow)
                    grid.moveTo(grid.cursorRow, grid.cursorColumn)
                }
            }
            Button {
                objectName: "tallySaveButton"
                text: qsTr("Save")
                highlighted: true
                enabled: tally.dirty
                Accessible.name: qsTr("Save the views (Ctrl+S)")
                onClicked: tally.save()
            }
            Button {
                objectName: "tallyCloseButton"
                text: tally.dirty ? qsTr("Close without saving") : qsTr("Close")
                Accessible.name: text
                onClicked: page.close()
            }
        }
    }
}
