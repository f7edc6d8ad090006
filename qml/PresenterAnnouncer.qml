// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Iamm

// Tells a screen reader, while the presenter view is shown, which item it shows and which
// level the team chose. Qt 6.4 has no Accessible.announce (6.8), so this is an alert whose
// name is the message: it is shown anew for every message, and a screen reader reads an
// alert when it appears (AT-SPI object:state-changed:showing, and the name change).
Item {
    id: announcer

    property bool active
    readonly property var session: Workshop.session
    readonly property string message: {
        if (!session.isOpen)
            return ""
        const rating = session.response.notApplicable ? qsTr("not applicable")
                     : session.response.score >= 0 ? qsTr("level %1").arg(session.response.score)
                     : qsTr("not assessed yet")
        return qsTr("%1: %2. Rated %3.").arg(session.navigator.itemId).arg(session.navigator.itemText).arg(rating)
    }

    function reannounce() {
        visible = false
        visible = active && message !== ""
    }

    width: 1
    height: 1
    visible: false
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    onMessageChanged: reannounce()
    onActiveChanged: reannounce()
}
