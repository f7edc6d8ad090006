// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Iamm

// Opens another database in place of the current one: a database file on this computer, or a
// shared database on a PostgreSQL server, with its password for this run only. The current
// database stays open when the other cannot be opened.
Dialog {
    id: dialog

    // Asks for the address it was given, e.g. a server the app could not connect to at start.
    function openFor(address) {
        chooser.clearProblem()
        addressField.text = address
        passwordField.text = ""
        open()
        if (chooser.isServerAddress(address))
            passwordField.forceActiveFocus()
        else
            addressField.forceActiveFocus()
    }

    function openAddress() {
        const opened = chooser.open(addressField.text, passwordField.text)
        passwordField.text = ""
        if (opened) {
            close()
            databaseOpened()
        } else if (passwordField.visible) {
            passwordField.forceActiveFocus()
        }
    }

    signal databaseOpened()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 2 * Style.pageMargin : 720)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Open a database")

    DatabaseChooser {
        id: chooser
        objectName: "databaseChooser"
        workshop: Workshop
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("Open now: %1").arg(Workshop.databasePath)
            opacity: 0.7
            wrapMode: Text.WrapAnywhere
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A database file on this computer, or a shared database on a server: "
                       + "postgresql://USER@SERVER[:PORT]/DATABASE")
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Style.gap
            TextField {
                id: addressField
                objectName: "databaseAddressField"
                Layout.fillWidth: true
                placeholderText: qsTr("postgresql://USER@SERVER/DATABASE or a file path")
                Accessible.name: qsTr("Database address or file")
                onAccepted: dialog.openAddress()
            }
            Button {
                text: qsTr("Choose a file…")
                Accessible.name: qsTr("Choose a database file on this computer")
                onClicked: fileDialog.open()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: passwordField.visible
            text: qsTr("Password (kept only until the application closes; leave it empty to use ~/.pgpass)")
            wrapMode: Text.Wrap
        }
        TextField {
            id: passwordField
            objectName: "databasePasswordField"
            Layout.fillWidth: true
            visible: chooser.isServerAddress(addressField.text)
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password for the database server")
            onAccepted: dialog.openAddress()
        }
        Label {
            objectName: "databaseProblemText"
            Layout.fillWidth: true
            visible: chooser.problem !== ""
            text: chooser.problem
            color: Style.errorColor
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Style.gap
            text: qsTr("Recent databases")
            font.weight: Font.Medium
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: [chooser.defaultLocation].concat(chooser.recentLocations.filter(
                                                        address => address !== chooser.defaultLocation))
            delegate: Button {
                required property string modelData
                required property int index
                Layout.fillWidth: true
                flat: true
                text: index === 0 ? qsTr("This computer: %1").arg(modelData) : modelData
                Accessible.name: qsTr("Use %1").arg(modelData)
                contentItem: Label {
                    text: parent.text
                    elide: Text.ElideMiddle
                    horizontalAlignment: Text.AlignLeft
                }
                onClicked: {
                    chooser.clearProblem()
                    addressField.text = modelData
                    passwordField.text = ""
                    if (passwordField.visible)
                        passwordField.forceActiveFocus()
                }
                onDoubleClicked: dialog.openAddress()
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "openDatabaseConfirmButton"
            text: qsTr("Open")
            highlighted: true
            enabled: addressField.text.trim() !== ""
            Accessible.name: qsTr("Open the database")
            onClicked: dialog.openAddress()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open a database file")
        currentFolder: FileLocations.startFolder()
        nameFilters: [qsTr("Databases (*.sqlite)"), qsTr("All files (*)")]
        onAccepted: {
            addressField.text = FileLocations.localPath(selectedFile)
            dialog.openAddress()
        }
    }
}
