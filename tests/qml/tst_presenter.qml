// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Iamm
import IammTest
import "GuiTestHelpers.js" as Helpers

// The presenter view at projector sizes from 1024×640 to 3840×2160: for every one of the 40
// items no text is cut off or leaves its card, all level cards share one type size, EP items
// show the full heading and sub-topics, G shows the guiding questions, and the agreed level,
// target and save state stay in view.
Item {
    id: root
    width: 1024
    height: 640

    PresenterView {
        id: presenter
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        readonly property var session: Workshop.session
        readonly property var cardNames: ["presenterLevel0", "presenterLevel1", "presenterLevel2", "presenterLevel3",
                                          "presenterLevel4", "presenterNotApplicable"]

        function item(objectName) {
            return Helpers.requireItem(testCase, presenter, objectName)
        }

        function settle() {
            for (let round = 0; round < 2; ++round) {
                waitForItemPolished(presenter.contentItem)
                waitForItemPolished(item("presenterTextArea").parent)
                waitForItemPolished(item("presenterText").parent)
            }
            wait(0)
        }

        // The text is laid out inside its own box: nothing elided, wider or taller than the box.
        function verifyTextFits(label, where) {
            verify(!label.truncated, where + ": " + label.objectName + " is elided")
            verify(label.contentWidth <= label.width + 0.5,
                   where + ": " + label.objectName + " is " + label.contentWidth + " wide in " + label.width)
            verify(label.contentHeight <= label.height + 0.5,
                   where + ": " + label.objectName + " is " + label.contentHeight + " high in " + label.height)
        }

        function verifyInside(child, container, where) {
            const r = child.mapToItem(container, 0, 0, child.width, child.height)
            verify(r.x >= -0.5 && r.y >= -0.5 && r.x + r.width <= container.width + 0.5
                   && r.y + r.height <= container.height + 0.5,
                   where + ": " + child.objectName + " at " + JSON.stringify(r) + " leaves "
                   + container.objectName + " (" + container.width + "×" + container.height + ")")
        }

        function verifyCards(where) {
            const size = presenter.cardTextSize
            verify(size >= 8, where + ": level text size " + size)
            for (const name of cardNames) {
                const card = item(name)
                for (const labelName of ["presenterLevelLabel", "presenterLevelDescriptor", "presenterTargetMark"]) {
                    const label = Helpers.findItem(card, labelName, true)
                    if (!label)
                        continue
                    if (labelName !== "presenterTargetMark")
                        compare(label.font.pixelSize, size, where + ": " + name + " uses the shared size")
                    verifyTextFits(label, where + " " + name)
                    verifyInside(label, card, where)
                }
                verifyInside(card, presenter, where)
            }
        }

        function verifyItemText(where) {
            const area = item("presenterTextArea")
            const text = item("presenterText")
            const details = item("presenterDetails")
            verifyTextFits(text, where)
            verifyInside(text, area, where)
            if (details.visible) {
                verifyTextFits(details, where)
                verifyInside(details, area, where)
            }
            verify(presenter.mainTextSize >= 12, where + ": item text size " + presenter.mainTextSize)
        }

        function verifyStatusInView(where) {
            for (const name of ["presenterAgreed", "presenterTarget", "presenterSaveIndicator"]) {
                const label = item(name)
                verify(label.visible, where + ": " + name + " is shown")
                verifyInside(label, presenter, where)
                verifyTextFits(label, where)
            }
        }

        name: "Presenter"
        when: windowShown

        function initTestCase() {
            const id = Workshop.createAssessment("KEN", Workshop.defaultFrameworkId, "Presenter test", "2026-05-04")
            verify(id !== "", Workshop.saveStatus.errorMessage)
            verify(Workshop.openAssessment(id))
            session.navigator.goToItem("CU-09")
            verify(session.response.chooseLevel(3))
            verify(session.response.setTarget(4))
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings during the test")
        }

        function test_nothingOverflows_data() {
            return [
                { tag: "1024x640", width: 1024, height: 640 },
                { tag: "1280x720", width: 1280, height: 720 },
                { tag: "1920x1080", width: 1920, height: 1080 },
                { tag: "3840x2160", width: 3840, height: 2160 }
            ]
        }

        function test_nothingOverflows(data) {
            root.width = data.width
            root.height = data.height
            let sizes = []
            for (let index = 0; index < session.navigator.itemCount; ++index) {
                session.navigator.goTo(index)
                settle()
                const where = data.tag + " " + session.navigator.itemId
                verifyCards(where)
                verifyItemText(where)
                verifyStatusInView(where)
                sizes.push(presenter.cardTextSize)
            }
            verify(sizes.every(size => size === sizes[0]), "one level text size for every item: " + sizes)
        }

        function test_longestItemIsReadable() {
            root.width = 1920
            root.height = 1080
            session.navigator.goToItem("CU-09")
            settle()
            verify(presenter.cardTextSize >= 16, "level text at 1920×1080: " + presenter.cardTextSize)
            verify(presenter.mainTextSize >= 24, "item text at 1920×1080: " + presenter.mainTextSize)
            compare(item("presenterAgreed").text, "Agreed: 3 Established")
            compare(item("presenterTarget").text, "Target: 4")
            verify(Helpers.findItem(item("presenterLevel4"), "presenterTargetMark", true), "the target level is marked")
        }

        function test_effectivePracticeShowsHeadingAndSubtopics() {
            root.width = 1280
            root.height = 720
            session.navigator.goToItem("EP-04")
            settle()
            compare(item("presenterText").text, session.navigator.itemHeading)
            verify(session.navigator.itemHeading.length > session.navigator.itemText.length)
            const details = item("presenterDetails")
            verify(details.visible)
            compare(session.navigator.subtopics.length, 6)
            for (const subtopic of session.navigator.subtopics)
                verify(details.text.indexOf(subtopic) >= 0, subtopic)
            verify(details.text.indexOf("Temporary: Family Visits") >= 0, details.text)
        }

        function test_gShowsTheGuidingQuestions() {
            root.width = 1280
            root.height = 720
            session.navigator.goToItem("CU-09")
            settle()
            keyClick(Qt.Key_G)
            settle()
            compare(item("presenterText").text, "Guiding questions")
            for (const question of session.navigator.guidingQuestions)
                verify(item("presenterDetails").text.indexOf(question) >= 0, question)
            verifyItemText("questions")
            keyClick(Qt.Key_G)
            compare(item("presenterText").text, session.navigator.itemText)
        }
    }
}
