// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// Clear input and readable charts: the state search by common names, the date message and Enter
// in the new-assessment dialog, level 0 in the summary chart, the heat map's cells, the theme's
// text colours, the peer-group list and a state compared with a group it is not a member of.
Item {
    width: 1280
    height: 720

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        readonly property var comparison: Workshop.comparison

        function item(objectName) {
            return Helpers.requireItem(testCase, shell, objectName, true)
        }

        function dialogItem(objectName) {
            return Helpers.requireDialogItem(testCase, testCase.Overlay.overlay, objectName)
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function replaceText(field, text) {
            mouseClick(field)
            field.selectAll()
            keyClick(Qt.Key_Delete)
            typeText(text)
        }

        function chooseGroup(groupId) {
            const choice = item("groupChoice")
            const row = Workshop.peerGroups.model.rowOf(groupId)
            verify(row >= 0, "no group " + groupId)
            choice.currentIndex = row
            choice.activated(row)
            compare(comparison.groupId, groupId)
        }

        name: "ReportUi"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
            verify(Workshop.loadDemoWorkshop(), Workshop.saveStatus.errorMessage)
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
            Workshop.saveStatus.dismissError()
        }

        function test_1_heatMapCellsNeverRestOnColourAlone() {
            shell.showPage("peers")
            chooseGroup("DEMO")
            const model = comparison.itemModel
            let withValue = 0
            for (let row = 0; row < model.count; ++row) {
                const entry = model.get(row)
                const cell = item("heatCell_" + entry.itemId)
                const value = Helpers.findItem(cell, "gapValue")
                compare(Helpers.findItem(cell, "hatching").visible, !entry.hasPeers, entry.itemId)
                if (entry.hasGapToMedian) {
                    ++withValue
                    verify(value.text.indexOf(Style.gapSymbol(entry.gapToMedian)) === 0, value.text)
                }
            }
            verify(withValue > 0)

            verify(Workshop.peerGroups.createGroup("TRIO", "Two peers"), Workshop.saveStatus.errorMessage)
            for (const code of ["XAA", "XAB", "XAC"])
                verify(Workshop.peerGroups.addMember("TRIO", code), Workshop.saveStatus.errorMessage)
            chooseGroup("TRIO")
            for (const itemId of ["CU-01", "EP-20"]) {
                const cell = item("heatCell_" + itemId)
                verify(Helpers.findItem(cell, "hatching").visible, itemId)
                compare(Helpers.findItem(cell, "gapValue").visible, false, itemId)
                verify(String(cell.color) !== String(Style.gapColor(0)), "a too-few-peers cell looks like near the median")
            }
            chooseGroup("DEMO")
        }

        function test_2_aStateOutsideTheGroupIsToldSo() {
            shell.showPage("peers")
            chooseGroup("Puebla")
            verify(comparison.hasResult, comparison.problem)
            compare(comparison.subjectIsMember, false)
            const note = item("notMemberNote")
            verify(note.text.indexOf("is not a member of Puebla Process") > 0, note.text)
            chooseGroup("DEMO")
            compare(comparison.subjectIsMember, true)
            compare(Helpers.findItem(shell, "notMemberNote").visible, false)
        }

        function test_3_groupListShowsFullNamesAndShippedGroupsCannotBeChanged() {
            shell.showPage("peers")
            verify(Workshop.peerGroups.createGroup("OWN", "Own peers"), Workshop.saveStatus.errorMessage)
            mouseClick(item("manageGroupsButton"))
            const list = dialogItem("groupList")
            tryVerify(() => list.visible)
            const row = Workshop.peerGroups.model.rowOf("Puebla")
            list.positionViewAtIndex(row, ListView.Contain)
            mouseClick(list.itemAtIndex(row))
            compare(dialogItem("groupFullName_Puebla").text, "Regional Conference on Migration (RCM or Puebla Process)")
            compare(Helpers.findItem(testCase.Overlay.overlay, "renameGroupRow").visible, false)
            const own = Workshop.peerGroups.model.rowOf("OWN")
            list.positionViewAtIndex(own, ListView.Contain)
            mouseClick(list.itemAtIndex(own))
            verify(dialogItem("renameGroupRow").visible)
            verify(dialogItem("deleteGroupButton").visible)
            keyClick(Qt.Key_Escape)
        }

        function test_4_theStyleUsesTheTestedPalette() {
            const palette = Workshop.darkTheme ? ThemeColors.dark : ThemeColors.light
            compare(String(Style.background), String(palette.background))
            compare(String(Style.levelTextColor(1)), String(palette.levelTextColors[1]))
            compare(String(Style.gapTextColor(0)), String(palette.gapTextColors[2]))
        }

        function test_5_commonNamesFindStatesAndAnEmptyResultSaysSo() {
            shell.showPage("start")
            mouseClick(item("newAssessmentButton"))
            const search = dialogItem("stateSearchField")
            tryVerify(() => search.activeFocus)
            const states = dialogItem("stateList")
            for (const [text, code] of [["Turkey", "TUR"], ["Ivory Coast", "CIV"], ["UK", "GBR"], ["USA", "USA"],
                                        ["Swaziland", "SWZ"], ["Czech Republic", "CZE"], ["Burma", "MMR"]]) {
                replaceText(search, text)
                tryVerify(() => states.count > 0, 5000, text)
                compare(states.model.codeAt(0), code, text)
            }
            replaceText(search, "Atlantis")
            tryCompare(states, "count", 0)
            const none = dialogItem("noStateFound")
            verify(none.text.indexOf("No state matches \"Atlantis\"") === 0, none.text)
            keyClick(Qt.Key_Escape)
        }

        function test_6_aWrongDateNamesTheFormatAndEnterCreates() {
            const before = StoreProbe.assessmentCount()
            shell.showPage("start")
            mouseClick(item("newAssessmentButton"))
            const search = dialogItem("stateSearchField")
            tryVerify(() => search.activeFocus)
            typeText("Burma")
            keyClick(Qt.Key_Return)
            const date = dialogItem("dateField")
            replaceText(date, "31/12/2026")
            keyClick(Qt.Key_Return)
            compare(StoreProbe.assessmentCount(), before, "nothing is created with a wrong date")
            const message = Workshop.saveStatus.errorMessage
            verify(message.indexOf("YYYY-MM-DD") >= 0 && message.indexOf("31/12/2026") >= 0, message)
            replaceText(date, "2026-12-31")
            keyClick(Qt.Key_Return)
            compare(StoreProbe.assessmentCount(), before + 1)
            compare(Workshop.session.stateCode, "MMR")
            compare(Workshop.session.date, "2026-12-31")
        }

        function test_7_levelZeroIsAVisibleScore() {
            compare(Workshop.session.stateCode, "MMR", "the assessment created by test 6 is open")
            Workshop.session.navigator.goToItem("CU-01")
            verify(Workshop.session.response.chooseLevel(0))
            Workshop.session.navigator.goToItem("CU-02")
            verify(Workshop.session.response.chooseLevel(3))
            shell.showPage("summary")
            const zero = item("levelBar_CU-01")
            verify(zero.height >= 4, "level 0 bar height " + zero.height)
            compare(item("levelValue_CU-01").text, "0")
            compare(item("levelValue_CU-02").text, "3")
            compare(item("levelValue_CU-03").text, "–")
        }
    }
}
