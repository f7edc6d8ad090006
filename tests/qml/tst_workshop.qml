// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// Taking mistakes back (undo and redo, each a durable and audited write), the final
// assessment's notice, the national team in the details dialog and the save dialogs, each
// checked in the database or on disk.
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
            return Helpers.requireItem(testCase, shell, objectName)
        }

        function dialogItem(objectName) {
            return Helpers.requireDialogItem(testCase, testCase.Overlay.overlay, objectName)
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function stored(itemId) {
            return StoreProbe.response(assessmentId, itemId)
        }

        function card(assessmentIdWanted) {
            const list = item("assessmentList")
            for (let row = 0; row < list.count; ++row) {
                list.positionViewAtIndex(row, ListView.Contain)
                const delegate = list.itemAtIndex(row)
                if (delegate && delegate.assessmentId === assessmentIdWanted)
                    return delegate
            }
            fail("no card for " + assessmentIdWanted)
        }

        // The shown dialog's item with the objectName, or null.
        function shownInDialog(objectName) {
            return Helpers.findItem(testCase.Overlay.overlay, objectName, true)
        }

        function replaceText(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            typeText(text)
        }

        name: "Workshop"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
            assessmentId = Workshop.createAssessment("NOR", Workshop.defaultFrameworkId, "Undo test", "2026-05-04")
            verify(assessmentId !== "", Workshop.saveStatus.errorMessage)
            shell.openAssessment(assessmentId)
            compare(shell.page, "walkthrough")
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
        }

        function test_1_undoAndRedoWithKeysAndButtons() {
            session.navigator.goToItem("CU-04")
            verify(!item("undoButton").enabled)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_3)
            compare(stored("CU-04").score, 3)
            session.response.setTarget(4)
            session.response.setConfidence("high")
            session.navigator.goToItem("CU-05")
            keyClick(Qt.Key_N)
            compare(stored("CU-05").notApplicable, true)
            const auditBefore = StoreProbe.auditLog(assessmentId).length

            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(stored("CU-05").notApplicable, false)
            compare(StoreProbe.auditLog(assessmentId).length, auditBefore + 1, "an undo is audited")

            mouseClick(item("undoButton"))
            compare(stored("CU-04").confidence, "")
            compare(session.navigator.itemId, "CU-04", "undo shows the item it changed")
            mouseClick(item("undoButton"))
            compare(stored("CU-04").target, -1)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(stored("CU-04").score, 2)
            compare(session.response.score, 2)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(stored("CU-04").score, -1)
            verify(!item("undoButton").enabled)

            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            compare(stored("CU-04").score, 2)
            mouseClick(item("redoButton"))
            compare(stored("CU-04").score, 3)
            compare(session.response.score, 3)
            const log = StoreProbe.auditLog(assessmentId)
            compare(log[log.length - 1].field, "rating")
            compare(log[log.length - 1].oldValue, "2")
            compare(log[log.length - 1].newValue, "3")
        }

        function test_2_checklistChangesAreUndone() {
            session.navigator.goToItem("EP-01")
            verify(session.response.setChecklistStatus("EP-01.1", "partial"))
            compare(StoreProbe.checklistStatus(assessmentId, "EP-01.1"), "partial")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(StoreProbe.checklistStatus(assessmentId, "EP-01.1"), "")
        }

        function test_3_finalAssessmentSaysItIsReadOnly() {
            const heading = item("ratingHeading")
            verify(heading.note.indexOf("Keys 0–4") === 0, heading.note)
            verify(Workshop.setFinal(assessmentId, true))
            verify(heading.note.indexOf("final and read-only") >= 0, heading.note)
            verify(heading.note.indexOf("reopen") >= 0, heading.note)
            verify(heading.note.indexOf("Keys 0–4") < 0, heading.note)
            verify(!item("undoButton").enabled, "a final assessment offers no undo")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(stored("CU-04").score, 3)
            verify(Workshop.setFinal(assessmentId, false))
        }

        function test_4_teamInTheDetailsDialog() {
            shell.showPage("start")
            tryVerify(() => item("assessmentList").visible)
            mouseClick(Helpers.findItem(card(assessmentId), "detailsButton"))
            tryVerify(() => shownInDialog("memberNameField") !== null)
            verify(dialogItem("noTeamLabel").visible)
            mouseClick(dialogItem("memberNameField"))
            typeText("Kari Nordmann")
            mouseClick(dialogItem("memberAgencyField"))
            typeText("Ministry of Justice")
            mouseClick(dialogItem("memberRoleField"))
            typeText("Chair")
            keyClick(Qt.Key_Return)
            mouseClick(dialogItem("memberNameField"))
            typeText("Ola Nordmann")
            mouseClick(dialogItem("addMemberButton"))
            compare(StoreProbe.team(assessmentId), [
                { name: "Kari Nordmann", agency: "Ministry of Justice", role: "Chair" },
                { name: "Ola Nordmann", agency: "", role: "" }
            ])
            tryVerify(() => shownInDialog("teamMember2") !== null)
            mouseClick(Helpers.findItem(dialogItem("teamMember1"), "removeMemberButton"))
            compare(StoreProbe.team(assessmentId), [{ name: "Ola Nordmann", agency: "", role: "" }])
            mouseClick(dialogItem("closeDetailsButton"))
            tryVerify(() => shownInDialog("memberNameField") === null)
        }

        function test_5_exportThroughTheSaveDialog() {
            shell.showPage("start")
            mouseClick(Helpers.findItem(card(assessmentId), "exportButton"))
            tryVerify(() => shownInDialog("saveButton") !== null)
            const folderField = dialogItem("saveFolderField")
            verify(StoreProbe.isFolder(folderField.text), "starts in an existing folder: " + folderField.text)
            compare(dialogItem("saveButton").text, "Save")
            verify(dialogItem("saveNameField").text.endsWith("-assessment.json"), dialogItem("saveNameField").text)

            replaceText(folderField, StoreProbe.tempDirPath())
            replaceText(dialogItem("saveNameField"), "missing-folder/out")
            mouseClick(dialogItem("saveButton"))
            verify(shownInDialog("saveButton") !== null, "a name in a missing folder keeps the dialog open")
            verify(dialogItem("saveProblem").text.indexOf("does not exist") >= 0, dialogItem("saveProblem").text)

            replaceText(dialogItem("saveNameField"), "typed name")
            keyClick(Qt.Key_Return)
            tryVerify(() => shownInDialog("saveButton") === null)
            const written = StoreProbe.tempFileUrl("typed name.json")
            compare(StoreProbe.fileHead(written, 1), "{", "the typed name was written")
            verify(item("startNotice").text.indexOf("typed name.json") >= 0, item("startNotice").text)
            verify(item("openSavedFileButton").visible)
            verify(item("openSavedFolderButton").visible)

            mouseClick(Helpers.findItem(card(assessmentId), "exportShareButton"))
            tryVerify(() => shownInDialog("saveButton") !== null)
            compare(dialogItem("saveFolderField").text, StoreProbe.tempDirPath(), "the next dialog starts in the last folder")
            replaceText(dialogItem("saveNameField"), StoreProbe.tempDirPath() + "/absolute-path")
            mouseClick(dialogItem("saveButton"))
            tryVerify(() => shownInDialog("saveButton") === null)
            compare(StoreProbe.fileHead(StoreProbe.tempFileUrl("absolute-path.json"), 1), "{")
        }
    }
}
