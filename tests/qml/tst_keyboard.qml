// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// The walkthrough from the keyboard: a score key never becomes text in the wrong place, Tab
// moves between controls in the page's order (never into a text), the focused control is in
// view, and the levels are one radio group. Every change is checked in the database.
Item {
    width: 1280
    height: 720

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        property string assessmentId
        readonly property var session: Workshop.session

        function item(objectName) {
            return Helpers.requireItem(testCase, shell, objectName, true)
        }

        function stored(itemId) {
            return StoreProbe.response(assessmentId, itemId)
        }

        function flickable() {
            return item("itemScroll").contentItem
        }

        function waitForLayout(target) {
            for (let round = 0; round < 2; ++round)
                Helpers.ancestors(target).forEach(ancestor => waitForItemPolished(ancestor))
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function typeIntoRationale(text) {
            const field = item("rationaleField")
            waitForLayout(field)
            Helpers.scrollIntoView(flickable(), field)
            mouseClick(field)
            tryVerify(() => field.activeFocus)
            typeText(text)
            return field
        }

        function focusedName() {
            const focused = testCase.Window.activeFocusItem
            return focused ? focused.objectName : ""
        }

        // Presses Tab until the named control has the focus; returns the names passed on the way.
        function tabTo(objectName, presses) {
            const passed = []
            for (let i = 0; i < presses; ++i) {
                keyClick(Qt.Key_Tab)
                passed.push(focusedName())
                if (focusedName() === objectName)
                    return passed
            }
            fail("Tab never reached " + objectName + "; passed " + JSON.stringify(passed))
        }

        function isInView(target) {
            const view = flickable()
            const top = target.mapToItem(view, 0, 0).y
            return top >= 0 && top + Math.min(target.height, view.height) <= view.height + 1
        }

        name: "Keyboard"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
            assessmentId = Workshop.createAssessment("NOR", Workshop.defaultFrameworkId, "Keyboard test", "2026-05-04")
            verify(assessmentId !== "", Workshop.saveStatus.errorMessage)
            shell.openAssessment(assessmentId)
            compare(shell.page, "walkthrough")
            tryVerify(() => item("rationaleField").visible)
        }

        function init() {
            shell.forceActiveFocus()
        }

        function cleanup() {
            verify(Workshop.flushPendingEdits(), Workshop.saveStatus.errorMessage)
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
        }

        function test_scoreKeyAfterPageDownScoresTheNewItem() {
            session.navigator.goToItem("CU-04")
            const field = typeIntoRationale("Agreed after debate")
            keyClick(Qt.Key_PageDown)
            compare(session.navigator.itemId, "CU-05")
            verify(!field.activeFocus, "the rationale field kept the focus on the next item")
            keyClick(Qt.Key_3)
            compare(stored("CU-05").score, 3)
            compare(stored("CU-05").rationale, "")
            compare(stored("CU-04").rationale, "Agreed after debate")
            compare(stored("CU-04").score, -1)
            compare(field.text, "")
        }

        function test_everyWayToAnotherItemLeavesTheField_data() {
            return [
                { tag: "Page Up", from: "CU-15", to: "CU-14", move: () => keyClick(Qt.Key_PageUp) },
                { tag: "U", from: "CU-16", to: "CU-17", move: () => keyClick(Qt.Key_U) },
                { tag: "navigation pane", from: "CU-18", to: "CU-19", move: () => {
                    const list = item("navigationList")
                    list.positionViewAtIndex(session.navigator.currentIndex + 1, ListView.Contain)
                    mouseClick(list.itemAtIndex(session.navigator.currentIndex + 1))
                } },
                { tag: "Ctrl+F", from: "CU-20", to: "EP-05", move: () => {
                    keyClick(Qt.Key_F, Qt.ControlModifier)
                    const field = Helpers.findItem(testCase.Overlay.overlay, "findField", true)
                    tryVerify(() => field && field.activeFocus)
                    typeText("labour migration")
                    const results = Helpers.findItem(testCase.Overlay.overlay, "findResults", true)
                    tryVerify(() => results.count === 1)
                    keyClick(Qt.Key_Return)
                } }
            ]
        }

        function test_everyWayToAnotherItemLeavesTheField(data) {
            session.navigator.goToItem(data.from)
            const field = typeIntoRationale("Kept")
            if (data.tag === "U") {
                // U is text inside the field; Esc leaves it first, as the field says.
                keyClick(Qt.Key_Escape)
                verify(!field.activeFocus)
            }
            data.move()
            compare(session.navigator.itemId, data.to)
            tryVerify(() => !field.activeFocus, 2000, "the rationale field kept the focus")
            keyClick(Qt.Key_2)
            compare(stored(data.to).score, 2)
            compare(stored(data.to).rationale, "")
            compare(stored(data.from).rationale, "Kept")
        }

        function test_tabMovesOnAndNeverTypesATab() {
            session.navigator.goToItem("CU-06")
            const field = typeIntoRationale("Typed")
            keyClick(Qt.Key_Tab)
            verify(!field.activeFocus, "Tab stayed in the rationale")
            compare(field.text, "Typed")
            field.forceActiveFocus()
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            verify(!field.activeFocus, "Shift+Tab stayed in the rationale")
            compare(field.text, "Typed")
            verify(Workshop.flushPendingEdits())
            compare(stored("CU-06").rationale, "Typed")
        }

        function test_clickOutsideReleasesTheField() {
            session.navigator.goToItem("CU-07")
            const field = typeIntoRationale("Clicked away")
            // Between the two columns: no control there.
            const scroll = item("itemScroll")
            mouseClick(scroll, scroll.width / 2, 30)
            verify(!field.activeFocus, "a click beside the controls left the focus in the rationale")
            field.forceActiveFocus()
            const text = item("officialText")
            Helpers.scrollIntoView(flickable(), text)
            mouseClick(text)
            verify(!field.activeFocus, "a click on the official text left the focus in the rationale")
            compare(stored("CU-07").rationale, "Clicked away")
            keyClick(Qt.Key_1)
            compare(stored("CU-07").score, 1)
        }

        function test_upAndDownScrollThePage() {
            session.navigator.goToItem("EP-04")
            tryVerify(() => flickable().contentHeight > flickable().height)
            compare(flickable().contentY, 0)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            verify(flickable().contentY > 0, "Down did not scroll")
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(flickable().contentY, 0)
            compare(session.navigator.itemId, "EP-04")
        }

        function test_levelsAreOneRadioGroup() {
            session.navigator.goToItem("CU-08")
            const levels = [0, 1, 2, 3, 4].map(value => item("levelOption" + value))
            const notApplicable = item("notApplicableOption")
            verify(levels.every(level => !level.checked) && !notApplicable.checked)
            tabTo("levelOption0", 30)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(focusedName(), "levelOption2")
            compare(stored("CU-08").score, -1, "moving in the group chose a level")
            keyClick(Qt.Key_Space)
            compare(stored("CU-08").score, 2)
            compare(levels.filter(level => level.checked).length, 1)
            verify(levels[2].checked)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(focusedName(), "notApplicableOption")
            keyClick(Qt.Key_Return)
            compare(stored("CU-08").notApplicable, true)
            verify(notApplicable.checked && levels.every(level => !level.checked))
            // The chosen option is the group's Tab stop.
            shell.forceActiveFocus()
            const passed = tabTo("notApplicableOption", 30)
            verify(passed.every(name => !name.startsWith("levelOption")), JSON.stringify(passed))
        }

        function test_tabFollowsThePageAndShowsTheFocus() {
            session.navigator.goToItem("EP-01")
            const passed = tabTo("nextButton", 80)
            const order = ["levelOption0", "target0", "confidence_low", "rationaleField", "checklist_EP-01.1_in_place",
                           "addNoteButton", "newActionText", "previousButton", "nextButton"]
            let last = -1
            for (const name of order) {
                const position = passed.indexOf(name)
                verify(position > last, name + " out of order in " + JSON.stringify(passed))
                last = position
            }
            compare(stored("EP-01").rationale, "")
            compare(stored("EP-01").score, -1)
        }

        function test_focusedControlIsScrolledIntoView() {
            session.navigator.goToItem("EP-02")
            tabTo("addNoteButton", 80)
            const button = item("addNoteButton")
            waitForLayout(button)
            verify(isInView(button), "the focused Add note button is outside the view")
            tabTo("levelOption0", 80)
            verify(isInView(item("levelOption0")), "the focused level is outside the view")
        }
    }
}
