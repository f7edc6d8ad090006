// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Which members of the group were compared (their newest final assessment) and which have
// none yet.
Frame {
    id: pane

    property var peersUsed: []
    property var missingPeers: []
    property int minPeers

    function namesOf(list, withDate) {
        return list.map(peer => withDate ? qsTr("%1 (%2, %3)").arg(peer.name).arg(peer.code).arg(peer.date)
                                         : qsTr("%1 (%2)").arg(peer.name).arg(peer.code)).join(qsTr(", "))
    }

    padding: Style.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Peers used and missing")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            objectName: "peersUsedText"
            Layout.fillWidth: true
            text: pane.peersUsed.length === 0
                  ? qsTr("Peers used: none – no other member has a final assessment on this framework.")
                  : qsTr("Peers used (%1): %2").arg(pane.peersUsed.length).arg(pane.namesOf(pane.peersUsed, true))
            wrapMode: Text.Wrap
            Accessible.name: text
        }
        Label {
            objectName: "missingPeersText"
            Layout.fillWidth: true
            text: pane.missingPeers.length === 0
                  ? qsTr("Missing peers: none.")
                  : qsTr("Missing peers, without a final assessment (%1): %2").arg(pane.missingPeers.length)
                    .arg(pane.namesOf(pane.missingPeers, false))
            wrapMode: Text.Wrap
            opacity: 0.8
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: pane.peersUsed.length < pane.minPeers
                  ? qsTr("Peer figures need at least %n peer(s) with a level, so they stay blank.", "", pane.minPeers)
                  : qsTr("Peer figures are shown where at least %n peer(s) have a level.", "", pane.minPeers)
            font.pixelSize: 12
            opacity: 0.75
            wrapMode: Text.Wrap
        }
    }
}
