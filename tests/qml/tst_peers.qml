// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// The Peers page on the demo workshop: the figures match the core's GapAnalysis, a group
// with too few peers blanks them, the exports write real files, and peer groups can be
// created and edited while the shipped ones refuse changes.
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
            return Helpers.requireItem(testCase, shell, objectName)
        }

        function dialogItem(objectName) {
            return Helpers.requireDialogItem(testCase, testCase.Overlay.overlay, objectName)
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function twoDecimals(value) {
            return Number(value).toLocaleString(Qt.locale(), "f", 2)
        }

        function chooseGroup(groupId) {
            const choice = item("groupChoice")
            const row = Workshop.peerGroups.model.rowOf(groupId)
            verify(row >= 0, "no group " + groupId)
            choice.currentIndex = row
            choice.activated(row)
            compare(comparison.groupId, groupId)
        }

        name: "Peers"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
            verify(Workshop.loadDemoWorkshop(), Workshop.saveStatus.errorMessage)
            shell.showPage("peers")
            compare(shell.page, "peers")
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
            Workshop.saveStatus.dismissError()
        }

        function test_1_figuresMatchTheGapAnalysis() {
            compare(comparison.groupId, "DEMO", "the demo state's default group")
            compare(item("groupChoice").currentText, "Demo peer group (fictitious states) (DEMO)")
            verify(comparison.hasResult, comparison.problem)
            const expected = StoreProbe.gapAnalysis(Workshop.session.assessmentId, "DEMO", 3)
            compare(expected.peers.length, 5)
            verify(expected.overall.hasPeers)

            const overall = item("scoreCard_overall")
            compare(Helpers.findItem(overall, "stateScore").text, twoDecimals(expected.overall.score))
            compare(Helpers.findItem(overall, "peerMedian").text, twoDecimals(expected.overall.peerMedian))
            for (const section of ["CU", "EP"]) {
                const card = item("scoreCard_" + section)
                compare(Helpers.findItem(card, "peerMedian").text, twoDecimals(expected[section].peerMedian))
            }

            const model = comparison.itemModel
            compare(model.count, 40)
            for (const itemId of ["CU-01", "EP-04", "EP-20"]) {
                const row = model.get(model.rowOf(itemId))
                compare(row.hasPeers, expected.items[itemId].hasPeers, itemId)
                compare(row.peerMedian, expected.items[itemId].peerMedian, itemId)
                compare(row.score, expected.items[itemId].score, itemId)
            }

            verify(item("draftNote").visible, "the subject is a draft")
            const used = item("peersUsedText").text
            verify(used.indexOf("Borealia (fictitious demo state) (XAB") >= 0, used)
            compare(item("missingPeersText").text, "Missing peers: none.")
        }

        function test_2_tooFewPeersBlankThePeerFigures() {
            verify(Workshop.peerGroups.createGroup("PAIR", "Two peers"), Workshop.saveStatus.errorMessage)
            for (const code of ["XAA", "XAB", "XAC"])
                verify(Workshop.peerGroups.addMember("PAIR", code), Workshop.saveStatus.errorMessage)
            chooseGroup("PAIR")
            compare(comparison.groupName, "Two peers")
            const overall = item("scoreCard_overall")
            compare(Helpers.findItem(overall, "peerMedian").text, "–")
            compare(Helpers.findItem(overall, "peerDetail").text, "Fewer than 3 peers have a level: no peer figures.")
            const model = comparison.itemModel
            for (let row = 0; row < model.count; ++row)
                verify(!model.get(row).hasPeers, "row " + row + " still has peer figures")
            verify(Helpers.findItem(overall, "stateScore").text !== "–", "the state's own score stays")

            item("minPeersSpin").value = 2
            item("minPeersSpin").valueModified()
            compare(comparison.minPeers, 2)
            const expected = StoreProbe.gapAnalysis(Workshop.session.assessmentId, "PAIR", 2)
            verify(expected.overall.hasPeers)
            compare(Helpers.findItem(item("scoreCard_overall"), "peerMedian").text,
                    twoDecimals(expected.overall.peerMedian))
            item("minPeersSpin").value = 3
            item("minPeersSpin").valueModified()
            chooseGroup("DEMO")
            verify(comparison.itemModel.get(0).hasPeers)
        }

        // Exports the table through its save dialog, typing the name into the probe's folder.
        function saveTableAs(name) {
            mouseClick(item("exportTableButton"))
            const saveButton = () => Helpers.findItem(testCase.Overlay.overlay, "saveButton", true)
            tryVerify(() => saveButton() !== null)
            compare(dialogItem("saveButton").text, "Save")
            const folder = dialogItem("saveFolderField")
            folder.text = StoreProbe.tempDirPath()
            const field = dialogItem("saveNameField")
            field.forceActiveFocus()
            field.selectAll()
            for (let i = 0; i < name.length; ++i)
                keyClick(name[i])
            mouseClick(dialogItem("saveButton"))
            tryVerify(() => saveButton() === null)
        }

        function test_3_pdfReportAndTableExport() {
            const pdf = StoreProbe.tempFileUrl("XAA-DEMO-gap-report.pdf")
            verify(comparison.exportPdf(pdf, "letter", true), Workshop.saveStatus.errorMessage)
            compare(StoreProbe.fileHead(pdf, 5), "%PDF-")

            const page = item("peersPage")
            saveTableAs("table")
            const csvFile = StoreProbe.tempFileUrl("table.csv")
            verify(StoreProbe.fileHead(csvFile, 4000).indexOf("\r\nXAB,") >= 0, StoreProbe.fileHead(csvFile, 4000))
            verify(item("exportMessage").text.indexOf("table.csv") >= 0, item("exportMessage").text)
            verify(Helpers.findItem(item("exportMessage"), "openSavedFileButton").visible, "offers to open the table")
            saveTableAs("table.xlsx")
            compare(StoreProbe.fileHead(StoreProbe.tempFileUrl("table.xlsx"), 2), "PK")

            const unwritable = StoreProbe.tempFileUrl("no-such-folder/report.pdf")
            page.exportReport(unwritable, "a4", false)
            compare(Workshop.saveStatus.errorHeading, "Not exported")
            verify(Workshop.saveStatus.errorMessage.indexOf("no-such-folder") >= 0, Workshop.saveStatus.errorMessage)
            compare(item("exportMessage").visible, false)
            compare(StoreProbe.fileHead(unwritable, 4), "")
        }

        function test_4_suggestedReportName() {
            verify(comparison.suggestedFile("pdf").toString().endsWith("/XAA-DEMO-gap-report.pdf"))
        }

        function test_5_createAndEditAGroupInTheDialog() {
            mouseClick(item("manageGroupsButton"))
            const idField = dialogItem("newGroupIdField")
            tryVerify(() => idField.visible)
            mouseClick(dialogItem("createGroupButton"))
            const failure = dialogItem("groupsFailure")
            verify(failure.visible)
            compare(failure.text, Workshop.saveStatus.errorMessage)
            verify(failure.text !== "")
            mouseClick(idField)
            typeText("MINE")
            mouseClick(dialogItem("newGroupNameField"))
            typeText("My peers")
            mouseClick(dialogItem("createGroupButton"))
            compare(Workshop.saveStatus.state, SaveStatus.Saved, Workshop.saveStatus.errorMessage)
            verify(Workshop.peerGroups.model.rowOf("MINE") >= 0)
            compare(Workshop.peerGroups.nameOf("MINE"), "My peers")
            verify(!failure.visible, "a change that succeeds clears the refusal")

            const search = dialogItem("memberSearchField")
            mouseClick(search)
            typeText("Ghana")
            const candidates = dialogItem("memberCandidateList")
            tryVerify(() => candidates.count === 1)
            mouseClick(candidates.itemAtIndex(0))
            compare(Workshop.peerGroups.members("MINE").map(member => member.code), ["GHA"])
            verify(Workshop.peerGroups.addMember("MINE", "KEN"))
            verify(Workshop.peerGroups.removeMember("MINE", "GHA"))
            compare(Workshop.peerGroups.members("MINE").map(member => member.code), ["KEN"])

            const rename = dialogItem("renameGroupField")
            rename.selectAll()
            mouseClick(rename)
            rename.text = "Renamed peers"
            mouseClick(dialogItem("renameGroupButton"))
            compare(Workshop.peerGroups.nameOf("MINE"), "Renamed peers")

            verify(Workshop.peerGroups.copyGroup("Puebla", "PUEBLA2", ""))
            compare(Workshop.peerGroups.isShipped("PUEBLA2"), false)
            compare(Workshop.peerGroups.members("PUEBLA2").length, Workshop.peerGroups.members("Puebla").length)
            verify(Workshop.peerGroups.deleteGroup("PUEBLA2"))
            compare(Workshop.peerGroups.model.rowOf("PUEBLA2"), -1)
            keyClick(Qt.Key_Escape)
        }

        function test_6_shippedGroupsRefuseEdits() {
            verify(Workshop.peerGroups.isShipped("Puebla"))
            const before = Workshop.peerGroups.members("Puebla")
            verify(!Workshop.peerGroups.renameGroup("Puebla", "Changed"))
            verify(Workshop.saveStatus.errorMessage.indexOf("shipped group") >= 0, Workshop.saveStatus.errorMessage)
            compare(Workshop.saveStatus.errorHeading, "Group not changed")
            verify(!Workshop.peerGroups.addMember("Puebla", "KEN"))
            verify(!Workshop.peerGroups.deleteGroup("Puebla"))
            compare(Workshop.peerGroups.members("Puebla"), before)
            compare(Workshop.peerGroups.nameOf("Puebla"), "Puebla Process (RCM)")
            verify(!Workshop.peerGroups.createGroup("DEMO", "Taken"))
            verify(Workshop.saveStatus.errorMessage.indexOf("already exists") >= 0, Workshop.saveStatus.errorMessage)
        }
    }
}
