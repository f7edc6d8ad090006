// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Before a live vote: which of this computer's addresses and which port the voting page is served on.
// Phones must be on the same network; nothing goes through the internet.
Dialog {
    id: dialog

    required property VotingController voting

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Style.pageMargin : 560)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Start live voting")
    onAboutToShow: voting.refreshAddresses()

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Style.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("Participants vote from their phones on this computer's own voting page, on the local "
                       + "network only. They need the session code shown on the screen; nobody sees who voted what.")
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Network address")
        }
        ComboBox {
            id: addressBox
            objectName: "votingAddressBox"
            Layout.fillWidth: true
            model: dialog.voting.addresses
            Accessible.name: qsTr("Network address to serve the voting page on")
        }
        Label {
            text: qsTr("Port")
        }
        SpinBox {
            id: portBox
            objectName: "votingPortBox"
            from: 1024
            to: 65535
            value: dialog.voting.defaultPort
            editable: true
            textFromValue: value => String(value)
            Accessible.name: qsTr("Port of the voting page")
        }
        Label {
            objectName: "votingProblem"
            Layout.fillWidth: true
            visible: dialog.voting.problem !== ""
            text: dialog.voting.problem
            color: Style.errorColor
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "startVotingButton"
            text: qsTr("Start voting")
            highlighted: true
            Accessible.name: qsTr("Start serving the voting page and open the vote on this item")
            onClicked: {
                if (dialog.voting.start(addressBox.currentText, portBox.value))
                    dialog.close()
            }
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
