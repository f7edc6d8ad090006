// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// The application window itself: closing it while the rationale is still waiting for the
// pause in typing must not lose the text.
TestCase {
    id: testCase

    name: "MainWindow"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    function initTestCase() {
        compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
    }

    function cleanup() {
        compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
    }

    function test_rationaleSurvivesClosingTheWindowMidTyping() {
        const id = Workshop.createAssessment("KEN", Workshop.defaultFrameworkId, "Close test", "2026-05-05")
        verify(id !== "", Workshop.saveStatus.errorMessage)
        const window = createTemporaryObject(mainWindow, testCase)
        verify(window)
        tryVerify(() => window.visible)
        verify(Workshop.openAssessment(id))
        window.page = "walkthrough"
        verify(Workshop.session.navigator.goToItem("EP-04"))

        const field = Helpers.findItem(window.contentItem, "rationaleField")
        verify(field)
        field.forceActiveFocus()
        field.insert(0, "Typed just before closing")
        compare(Workshop.session.response.rationale, "Typed just before closing")
        compare(StoreProbe.response(id, "EP-04").rationale, "", "still waiting for the pause in typing")

        window.close()
        compare(StoreProbe.response(id, "EP-04").rationale, "Typed just before closing")
    }

    function test_windowTitleNamesTheOpenAssessment() {
        const window = createTemporaryObject(mainWindow, testCase)
        const id = Workshop.createAssessment("PER", Workshop.defaultFrameworkId, "Title test", "2026-05-06")
        verify(Workshop.openAssessment(id))
        verify(window.title.indexOf("Peru") >= 0, window.title)
        verify(window.title.indexOf("Title test") >= 0, window.title)
    }
}
