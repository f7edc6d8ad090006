// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Everything inside the main window: tool bar, error banner, the five pages and the
// keyboard shortcuts of the walkthrough.
Item {
    id: shell

    // start | walkthrough | summary | peers | presenter
    property string page: "start"
    property string pageBeforePresenter: "walkthrough"
    readonly property bool presenting: page === "presenter"
    readonly property bool rating: Workshop.session.isOpen && (page === "walkthrough" || presenting)
    readonly property bool canEdit: rating && !Workshop.session.isFinal && Workshop.readOnlyReason === ""
    readonly property var pages: ["start", "walkthrough", "summary", "peers", "presenter"]

    signal fullScreenRequested(bool on)

    function showPage(name) {
        if (name !== "start" && !Workshop.session.isOpen)
            return
        if (name === "start") {
            Workshop.flushPendingEdits()
            Workshop.refreshAssessments()
        }
        page = name
    }

    function togglePresenter() {
        if (!Workshop.session.isOpen)
            return
        if (presenting) {
            page = pageBeforePresenter
            fullScreenRequested(false)
        } else {
            pageBeforePresenter = page === "summary" || page === "peers" ? page : "walkthrough"
            page = "presenter"
            fullScreenRequested(true)
        }
    }

    function openAssessment(assessmentId) {
        if (Workshop.openAssessment(assessmentId))
            page = "walkthrough"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AppToolBar {
            Layout.fillWidth: true
            visible: !shell.presenting
            page: shell.page
            onPageRequested: name => name === "presenter" ? shell.togglePresenter() : shell.showPage(name)
            onFindRequested: findDialog.open()
        }

        ErrorBanner {
            Layout.fillWidth: true
            visible: Workshop.saveStatus.state === SaveStatus.Failed && Workshop.startupProblem === ""
        }

        ReadOnlyNotice {
            Layout.fillWidth: true
        }

        DatabaseProblemPage {
            objectName: "databaseProblemPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Workshop.startupProblem !== ""
            onDatabaseRequested: databaseDialog.openFor(Workshop.databasePath)
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Workshop.startupProblem === ""
            currentIndex: Math.max(0, shell.pages.indexOf(shell.page))

            // A Page reports the role page tab; its title is its accessible name.
            StartPage {
                objectName: "startPage"
                title: qsTr("Assessments")
                onOpenRequested: assessmentId => shell.openAssessment(assessmentId)
                onGroupsRequested: groupsDialog.open()
                onDatabaseRequested: databaseDialog.openFor("")
            }
            WalkthroughPage {
                objectName: "walkthroughPage"
                title: qsTr("Walkthrough")
            }
            SummaryPage {
                title: qsTr("Summary")
                onItemRequested: index => {
                    Workshop.session.navigator.goTo(index)
                    shell.page = "walkthrough"
                }
            }
            PeersPage {
                objectName: "peersPage"
                title: qsTr("Peers")
                onGroupsRequested: groupsDialog.open()
            }
            PresenterView {
                onLeaveRequested: shell.togglePresenter()
            }
        }
    }

    PresenterAnnouncer {
        objectName: "presenterAnnouncer"
        active: shell.presenting
    }

    PeerGroupsDialog {
        id: groupsDialog
    }

    OpenDatabaseDialog {
        id: databaseDialog
        objectName: "openDatabaseDialog"
        onDatabaseOpened: shell.page = "start"
    }

    FindItemDialog {
        id: findDialog
        onItemChosen: index => {
            Workshop.session.navigator.goTo(index)
            if (shell.page !== "presenter")
                shell.page = "walkthrough"
        }
    }

    Instantiator {
        model: Workshop.session.response.scaleMax + 1
        delegate: Shortcut {
            required property int index
            sequences: [String(index), "Num+" + index]
            enabled: shell.canEdit
            context: Qt.WindowShortcut
            onActivated: Workshop.session.response.chooseLevel(index)
        }
    }
    Shortcut {
        sequence: "N"
        enabled: shell.canEdit && Workshop.session.response.allowNotApplicable
        onActivated: Workshop.session.response.chooseNotApplicable()
    }
    Shortcut {
        sequences: ["Delete"]
        enabled: shell.canEdit
        onActivated: Workshop.session.response.clearRating()
    }
    Shortcut {
        sequences: ["Ctrl+Z"]
        enabled: shell.canEdit && Workshop.session.response.canUndo
        onActivated: Workshop.session.response.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: shell.canEdit && Workshop.session.response.canRedo
        onActivated: Workshop.session.response.redo()
    }
    Shortcut {
        sequences: ["Right", "PgDown"]
        enabled: shell.rating
        onActivated: Workshop.session.navigator.next()
    }
    Shortcut {
        sequences: ["Left", "PgUp"]
        enabled: shell.rating
        onActivated: Workshop.session.navigator.previous()
    }
    Shortcut {
        sequence: "U"
        enabled: shell.rating
        onActivated: Workshop.session.navigator.nextUnassessed()
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: shell.rating && Workshop.session.navigator.textLanguage.available
        onActivated: Workshop.session.navigator.textLanguage.toggleEnglish()
    }
    Shortcut {
        sequence: StandardKey.Find
        enabled: Workshop.session.isOpen
        onActivated: findDialog.open()
    }
    Shortcut {
        sequence: "F5"
        enabled: Workshop.session.isOpen
        onActivated: shell.togglePresenter()
    }
    Shortcut {
        sequence: "Esc"
        enabled: shell.presenting
        onActivated: shell.togglePresenter()
    }
}
