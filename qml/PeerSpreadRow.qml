// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// One item in the spread chart: min–max line, q1–q3 box, median tick, the state's dot and
// its target's diamond; grey text instead of the spread when too few peers have a level.
Item {
    id: row

    required property var spread
    required property int index
    required property string itemId
    required property string sectionId
    required property int score
    required property bool notApplicable
    required property int target
    required property bool hasPeers
    required property int peerCount
    required property real peerMin
    required property real peerQ1
    required property real peerMedian
    required property real peerQ3
    required property real peerMax

    readonly property real middle: height / 2
    readonly property int minPeers: spread?.minPeers ?? 0
    readonly property string scoreText: score >= 0 ? String(score) : notApplicable ? qsTr("N/A") : qsTr("–")
    readonly property string medianText: hasPeers ? Localizer.formatNumber(peerMedian, 1) : qsTr("–")

    height: 24
    Accessible.role: Accessible.ListItem
    Accessible.name: hasPeers
                     ? qsTr("%1: level %2, target %3, peer median %4 of %n peer(s)", "", peerCount).arg(itemId).arg(scoreText)
                       .arg(target).arg(medianText)
                     : qsTr("%1: level %2, target %3, fewer than %n peer(s)", "", minPeers).arg(itemId).arg(scoreText)
                       .arg(target)

    Rectangle {
        anchors.fill: parent
        color: Style.subtleSurface
        opacity: row.index % 2 === 0 ? 0.5 : 0
    }
    Label {
        width: row.spread.labelWidth
        anchors.verticalCenter: parent.verticalCenter
        text: row.itemId
        font.pixelSize: 12
        font.weight: Font.Medium
    }

    Label {
        visible: !row.hasPeers
        x: row.spread.plotLeft + 6
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("fewer than %n peer(s)", "", row.minPeers)
        font.pixelSize: 11
        font.italic: true
        color: Style.secondaryForeground
    }
    Rectangle {
        visible: row.hasPeers
        x: row.spread.xFor(row.peerMin)
        y: row.middle - 1
        width: Math.max(1, row.spread.xFor(row.peerMax) - x)
        height: 2
        color: Style.secondaryForeground
    }
    Rectangle {
        visible: row.hasPeers
        x: row.spread.xFor(row.peerQ1)
        y: row.middle - 6
        width: Math.max(2, row.spread.xFor(row.peerQ3) - x)
        height: 12
        color: Style.tint(Style.secondaryForeground, 0.3)
        border.color: Style.secondaryForeground
    }
    Rectangle {
        visible: row.hasPeers
        x: row.spread.xFor(row.peerMedian) - 1.5
        y: row.middle - 9
        width: 3
        height: 18
        color: Style.foreground
    }
    Rectangle {
        x: row.spread.xFor(row.target) - 5
        y: row.middle - 5
        width: 10
        height: 10
        rotation: 45
        color: "transparent"
        border.color: Style.targetColor
        border.width: 2
    }
    Rectangle {
        visible: row.score >= 0
        x: row.spread.xFor(Math.max(0, row.score)) - 6
        y: row.middle - 6
        width: 12
        height: 12
        radius: 6
        color: Style.levelColor(row.score)
        border.color: Style.surface
        border.width: 1.5
    }

    Label {
        x: row.spread.plotLeft + row.spread.plotWidth + 12
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("%1 · %2").arg(row.scoreText).arg(row.medianText)
        font.pixelSize: 12
    }
}
