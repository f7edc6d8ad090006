// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// Exchange files on the start page: importing good files adds their assessments, a bad
// file shows the core's message and leaves the database exactly as it was, and each card
// exports its assessment in full or for sharing.
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

        name: "Exchange"
        when: windowShown

        function initTestCase() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
            verify(Workshop.loadDemoWorkshop(), Workshop.saveStatus.errorMessage)
            shell.showPage("start")
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
            Workshop.saveStatus.dismissError()
        }

        function test_1_importAGoodFile() {
            const before = StoreProbe.assessmentCount()
            compare(item("startPage").importUrls([StoreProbe.exchangeFixture("good.json")]), 1)
            compare(StoreProbe.assessmentCount(), before + 1)
            verify(StoreProbe.hasAssessment("3f1c9a52-7d4e-4b8a-9c61-2e5f0a7b8d93"))
            compare(Workshop.assessments.count, before + 1)
            compare(item("startNotice").text, "Imported 1 assessment.")
            compare(Workshop.saveStatus.state, SaveStatus.Saved)
        }

        function test_2_aBadFileChangesNothing() {
            const fingerprint = StoreProbe.fingerprint()
            const count = StoreProbe.assessmentCount()
            const files = [StoreProbe.exchangeFixture("good-minimal.json"), StoreProbe.exchangeFixture("bad-state.json")]
            compare(item("startPage").importUrls(files), -1)
            compare(StoreProbe.fingerprint(), fingerprint)
            compare(StoreProbe.assessmentCount(), count)
            compare(Workshop.saveStatus.errorHeading, "Not imported")
            const banner = item("errorBannerText")
            verify(banner.visible)
            verify(banner.text.indexOf("bad-state.json") >= 0, banner.text)
            verify(banner.text.indexOf("$.state") >= 0, banner.text)
            compare(item("startNotice").visible, false)
        }

        function test_3_exportAndImportForSharing() {
            const id = Workshop.session.assessmentId
            const shared = StoreProbe.tempFileUrl("shared.json")
            verify(Workshop.exportAssessment(id, shared, true), Workshop.saveStatus.errorMessage)
            const head = StoreProbe.fileHead(shared, 4000)
            verify(head.indexOf("\"iamm-assessment\"") >= 0, head)
            verify(head.indexOf("Fictitious demo rationale") < 0, "no typed text when shared")
            const full = StoreProbe.tempFileUrl("full.json")
            verify(Workshop.exportAssessment(id, full, false))
            verify(StoreProbe.fileHead(full, 200000).indexOf("Fictitious demo rationale") >= 0)

            const before = StoreProbe.assessmentCount()
            compare(item("startPage").importUrls([shared]), 1)
            compare(StoreProbe.assessmentCount(), before + 1, "a shared copy travels under its own id")

            const written = StoreProbe.exportAssessment(id, "probe.json", false)
            const fingerprint = StoreProbe.fingerprint()
            compare(item("startPage").importUrls([written]), 0, "nothing imported before the confirmation")
            const dialog = item("startPage").replaceDialog
            tryCompare(dialog, "opened", true)
            verify(dialog.message.indexOf("Replace assessment “DEMO (fictitious) – second round workshop”") === 0,
                   dialog.message)
            compare(StoreProbe.fingerprint(), fingerprint, "the database is unchanged while asking")
            dialog.accept()
            tryCompare(dialog, "visible", false)
            compare(StoreProbe.assessmentCount(), before + 1, "the same id replaces the assessment")
            compare(item("startNotice").text, "Imported 1 assessment.")
        }

        function test_3b_replacingIsCancelled() {
            const written = StoreProbe.exportAssessment(Workshop.session.assessmentId, "cancelled.json", false)
            const fingerprint = StoreProbe.fingerprint()
            compare(item("startPage").importUrls([written]), 0)
            const dialog = item("startPage").replaceDialog
            tryCompare(dialog, "opened", true)
            dialog.reject()
            tryCompare(dialog, "visible", false)
            compare(StoreProbe.fingerprint(), fingerprint, "cancelling imports nothing")
        }

        function test_4_cardOffersBothExports() {
            const list = item("assessmentList")
            list.positionViewAtIndex(0, ListView.Contain)
            const card = list.itemAtIndex(0)
            verify(Helpers.findItem(card, "exportButton").visible)
            verify(Helpers.findItem(card, "exportShareButton").visible)
            verify(Workshop.suggestedExportFile(card.assessmentId, true).toString().endsWith("-shared.json"))
        }

        function test_5_exportToAnUnwritablePlace() {
            const id = Workshop.session.assessmentId
            const target = StoreProbe.tempFileUrl("missing-folder/out.json")
            item("startPage").exportAssessment(id, target, false)
            compare(Workshop.saveStatus.errorHeading, "Not exported")
            verify(Workshop.saveStatus.errorMessage.indexOf("missing-folder") >= 0, Workshop.saveStatus.errorMessage)
            compare(item("startNotice").visible, false)
        }
    }
}
