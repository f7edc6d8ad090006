// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// The start page on a database that starts empty: the demo offer, creating, finalizing,
// reopening, new rounds and deleting, each checked in the database.
Item {
    width: 1280
    height: 720

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        function item(objectName) {
            return Helpers.requireItem(testCase, shell, objectName)
        }

        function dialogItem(objectName) {
            return Helpers.requireDialogItem(testCase, testCase.Overlay.overlay, objectName)
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function card(row) {
            const list = item("assessmentList")
            list.positionViewAtIndex(row, ListView.Contain)
            const delegate = list.itemAtIndex(row)
            verify(delegate, "no assessment card at row " + row)
            return delegate
        }

        function cardButton(row, objectName) {
            const button = Helpers.findItem(card(row), objectName)
            verify(button, "no " + objectName + " on card " + row)
            return button
        }

        function rowOf(assessmentId) {
            const model = Workshop.assessments
            for (let row = 0; row < model.count; ++row) {
                if (card(row).assessmentId === assessmentId)
                    return row
            }
            return -1
        }

        name: "StartPage"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
            shell.showPage("start")
            tryVerify(() => item("assessmentList").visible)
        }

        function test_1_emptyDatabaseOffersTheDemo() {
            compare(StoreProbe.assessmentCount(), 0)
            const demoButton = item("loadDemoButton")
            tryVerify(() => demoButton.visible)
            mouseClick(demoButton)
            compare(StoreProbe.assessmentCount(), 8)
            compare(shell.page, "walkthrough")
            compare(Workshop.session.stateCode, "XAA")
            compare(Workshop.session.isFinal, false)
            shell.showPage("start")
            compare(Workshop.assessments.count, 8)
            verify(!item("loadDemoButton").visible)
        }

        function test_2_createAnAssessment() {
            mouseClick(item("newAssessmentButton"))
            const search = dialogItem("stateSearchField")
            tryVerify(() => search.activeFocus)
            mouseClick(dialogItem("createButton"))
            verify(Workshop.saveStatus.errorMessage.indexOf("ISO 3166") >= 0, Workshop.saveStatus.errorMessage)
            compare(StoreProbe.assessmentCount(), 8, "nothing is created without a state")
            const failure = dialogItem("newAssessmentFailure")
            verify(failure.visible)
            compare(failure.text, Workshop.saveStatus.errorMessage)

            mouseClick(search)
            typeText("Ghana")
            const states = dialogItem("stateList")
            tryVerify(() => states.count === 1)
            keyClick(Qt.Key_Return)
            mouseClick(dialogItem("titleField"))
            typeText("National workshop")
            mouseClick(dialogItem("createButton"))
            compare(StoreProbe.assessmentCount(), 9)
            compare(shell.page, "walkthrough")
            compare(Workshop.session.stateCode, "GHA")
            compare(Workshop.session.title, "National workshop")
            compare(Workshop.session.date, Workshop.today)
        }

        function test_3_finalizeAndReopen() {
            const id = Workshop.newestAssessmentId()
            verify(Workshop.openAssessment(id))
            Workshop.session.navigator.goToItem("CU-01")
            verify(Workshop.session.response.chooseLevel(2))
            shell.showPage("start")
            const row = rowOf(id)
            verify(row >= 0)
            mouseClick(cardButton(row, "finalizeButton"))
            const message = () => Helpers.findItem(testCase.Overlay.overlay, "confirmMessage", true)
            tryVerify(() => message() !== null)
            verify(message().text.indexOf("39 items are still unassessed") >= 0, message().text)
            mouseClick(dialogItem("cancelButton"))
            tryVerify(() => message() === null)
            compare(StoreProbe.status(id), "draft", "cancel leaves the assessment a draft")

            mouseClick(cardButton(rowOf(id), "finalizeButton"))
            tryVerify(() => message() !== null)
            mouseClick(dialogItem("confirmButton"))
            compare(StoreProbe.status(id), "final")
            tryVerify(() => message() === null)
            compare(cardButton(rowOf(id), "finalizeButton").text, "Reopen…")

            mouseClick(cardButton(rowOf(id), "finalizeButton"))
            tryVerify(() => message() !== null)
            verify(message().text.indexOf("Reopen") === 0, message().text)
            mouseClick(dialogItem("cancelButton"))
            tryVerify(() => message() === null)
            compare(StoreProbe.status(id), "final", "cancel leaves the assessment final")
            mouseClick(cardButton(rowOf(id), "finalizeButton"))
            tryVerify(() => message() !== null)
            mouseClick(dialogItem("confirmButton"))
            compare(StoreProbe.status(id), "draft")
            tryVerify(() => message() === null)
        }

        function test_4_newRoundCopiesTheRatings() {
            const before = StoreProbe.assessmentCount()
            const id = Workshop.newestAssessmentId()
            mouseClick(cardButton(rowOf(id), "newRoundButton"))
            const title = dialogItem("newRoundTitleField")
            tryVerify(() => title.activeFocus)
            typeText("Second round")
            keyClick(Qt.Key_Return)
            compare(StoreProbe.assessmentCount(), before + 1)
            compare(shell.page, "walkthrough")
            const newId = Workshop.session.assessmentId
            verify(newId !== id)
            compare(Workshop.session.title, "Second round")
            compare(StoreProbe.response(newId, "CU-01").score, 2)
        }

        function test_5_deleteAfterConfirmation() {
            const id = Workshop.newestAssessmentId()
            const before = StoreProbe.assessmentCount()
            mouseClick(cardButton(rowOf(id), "deleteButton"))
            mouseClick(dialogItem("cancelButton"))
            verify(StoreProbe.hasAssessment(id))
            mouseClick(cardButton(rowOf(id), "deleteButton"))
            mouseClick(dialogItem("confirmButton"))
            verify(!StoreProbe.hasAssessment(id))
            compare(StoreProbe.assessmentCount(), before - 1)
            compare(Workshop.assessments.count, before - 1)
            compare(rowOf(id), -1)
        }

        function test_6_filterByStateTitleAndStatus() {
            const list = item("assessmentList")
            const total = Workshop.assessments.count
            compare(list.count, total)
            list.positionViewAtBeginning()
            const search = item("assessmentSearchField")
            const filterBy = text => {
                search.forceActiveFocus()
                search.selectAll()
                typeText(text)
                compare(search.text, text)
            }
            filterBy("ghana")
            tryCompare(list, "count", 1)
            compare(card(0).stateCode, "GHA")
            keyClick(Qt.Key_Escape)
            tryCompare(list, "count", total)

            filterBy("XAA")
            tryVerify(() => list.count === 3, 5000, "the demo has three rounds for Aurelia (XAA)")
            filterBy("national work")
            tryCompare(list, "count", 1)
            compare(card(0).title, "National workshop")
            mouseClick(item("clearFilterButton"))
            tryCompare(list, "count", total)

            const status = item("assessmentStatusFilter")
            status.currentIndex = 2
            status.activated(2)
            tryVerify(() => list.count > 0 && list.count < total, 5000, "finals: " + list.count)
            for (let row = 0; row < list.count; ++row)
                verify(card(row).isFinal, "row " + row + " is final")
            status.currentIndex = 1
            status.activated(1)
            tryVerify(() => list.count > 0 && list.count < total, 5000, "drafts: " + list.count)
            for (let row = 0; row < list.count; ++row)
                verify(!card(row).isFinal, "row " + row + " is a draft")

            filterBy("no such state")
            tryCompare(list, "count", 0)
            verify(item("noMatchLabel").visible)
            verify(!item("loadDemoButton").visible, "a filter that hides everything does not offer the demo")
            mouseClick(item("clearFilterButton"))
            tryCompare(list, "count", total)
            compare(search.text, "")
            compare(status.currentIndex, 0)
        }

        // A database that cannot be opened leaves the current one open; a server address asks for a password.
        function test_7_openDatabaseKeepsTheCurrentOneOnAProblem() {
            const before = Workshop.databasePath
            const count = StoreProbe.assessmentCount()
            mouseClick(item("openDatabaseButton"))
            const address = dialogItem("databaseAddressField")
            tryVerify(() => address.activeFocus, 5000, "the address field takes the focus")
            verify(!Helpers.findItem(testCase.Overlay.overlay, "databasePasswordField", true), "no password for a file")
            const missing = StoreProbe.tempDirPath() + "/missing.sqlite"
            typeText(missing)
            keyClick(Qt.Key_Return)
            const problem = dialogItem("databaseProblemText")
            tryCompare(problem, "text", missing + ": there is no database file there")
            compare(Workshop.databasePath, before)
            compare(StoreProbe.assessmentCount(), count)
            verify(item("assessmentList").count > 0, "the assessments are still listed")

            address.text = ""
            typeText("postgresql://team@db.example.org/iamm")
            const password = dialogItem("databasePasswordField")
            compare(password.echoMode, TextInput.Password)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !address.visible, 5000, "the dialog closes")
            compare(Workshop.databasePath, before)
        }
    }
}
