// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtTest
import Iamm
import IammTest

// Every QML type of the Iamm module is created (with its required properties), every popup
// and dialog opened and closed, and the file and folder dialogs the application uses opened:
// any load error or warning fails the test. Run offscreen and on xcb.
Item {
    id: root
    width: 1280
    height: 720

    AssessmentFilterModel {
        id: filterModel
        assessments: Workshop.assessments
    }

    VotingController {
        id: votingController
        session: Workshop.session
    }

    RoundsTrendController {
        id: trendController
        session: Workshop.session
    }

    FileDialog {
        id: openFilesDialog
        parentWindow: root.Window.window
        fileMode: FileDialog.OpenFiles
        nameFilters: ["Exchange files (*.json)"]
    }

    FileDialog {
        id: openFileDialog
        parentWindow: root.Window.window
        fileMode: FileDialog.OpenFile
    }

    FolderDialog {
        id: folderDialog
        parentWindow: root.Window.window
    }

    TestCase {
        id: testCase
        name: "Components"
        when: windowShown

        // Initial values of the required properties, for the types that have any.
        readonly property var requiredProperties: ({
            ActionDelegate: { actionId: 1, text: "Draft a protocol", owner: "Interior", due: "2027-01-31", status: "open",
                              review: "to_review" },
            AssessmentCard: { assessmentId: "x", stateCode: "GHA", stateName: "Ghana", title: "Workshop",
                              date: "2026-01-01", isFinal: false, itemCount: 40, scoredCount: 1,
                              notApplicableCount: 0, remainingCount: 39, stateRoundCount: 2,
                              previousDate: "2024-01-01", overall: 2.5, previousOverall: 2, overallChange: 0.5 },
            AssessmentFilterBar: { filter: filterModel },
            StateRoundsHeading: { section: "XAA", assessments: Workshop.assessments },
            EvidenceDelegate: { evidenceId: 1, kind: "note", title: "A note", text: "Text", confidential: false,
                                fileName: "", sizeText: "", createdAt: "2026-01-01" },
            GapHeatCell: { itemId: "CU-01", sectionId: "CU", score: 2, notApplicable: false, hasPeers: true,
                           peerCount: 4, peerMedian: 2, percentileRank: 50, gapToMedian: 0, hasGapToMedian: true },
            PresenterVotingPanel: { voting: votingController },
            RoundMovers: { trend: trendController },
            TrendChart: { trend: trendController },
            VotingSetupDialog: { voting: votingController },
            NavigationItem: { index: 0, itemId: "CU-01", itemText: "Text", score: -1, notApplicable: false,
                              ratingText: "", divergent: true },
            PeerSpreadRow: { spread: ({ xFor: level => level * 40 }), index: 0, itemId: "CU-01", sectionId: "CU", score: 2,
                             notApplicable: false, target: 3, hasPeers: false, peerCount: 0, peerMin: 0,
                             peerQ1: 0, peerMedian: 0, peerQ3: 0, peerMax: 0 }
        })
        // Not created on their own: the singleton, and the window that holds everything else.
        readonly property var skipped: ["Style", "Main"]

        function initTestCase() {
            verify(Workshop.loadDemoWorkshop(), Workshop.saveStatus.errorMessage)
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings while loading")
        }

        function init() {
            failOnWarning(/.*/)
        }

        function cleanup() {
            compare(StoreProbe.takeQmlWarnings(), [], "QML warnings")
        }

        function isPopup(object) {
            return object.open !== undefined && object.close !== undefined && object.opened !== undefined
        }

        function test_everyTypeLoads_data() {
            const types = StoreProbe.moduleQmlTypes()
            verify(types.length >= 50, "found " + types.length + " types")
            return types.filter(type => skipped.indexOf(type) < 0).map(type => ({ tag: type, type: type }))
        }

        function test_everyTypeLoads(data) {
            const component = Qt.createComponent("qrc:/qt/qml/Iamm/" + data.type + ".qml")
            compare(component.status, Component.Ready, component.errorString())
            const object = component.createObject(root, requiredProperties[data.type] || {})
            verify(object, data.type + " was not created")
            wait(50)
            if (isPopup(object)) {
                object.open()
                tryVerify(() => object.opened, 3000, data.type + " opens")
                object.close()
                tryVerify(() => !object.visible, 3000, data.type + " closes")
            }
            compare(StoreProbe.takeQmlWarnings(), [], data.type)
            object.destroy()
            wait(0)
        }

        function test_mainWindowLoads() {
            const component = Qt.createComponent("qrc:/qt/qml/Iamm/Main.qml")
            compare(component.status, Component.Ready, component.errorString())
            const window = component.createObject(null, { visible: false })
            verify(window)
            compare(StoreProbe.takeQmlWarnings(), [], "Main")
            window.destroy()
        }

        function test_fileAndFolderDialogsOpen_data() {
            return [
                { tag: "open files", dialog: openFilesDialog },
                { tag: "open file", dialog: openFileDialog },
                { tag: "folder", dialog: folderDialog }
            ]
        }

        function test_fileAndFolderDialogsOpen(data) {
            data.dialog.currentFolder = FileLocations.startFolder()
            data.dialog.open()
            tryVerify(() => data.dialog.visible, 3000, data.tag + " dialog opens")
            wait(200)
            compare(StoreProbe.takeQmlWarnings(), [], data.tag + " dialog")
            data.dialog.close()
            tryVerify(() => !data.dialog.visible)
        }
    }
}
