// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Iamm

// Instead of the pages when the database cannot be used (damaged, not a database, another
// program's file): what is wrong with which file, where the backups are, and a way back.
Page {
    id: problemPage

    signal databaseRequested()

    implicitWidth: 400
    implicitHeight: 300

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Style.pageMargin
            y: Style.pageMargin
            width: Math.min(scroll.availableWidth - 2 * Style.pageMargin, Style.readableWidth)
            spacing: Style.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("The database cannot be used")
                font.pixelSize: 28
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "databaseProblemText"
                Layout.fillWidth: true
                text: Workshop.startupProblem
                color: Style.errorColor
                font.weight: Font.Medium
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: Workshop.backupsFolder === ""
                      ? qsTr("Nothing was changed in the database. Check the address, the password and the network, "
                             + "or open another database.")
                      : qsTr("Nothing was changed in the file. Backups are kept in %1.").arg(Workshop.backupsFolder)
                wrapMode: Text.WrapAnywhere
            }
            Label {
                objectName: "newestBackupText"
                Layout.fillWidth: true
                visible: Workshop.backupsFolder !== ""
                text: Workshop.newestGoodBackup !== ""
                      ? qsTr("The newest good backup is %1. Restoring it replaces the database; the replaced "
                             + "file is kept beside it.").arg(Workshop.newestGoodBackup)
                      : qsTr("There is no good backup yet. Choose a backup file or copy of the database to restore, "
                             + "or run “iamm check” to see every problem.")
                wrapMode: Text.WrapAnywhere
            }
            Label {
                objectName: "restoreProblemText"
                Layout.fillWidth: true
                visible: Workshop.saveStatus.state === SaveStatus.Failed
                text: Workshop.saveStatus.errorMessage
                color: Style.errorColor
                wrapMode: Text.WrapAnywhere
            }
            Flow {
                Layout.fillWidth: true
                spacing: Style.gap
                Button {
                    objectName: "restoreNewestButton"
                    visible: Workshop.newestGoodBackup !== ""
                    text: qsTr("Restore the newest backup")
                    highlighted: true
                    Accessible.name: qsTr("Restore the database from %1").arg(Workshop.newestGoodBackup)
                    onClicked: Workshop.restoreNewestBackup()
                }
                Button {
                    objectName: "openOtherDatabaseButton"
                    text: qsTr("Open another database…")
                    highlighted: Workshop.backupsFolder === ""
                    Accessible.name: qsTr("Open another database file or a shared database on a server")
                    onClicked: problemPage.databaseRequested()
                }
                Button {
                    objectName: "restoreChooseButton"
                    visible: Workshop.backupsFolder !== ""
                    text: qsTr("Restore from a file…")
                    Accessible.name: qsTr("Choose a backup file to restore the database from")
                    onClicked: restoreDialog.open()
                }
            }
        }
    }

    FileDialog {
        id: restoreDialog
        title: qsTr("Restore the database from a backup")
        currentFolder: Workshop.backupsFolderUrl()
        nameFilters: [qsTr("Databases (*.sqlite)")]
        onAccepted: Workshop.restoreBackup(selectedFile)
    }
}
