// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest

// Typing one paper worksheet with the keyboard only: adding the participant, levels and N/A
// moving on to the next item, a refused key, arrows, Backspace and Ctrl+S.
Item {
    width: 1280
    height: 720

    TallyPage {
        id: page
    }

    TestCase {
        id: testCase

        readonly property var model: page.tally.model

        function control(objectName) {
            const found = findChild(page.contentItem, objectName)
            verify(found, "no " + objectName)
            return found
        }

        function cell(row, column) {
            return model.data(model.index(row, column))
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        name: "Tally"
        when: windowShown

        function initTestCase() {
            const assessmentId = Workshop.createAssessment("NOR", Workshop.defaultFrameworkId, "Tally test",
                                                           "2026-05-05")
            verify(assessmentId !== "", Workshop.saveStatus.errorMessage)
            verify(Workshop.openAssessment(assessmentId))
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
        }

        function cleanupTestCase() {
            Workshop.closeAssessment()
        }

        function test_typingAWorksheet() {
            page.open()
            tryVerify(() => page.opened)
            compare(model.rowCount(), 0)
            control("tallyNameField").forceActiveFocus()
            typeText("Amina")
            keyClick(Qt.Key_Tab)
            typeText("Interior")
            keyClick(Qt.Key_Return)
            compare(model.rowCount(), 1)
            const grid = control("tallyGrid")
            tryVerify(() => grid.activeFocus)

            typeText("2n")
            typeText("x")
            compare(grid.cursorColumn, 2, "a refused key does not move on")
            typeText("4")
            compare([cell(0, 0), cell(0, 1), cell(0, 2)], ["2", "N/A", "4"])
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Backspace)
            compare(cell(0, 2), "")
            compare(grid.cursorColumn, 2)
            keyClick(Qt.Key_Down)
            compare(grid.cursorRow, 0, "there is no second participant")
            verify(page.tally.dirty)

            keyClick(Qt.Key_S, Qt.ControlModifier)
            verify(!page.tally.dirty, Workshop.saveStatus.errorMessage)
            compare(Workshop.session.room.participants, 1)
            page.close()
            tryVerify(() => !page.visible)
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings")
        }
    }
}
