// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// The walkthrough as the team uses it: AppShell (tool bar, pages, shortcuts) in the test
// window, every change checked in the database through StoreProbe.
Item {
    width: 1280
    height: 720

    AppShell {
        id: shell
        anchors.fill: parent
    }

    SignalSpy {
        id: fullScreenSpy
        target: shell
        signalName: "fullScreenRequested"
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

        // Waits for the page to be laid out, scrolls the target into view and clicks it.
        function clickVisible(target) {
            tryVerify(() => target.visible && target.width > 0, 2000, "not shown: " + target.objectName)
            waitForLayout(target)
            Helpers.scrollIntoView(item("itemScroll").contentItem, target)
            mouseClick(target)
        }

        function waitForLayout(target) {
            for (let round = 0; round < 2; ++round)
                Helpers.ancestors(target).forEach(ancestor => waitForItemPolished(ancestor))
        }

        function stored(itemId) {
            return StoreProbe.response(assessmentId, itemId)
        }

        function navigationDelegate(row) {
            const list = item("navigationList")
            list.positionViewAtIndex(row, ListView.Contain)
            const delegate = list.itemAtIndex(row)
            verify(delegate, "no navigation entry at row " + row)
            return delegate
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        name: "Walkthrough"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
            assessmentId = Workshop.createAssessment("NOR", Workshop.defaultFrameworkId, "Walkthrough test", "2026-05-04")
            verify(assessmentId !== "", Workshop.saveStatus.errorMessage)
            shell.openAssessment(assessmentId)
            compare(shell.page, "walkthrough")
            compare(session.navigator.itemCount, 40)
            tryVerify(() => item("rationaleField").visible)
        }

        function init() {
            shell.forceActiveFocus()
        }

        function cleanup() {
            verify(Workshop.flushPendingEdits(), Workshop.saveStatus.errorMessage)
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
        }

        function test_clickingALevelWritesTheScore() {
            session.navigator.goToItem("CU-02")
            compare(stored("CU-02").score, -1)
            clickVisible(item("levelOption3"))
            compare(stored("CU-02").score, 3)
            compare(stored("CU-02").notApplicable, false)
            compare(session.response.score, 3)
            compare(Workshop.saveStatus.state, SaveStatus.Saved)
            verify(item("levelOption3").chosen)
            verify(!item("levelOption2").chosen)
        }

        function test_digitKeysNotApplicableAndClearing() {
            session.navigator.goToItem("CU-05")
            keyClick(Qt.Key_2)
            compare(stored("CU-05").score, 2)
            keyClick(Qt.Key_4)
            compare(stored("CU-05").score, 4)
            keyClick(Qt.Key_N)
            compare(stored("CU-05").score, -1)
            compare(stored("CU-05").notApplicable, true)
            verify(item("notApplicableOption").chosen)
            clickVisible(item("clearRatingButton"))
            compare(stored("CU-05").score, -1)
            compare(stored("CU-05").notApplicable, false)
            keyClick(Qt.Key_0)
            compare(stored("CU-05").score, 0)
            keyClick(Qt.Key_Delete)
            compare(stored("CU-05").score, -1)
        }

        function test_navigationPaneFollowsChangesRowByRow() {
            session.navigator.goToItem("CU-09")
            const row = session.navigator.currentIndex
            const delegate = navigationDelegate(row)
            compare(delegate.itemId, "CU-09")
            compare(delegate.ratingLabel, "–")
            verify(delegate.highlighted)
            const sectionBefore = session.summary.sections[0].scoredCount
            keyClick(Qt.Key_1)
            compare(delegate.ratingLabel, "1")
            compare(session.summary.sections[0].scoredCount, sectionBefore + 1)
            keyClick(Qt.Key_N)
            compare(delegate.ratingLabel, "N/A")
            // The same delegate is still there: one row changed, the model was not reset.
            compare(navigationDelegate(row), delegate)
            mouseClick(navigationDelegate(row + 1))
            compare(session.navigator.itemId, "CU-10")
            verify(navigationDelegate(row + 1).highlighted)
        }

        function test_keyboardReachesEveryItem() {
            session.navigator.goTo(0)
            compare(session.navigator.itemId, "CU-01")
            for (let i = 0; i < 39; ++i)
                keyClick(Qt.Key_Right)
            compare(session.navigator.itemId, "EP-20")
            compare(item("officialText").text, session.navigator.itemText)
            keyClick(Qt.Key_Right)
            compare(session.navigator.itemId, "EP-20")
            keyClick(Qt.Key_PageUp)
            compare(session.navigator.itemId, "EP-19")
            keyClick(Qt.Key_Left)
            compare(session.navigator.itemId, "EP-18")
            keyClick(Qt.Key_PageDown)
            compare(session.navigator.itemId, "EP-19")
            for (let j = 0; j < 38; ++j)
                keyClick(Qt.Key_PageUp)
            compare(session.navigator.itemId, "CU-01")
        }

        function test_nextUnassessedSkipsRatedItems() {
            session.navigator.goToItem("EP-10")
            keyClick(Qt.Key_3)
            session.navigator.goToItem("EP-11")
            keyClick(Qt.Key_N)
            session.navigator.goToItem("EP-09")
            keyClick(Qt.Key_U)
            compare(session.navigator.itemId, "EP-12")
            mouseClick(item("nextUnassessedButton"))
            compare(session.navigator.itemId, "EP-13")
        }

        function test_findAnItemByText() {
            session.navigator.goTo(0)
            keyClick(Qt.Key_F, Qt.ControlModifier)
            const field = dialogItem("findField")
            tryVerify(() => field.activeFocus)
            typeText("labour migration")
            const results = dialogItem("findResults")
            tryVerify(() => results.count === 1)
            keyClick(Qt.Key_Return)
            compare(session.navigator.itemId, "EP-05")
            compare(shell.page, "walkthrough")
        }

        function test_targetConfidenceAndChecklist() {
            session.navigator.goToItem("EP-01")
            clickVisible(item("target4"))
            compare(stored("EP-01").target, 4)
            clickVisible(item("target4"))
            compare(stored("EP-01").target, -1)
            clickVisible(item("target2"))
            compare(stored("EP-01").target, 2)
            clickVisible(item("confidence_high"))
            compare(stored("EP-01").confidence, "high")

            const partial = item("checklist_EP-01.1_partial")
            clickVisible(partial)
            compare(StoreProbe.checklistStatus(assessmentId, "EP-01.1"), "partial")
            clickVisible(item("checklist_EP-01.1_in_place"))
            compare(StoreProbe.checklistStatus(assessmentId, "EP-01.1"), "in_place")
            clickVisible(item("checklist_EP-01.1_in_place"))
            compare(StoreProbe.checklistStatus(assessmentId, "EP-01.1"), "")
        }

        function test_facilitatorParksAQuestionAndPlansTheAgenda() {
            session.navigator.goToItem("CU-05")
            compare(item("facilitatorNoteField").visible, false, "folded so a projected walkthrough hides it")
            clickVisible(item("facilitatorFoldButton"))
            const field = item("parkQuestionField")
            clickVisible(field)
            typeText("Ask Labour")
            keyClick(Qt.Key_Return)
            compare(field.text, "")
            compare(item("parkingLotButton").text, "Parking lot (1 open)…")

            clickVisible(item("parkingLotButton"))
            const questions = dialogItem("parkingLotList")
            tryCompare(questions, "count", 1)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !questions.visible)

            clickVisible(item("agendaButton"))
            const title = dialogItem("agendaTitleField")
            tryVerify(() => title.visible)
            compare(dialogItem("agendaFromBox").currentText, "CU-01")
            title.forceActiveFocus()
            typeText("Morning")
            dialogItem("agendaToBox").currentIndex = 9
            mouseClick(dialogItem("agendaAddButton"))
            compare(Helpers.findItem(testCase.Overlay.overlay, "agendaProblem", true), null)
            compare(dialogItem("agendaTotal").text, "Sessions: 1 · in all: 45 min")
            compare(dialogItem("agendaFromBox").currentText, "CU-11", "the next session starts after the last")
            mouseClick(dialogItem("agendaAddButton"))
            verify(dialogItem("agendaProblem").visible, "a session without a title is refused")
            keyClick(Qt.Key_Escape)
            tryVerify(() => !title.visible)
            clickVisible(item("facilitatorFoldButton"))
        }

        function test_rationaleIsSavedAfterAPauseInTyping() {
            session.navigator.goToItem("CU-11")
            const field = item("rationaleField")
            waitForLayout(field)
            Helpers.scrollIntoView(item("itemScroll").contentItem, field)
            mouseClick(field)
            verify(field.activeFocus)
            typeText("Agreed 2 after debate")
            compare(session.response.rationale, "Agreed 2 after debate")
            compare(stored("CU-11").rationale, "", "written before the pause in typing")
            tryCompare(Workshop.saveStatus, "state", SaveStatus.Saved, 3000)
            compare(stored("CU-11").rationale, "Agreed 2 after debate")
            // Digits typed into the text go to the text, not to the level shortcuts.
            compare(stored("CU-11").score, -1)
        }

        function test_viewsInTheRoomTakeTheMedianAndNoteTheDissent() {
            const votes = StoreProbe.writeTempFile("room.csv", "participant,agency,item,score,comment\n"
                                                   + "Ana,Interior,EP-20,1,Too early to say\n"
                                                   + "Ben,Labour,EP-20,3,\n"
                                                   + "Caro,Health,EP-20,3,\n")
            verify(Workshop.importViews(votes, "", ""), Workshop.saveStatus.errorMessage)
            session.navigator.goToItem("EP-20")
            compare(item("roomFigures").text, "Median 3 · range 1 to 3")
            verify(item("divergenceNotice").visible)
            compare(Helpers.findItem(navigationDelegate(39), "divergenceMark", true).visible, true)
            const comment = item("roomComment")
            compare(comment.text, "“Too early to say” (Interior; level 1)")

            clickVisible(item("takeMedianButton"))
            compare(stored("EP-20").score, 3)
            const field = item("dissentField")
            clickVisible(field)
            verify(field.activeFocus)
            typeText("Interior sees no practice yet")
            compare(session.response.dissent, "Interior sees no practice yet")
            tryVerify(() => stored("EP-20").dissent === "Interior sees no practice yet", 3000,
                      "the dissent note is written after the pause in typing")
            keyClick(Qt.Key_Escape)

            const divergentFirst = item("divergentFirstBox")
            verify(divergentFirst.visible, "offered once views differ somewhere")
            clickVisible(divergentFirst)
            verify(session.navigator.walkthrough.divergentFirst)
            compare(navigationDelegate(0).itemId, "EP-20")
            compare(session.navigator.walkthrough.currentRow, 0)
            compare(item("navigationList").currentIndex, 0)
            clickVisible(divergentFirst)
            compare(navigationDelegate(39).itemId, "EP-20")
            compare(item("navigationList").currentIndex, 39)
        }

        function test_failedWriteShowsTheReasonAndKeepsTheText() {
            session.navigator.goToItem("CU-12")
            StoreProbe.setStatus(assessmentId, "final")
            const field = item("rationaleField")
            waitForLayout(field)
            Helpers.scrollIntoView(item("itemScroll").contentItem, field)
            mouseClick(field)
            typeText("Kept")
            verify(!Workshop.flushPendingEdits())
            compare(Workshop.saveStatus.state, SaveStatus.Failed)
            const banner = item("errorBannerText")
            verify(banner.visible)
            verify(banner.text.indexOf("final") >= 0, banner.text)
            compare(field.text, "Kept")
            compare(stored("CU-12").rationale, "")

            StoreProbe.setStatus(assessmentId, "draft")
            typeText("!")
            tryCompare(Workshop.saveStatus, "state", SaveStatus.Saved, 3000)
            compare(stored("CU-12").rationale, "Kept!")
            verify(!banner.visible)
        }

        function test_addingAndRemovingEvidence() {
            session.navigator.goToItem("EP-03")
            compare(StoreProbe.evidence(assessmentId, "EP-03").length, 0)

            clickVisible(item("addNoteButton"))
            const title = dialogItem("evidenceTitleField")
            tryVerify(() => title.activeFocus)
            typeText("Workshop minutes")
            dialogItem("evidenceNoteField").text = "Ministries agreed on a joint data group."
            mouseClick(dialogItem("addEvidenceButton"))
            let stored = StoreProbe.evidence(assessmentId, "EP-03")
            compare(stored.length, 1)
            compare(stored[0].kind, "note")
            compare(stored[0].title, "Workshop minutes")
            compare(stored[0].text, "Ministries agreed on a joint data group.")
            compare(session.evidence.model.count, 1)

            clickVisible(item("addLinkButton"))
            dialogItem("evidenceTitleField").text = "Policy"
            dialogItem("evidenceLinkField").text = "not a link"
            mouseClick(dialogItem("addEvidenceButton"))
            compare(StoreProbe.evidence(assessmentId, "EP-03").length, 1, "an invalid link is refused")
            verify(Workshop.saveStatus.errorMessage.indexOf("not a complete link") >= 0, Workshop.saveStatus.errorMessage)
            dialogItem("evidenceLinkField").text = "https://example.org/policy"
            mouseClick(dialogItem("addEvidenceButton"))
            stored = StoreProbe.evidence(assessmentId, "EP-03")
            compare(stored.length, 2)
            compare(stored[1].kind, "link")
            compare(stored[1].text, "https://example.org/policy")

            session.navigator.goToItem("EP-04")
            compare(session.evidence.model.count, 0)
            session.navigator.goToItem("EP-03")
            compare(session.evidence.model.count, 2)

            const removeNote = Helpers.findAll(shell, "removeEvidenceButton")
                .filter(button => button.Accessible.name.indexOf("Workshop minutes") >= 0)
            compare(removeNote.length, 1)
            clickVisible(removeNote[0])
            mouseClick(dialogItem("confirmButton"))
            stored = StoreProbe.evidence(assessmentId, "EP-03")
            compare(stored.length, 1)
            compare(stored[0].kind, "link")
            compare(session.evidence.model.count, 1)
        }

        function test_addingAFileCopiesItIntoTheDatabase() {
            session.navigator.goToItem("EP-08")
            const file = StoreProbe.writeTempFile("minutes.txt", "Minutes of the inter-ministerial meeting")
            verify(session.evidence.addFile("", file, true), Workshop.saveStatus.errorMessage)
            const stored = StoreProbe.evidence(assessmentId, "EP-08")
            compare(stored.length, 1)
            compare(stored[0].kind, "file")
            compare(stored[0].title, "minutes.txt")
            compare(session.evidence.model.count, 1)
            verify(!session.evidence.addFile("", StoreProbe.writeTempFile("gone.txt", "x").toString() + ".missing", false))
            verify(Workshop.saveStatus.errorMessage.indexOf("no such file") >= 0, Workshop.saveStatus.errorMessage)
            compare(StoreProbe.evidence(assessmentId, "EP-08").length, 1)
        }

        function test_addingEditingAndRemovingActions() {
            session.navigator.goToItem("EP-05")
            compare(StoreProbe.actions(assessmentId, "EP-05").length, 0)

            const text = item("newActionText")
            waitForLayout(text)
            Helpers.scrollIntoView(item("itemScroll").contentItem, text)
            mouseClick(text)
            typeText("Train border staff")
            mouseClick(item("newActionOwner"))
            typeText("Ministry of Interior")
            item("newActionDue").text = "2027-06-30"
            mouseClick(item("addActionButton"))
            let actions = StoreProbe.actions(assessmentId, "EP-05")
            compare(actions.length, 1)
            compare(actions[0].text, "Train border staff")
            compare(actions[0].owner, "Ministry of Interior")
            compare(actions[0].due, "2027-06-30")
            compare(actions[0].status, "open")
            compare(text.text, "")

            const actionText = item("actionText")
            waitForLayout(actionText)
            Helpers.scrollIntoView(item("itemScroll").contentItem, actionText)
            mouseClick(actionText)
            keyClick(Qt.Key_End)
            typeText(" and police")
            compare(StoreProbe.actions(assessmentId, "EP-05")[0].text, "Train border staff", "written before the pause")
            tryVerify(() => StoreProbe.actions(assessmentId, "EP-05")[0].text === "Train border staff and police", 3000)

            const status = item("actionStatus")
            status.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(StoreProbe.actions(assessmentId, "EP-05")[0].status, "in_progress")
            compare(status.currentText, "In progress")

            const due = item("actionDue")
            due.forceActiveFocus()
            due.selectAll()
            typeText("2027-13-45")
            keyClick(Qt.Key_Return)
            compare(StoreProbe.actions(assessmentId, "EP-05")[0].due, "2027-06-30", "an impossible date is refused")
            compare(Workshop.saveStatus.state, SaveStatus.Failed)
            due.selectAll()
            typeText("2027-09-01")
            keyClick(Qt.Key_Return)
            compare(StoreProbe.actions(assessmentId, "EP-05")[0].due, "2027-09-01")

            clickVisible(item("removeActionButton"))
            mouseClick(dialogItem("confirmButton"))
            compare(StoreProbe.actions(assessmentId, "EP-05").length, 0)
            compare(session.actions.model.count, 0)
        }

        function test_presenterModeTogglesWithF5() {
            session.navigator.goToItem("CU-03")
            fullScreenSpy.clear()
            keyClick(Qt.Key_F5)
            compare(shell.page, "presenter")
            compare(fullScreenSpy.count, 1)
            compare(fullScreenSpy.signalArguments[0][0], true)
            compare(item("presenterText").text, session.navigator.itemText)
            keyClick(Qt.Key_3)
            compare(stored("CU-03").score, 3)
            keyClick(Qt.Key_Right)
            compare(item("presenterText").text, session.navigator.itemText)
            compare(session.navigator.itemId, "CU-04")
            keyClick(Qt.Key_F5)
            compare(shell.page, "walkthrough")
            compare(fullScreenSpy.signalArguments[1][0], false)
            keyClick(Qt.Key_F5)
            keyClick(Qt.Key_Escape)
            compare(shell.page, "walkthrough")
        }
    }
}
