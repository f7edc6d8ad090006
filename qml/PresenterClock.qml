// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The presenter's countdown for the agenda session of the current item: T starts and pauses it,
// Shift+T starts the session's time box again. When time is up it turns the warning colour and
// pulses a few times, without sound; the workshop goes on.
Rectangle {
    id: clock

    property real unit: 16
    property bool active: true
    readonly property alias agenda: agenda

    visible: agenda.currentSession >= 0
    implicitWidth: row.implicitWidth + unit
    implicitHeight: row.implicitHeight + unit * 0.4
    radius: unit * 0.3
    color: agenda.timeUp ? Style.errorBackground : "transparent"
    border.width: 1
    border.color: agenda.timeUp ? Style.errorColor : Style.divider
    Accessible.role: Accessible.Clock
    Accessible.name: agenda.timeUp ? qsTr("Time is up for %1").arg(agenda.currentTitle)
                                   : qsTr("%1 left for %2").arg(agenda.timeLeft).arg(agenda.currentTitle)

    AgendaController {
        id: agenda
        session: Workshop.session
        onTimeRanOut: pulse.restart()
    }

    onActiveChanged: {
        if (active)
            agenda.reload()
    }

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: clock.unit * 0.4
        Label {
            objectName: "presenterSessionTitle"
            Layout.maximumWidth: clock.unit * 10
            text: agenda.currentTitle
            font.pixelSize: clock.unit * 0.8
            elide: Text.ElideRight
            color: agenda.timeUp ? Style.onError : Style.foreground
        }
        Label {
            objectName: "presenterTimeLeft"
            text: agenda.timeLeft
            font.pixelSize: clock.unit
            font.weight: Font.Bold
            color: agenda.timeUp ? Style.onError : Style.foreground
            opacity: agenda.running || agenda.timeUp ? 1 : 0.6
        }
    }

    SequentialAnimation {
        id: pulse
        loops: 3
        NumberAnimation { target: clock; property: "opacity"; to: 0.35; duration: 500; easing.type: Easing.InOutQuad }
        NumberAnimation { target: clock; property: "opacity"; to: 1; duration: 500; easing.type: Easing.InOutQuad }
    }

    Shortcut {
        sequence: "T"
        enabled: clock.active && clock.visible
        onActivated: agenda.toggleClock()
    }
    Shortcut {
        sequence: "Shift+T"
        enabled: clock.active && clock.visible
        onActivated: agenda.resetClock()
    }
}
