// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Asks before something that cannot be undone.
Dialog {
    id: dialog

    property string message
    property string confirmText: qsTr("OK")

    signal confirmed()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Style.pageMargin : 560)
    modal: true
    focus: true
    padding: Style.margin

    Label {
        objectName: "confirmMessage"
        width: dialog.availableWidth
        text: dialog.message
        wrapMode: Text.Wrap
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmButton"
            text: dialog.confirmText
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: dialog.confirmText
        }
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Cancel")
        }
    }

    onAccepted: confirmed()
}
