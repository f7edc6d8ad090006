// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// The reason a change asked for in a dialog was refused, shown beside the dialog's fields. It
// listens to the one SaveStatus.failed signal while its dialog is open; clear() when it opens.
Label {
    id: failure

    // Whether the dialog holding this label is the one asking for changes.
    property bool listening: false
    property string message

    function clear() {
        message = ""
    }

    visible: message !== ""
    text: message
    color: Style.errorColor
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Connections {
        target: Workshop.saveStatus
        enabled: failure.listening
        function onFailed(heading, message) {
            failure.message = message
        }
    }
}
