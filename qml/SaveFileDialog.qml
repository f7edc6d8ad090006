// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Iamm

// Asks where to save a file: a folder that exists (the last one used, else Documents, else
// home) and a name that may also be a relative or absolute path. Stays open and says why
// when the name cannot be used.
Dialog {
    id: dialog

    // The file's ending without the dot, added when the typed name has none.
    property string suffix
    property string problem
    // A line under the name, e.g. which endings choose which format.
    property string hint

    signal fileChosen(url file)

    function openWith(suggestedName) {
        folderField.text = FileLocations.startFolderPath()
        nameField.text = suggestedName
        problem = ""
        open()
    }

    function save() {
        const target = FileLocations.saveTarget(folderField.text, nameField.text, suffix)
        if (target.error !== undefined) {
            problem = target.error
            return
        }
        FileLocations.remember(target.file)
        close()
        fileChosen(target.file)
    }

    objectName: "saveFileDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 2 * Style.pageMargin : 640)
    modal: true
    focus: true
    padding: Style.margin

    onOpened: {
        nameField.forceActiveFocus()
        const dot = nameField.text.lastIndexOf(".")
        nameField.select(0, dot > 0 ? dot : nameField.text.length)
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            text: qsTr("Folder")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Style.gap
            TextField {
                id: folderField
                objectName: "saveFolderField"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Folder to save in")
                onAccepted: dialog.save()
            }
            Button {
                objectName: "chooseFolderButton"
                text: qsTr("Choose…")
                Accessible.name: qsTr("Choose the folder to save in")
                onClicked: {
                    folderDialog.currentFolder = FileLocations.startFolder()
                    folderDialog.open()
                }
            }
        }
        Label {
            text: qsTr("File name")
        }
        TextField {
            id: nameField
            objectName: "saveNameField"
            Layout.fillWidth: true
            selectByMouse: true
            Accessible.name: qsTr("File name, or a path")
            onAccepted: dialog.save()
            onTextEdited: dialog.problem = ""
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.hint !== ""
            text: dialog.hint
            color: Style.secondaryForeground
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "saveProblem"
            Layout.fillWidth: true
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Style.errorColor
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveButton"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: qsTr("Save")
            onClicked: dialog.save()
        }
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the folder to save in")
        onAccepted: {
            folderField.text = FileLocations.localPath(selectedFolder)
            FileLocations.remember(selectedFolder)
        }
    }
}
