// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Iamm

// The assessments in the database and what can be done with them; exchange files are
// imported with "Import…" or by dropping them on the page.
Page {
    id: startPage

    // What the last import or export did, shown under the heading.
    property string notice
    // The file the last export wrote, offered for opening.
    property url exportedFile
    // Asks before an import replaces assessments in the database.
    readonly property alias replaceDialog: replaceDialog

    signal openRequested(string assessmentId)
    signal groupsRequested()
    signal databaseRequested()

    // All or nothing: on any problem the banner names the file and field and nothing changes.
    // Files that would replace assessments in the database are imported only after a confirmation
    // (then 0 is returned until it is given).
    function importUrls(urls) {
        notice = ""
        exportedFile = ""
        if (urls.length > 0)
            FileLocations.remember(urls[0])
        const replaced = Workshop.assessmentsReplacedBy(urls)
        if (replaced.length > 0) {
            replaceDialog.openFor(urls, replaced)
            return 0
        }
        return importConfirmed(urls, false)
    }

    function importConfirmed(urls, replace) {
        const count = Workshop.importFiles(urls, replace)
        if (count >= 0)
            notice = qsTr("Imported %n assessment(s).", "", count)
        return count
    }

    function exportAssessment(assessmentId, file, share) {
        notice = ""
        exportedFile = ""
        if (Workshop.exportAssessment(assessmentId, file, share)) {
            const path = FileLocations.localPath(file)
            exportedFile = file
            notice = share ? qsTr("Exported for sharing to %1").arg(path) : qsTr("Exported to %1").arg(path)
        }
    }

    function backUp() {
        notice = ""
        const path = Workshop.backUpNow()
        if (path !== "")
            notice = qsTr("Backed up to %1").arg(path)
    }

    readonly property bool writable: Workshop.startupProblem === "" && Workshop.readOnlyReason === ""

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    AssessmentFilterModel {
        id: assessmentFilter
        objectName: "assessmentFilter"
        assessments: Workshop.assessments
    }

    ListView {
        id: list
        objectName: "assessmentList"
        anchors.fill: parent
        clip: true
        model: assessmentFilter
        // No current card: a current item would take the focus from the filter field in the
        // header whenever the filter changes the rows.
        currentIndex: -1
        spacing: Style.gap
        bottomMargin: Style.pageMargin
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Assessments")

        header: ColumnLayout {
            width: list.width
            spacing: Style.margin

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Style.pageMargin
                Layout.bottomMargin: Style.margin
                spacing: Style.margin

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Assessments")
                        font.pixelSize: 28
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Database: %1").arg(Workshop.databasePath)
                        opacity: 0.7
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                    Label {
                        objectName: "backupsFolderText"
                        Layout.fillWidth: true
                        text: Workshop.backupsFolder === ""
                              ? qsTr("Backups: kept by the server's administrator")
                              : qsTr("Backups: %1 (on closing after changes and before upgrades; the newest 10 are kept)")
                                .arg(Workshop.backupsFolder)
                        opacity: 0.7
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                    Button {
                        objectName: "openDatabaseButton"
                        Layout.leftMargin: -leftPadding
                        text: qsTr("Open database…")
                        flat: true
                        Accessible.name: qsTr("Open another database file or a shared database on a server")
                        onClicked: startPage.databaseRequested()
                    }
                }
                Button {
                    objectName: "peerGroupsButton"
                    text: qsTr("Peer groups…")
                    flat: true
                    enabled: Workshop.startupProblem === ""
                    Accessible.name: qsTr("Show and edit the peer groups")
                    onClicked: startPage.groupsRequested()
                }
                Button {
                    objectName: "backUpButton"
                    text: qsTr("Back up now…")
                    flat: true
                    visible: Workshop.backupsFolder !== ""
                    enabled: Workshop.startupProblem === ""
                    Accessible.name: qsTr("Write a backup of the database into %1").arg(Workshop.backupsFolder)
                    onClicked: startPage.backUp()
                }
                Button {
                    objectName: "restoreButton"
                    text: qsTr("Restore…")
                    flat: true
                    visible: Workshop.backupsFolder !== ""
                    enabled: Workshop.readOnlyReason === ""
                    Accessible.name: qsTr("Replace the database by a backup")
                    onClicked: restoreDialog.open()
                }
                Button {
                    objectName: "importButton"
                    text: qsTr("Import…")
                    enabled: startPage.writable
                    Accessible.name: qsTr("Import assessments from exchange files")
                    onClicked: {
                        importDialog.currentFolder = FileLocations.startFolder()
                        importDialog.open()
                    }
                }
                Button {
                    objectName: "newAssessmentButton"
                    text: qsTr("New assessment…")
                    highlighted: true
                    enabled: startPage.writable
                    Accessible.name: qsTr("Create a new assessment")
                    onClicked: newAssessmentDialog.open()
                }
            }

            SavedFileNotice {
                objectName: "startNotice"
                Layout.fillWidth: true
                Layout.leftMargin: Style.pageMargin
                Layout.rightMargin: Style.pageMargin
                message: startPage.notice
                file: startPage.exportedFile
            }

            AssessmentFilterBar {
                Layout.fillWidth: true
                Layout.leftMargin: Style.pageMargin
                Layout.rightMargin: Style.pageMargin
                visible: Workshop.assessments.count > 0
                filter: assessmentFilter
            }

            DemoOfferPane {
                Layout.fillWidth: true
                Layout.leftMargin: Style.pageMargin
                Layout.rightMargin: Style.pageMargin
                visible: Workshop.assessments.count === 0 && startPage.writable
                onDemoRequested: {
                    if (Workshop.loadDemoWorkshop())
                        startPage.openRequested(Workshop.session.assessmentId)
                }
                onCreateRequested: newAssessmentDialog.open()
            }
        }

        // The rounds of a state that has more than one assessment sit under a heading with its name.
        section.property: "stateCode"
        section.delegate: StateRoundsHeading {
            width: list.width - 2 * Style.pageMargin
            x: Style.pageMargin
            assessments: Workshop.assessments
        }

        delegate: AssessmentCard {
            width: list.width - 2 * Style.pageMargin
            x: Style.pageMargin
            onOpenRequested: startPage.openRequested(assessmentId)
            onNewRoundRequested: newRoundDialog.openFor(assessmentId, stateName, title)
            onDeleteRequested: deleteDialog.openFor(assessmentId, stateName, title)
            onStatusChangeRequested: statusDialog.openFor(assessmentId, stateName, title, isFinal, remainingCount)
            onDetailsRequested: detailsDialog.openFor(assessmentId, stateName, title, isFinal)
            onExportRequested: share => exportDialog.openFor(assessmentId, share)
        }
    }

    DropArea {
        id: dropArea
        objectName: "importDropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            const files = drop.urls.filter(url => url.toString().toLowerCase().endsWith(".json"))
            if (files.length > 0) {
                drop.acceptProposedAction()
                startPage.importUrls(files)
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        visible: dropArea.containsDrag
        color: Style.tint(Style.accent, 0.12)
        border.color: Style.accent
        border.width: 3
        Label {
            anchors.centerIn: parent
            text: qsTr("Drop exchange files (.json) to import them")
            font.pixelSize: 22
            color: Style.accent
        }
    }

    FileDialog {
        id: importDialog
        objectName: "importFileDialog"
        title: qsTr("Import assessments from exchange files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Exchange files (*.json)")]
        onAccepted: startPage.importUrls(selectedFiles)
    }

    SaveFileDialog {
        id: exportDialog

        property string assessmentId
        property bool share

        function openFor(id, forSharing) {
            assessmentId = id
            share = forSharing
            openWith(FileLocations.fileNameOf(Workshop.suggestedExportFile(id, forSharing)))
        }

        objectName: "exportFileDialog"
        title: share ? qsTr("Export for sharing (no typed text, no confidential items)") : qsTr("Export the assessment")
        suffix: "json"
        onFileChosen: file => startPage.exportAssessment(assessmentId, file, share)
    }

    FileDialog {
        id: restoreDialog
        title: qsTr("Restore the database from a backup")
        currentFolder: Workshop.backupsFolderUrl()
        nameFilters: [qsTr("Databases (*.sqlite)")]
        onAccepted: confirmRestore.openFor(selectedFile)
    }

    ConfirmDialog {
        id: confirmRestore

        property url backup

        function openFor(file) {
            backup = file
            message = qsTr("Replace the database by the backup %1? The current database is kept beside it as "
                           + "“…replaced-DATE”.").arg(FileLocations.localPath(file))
            open()
        }

        title: qsTr("Restore a backup")
        confirmText: qsTr("Restore")
        onConfirmed: {
            if (Workshop.restoreBackup(backup))
                startPage.notice = qsTr("Restored from %1").arg(FileLocations.localPath(backup))
        }
    }

    NewAssessmentDialog {
        id: newAssessmentDialog
        onCreated: assessmentId => startPage.openRequested(assessmentId)
    }

    NewRoundDialog {
        id: newRoundDialog
        onCreated: assessmentId => startPage.openRequested(assessmentId)
    }

    StatusChangeDialog {
        id: statusDialog
    }

    AssessmentDetailsDialog {
        id: detailsDialog
    }

    ConfirmDialog {
        id: replaceDialog
        objectName: "replaceDialog"

        property var urls: []

        function openFor(files, descriptions) {
            urls = files
            message = qsTr("Replace assessment %1 with the imported file? Its ratings, evidence and actions "
                           + "in this database are replaced.").arg(descriptions.join(", "))
            open()
        }

        title: qsTr("Replace assessment?")
        confirmText: qsTr("Replace")
        onConfirmed: startPage.importConfirmed(urls, true)
    }

    ConfirmDialog {
        id: deleteDialog

        property string assessmentId

        function openFor(id, stateName, title) {
            assessmentId = id
            message = qsTr("Delete the assessment “%1” of %2 with all its ratings, evidence and actions? "
                           + "This cannot be undone.").arg(title).arg(stateName)
            open()
        }

        title: qsTr("Delete assessment")
        confirmText: qsTr("Delete")
        onConfirmed: Workshop.deleteAssessment(assessmentId)
    }
}
