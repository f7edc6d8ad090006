// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// One item of the heat map: its number, the gap to the peer median and a ▼/≈/▲ symbol for the band,
// so the meaning never rests on colour alone. Too few peers: a hatched cell with no value at all;
// not rated: a plain cell with "–".
Rectangle {
    id: cell

    required property string itemId
    required property string sectionId
    required property int score
    required property bool notApplicable
    required property bool hasPeers
    required property int peerCount
    required property real peerMedian
    required property real percentileRank
    required property real gapToMedian
    required property bool hasGapToMedian
    property int minPeers: 3

    readonly property string gapText: hasGapToMedian
                                      ? Style.gapSymbol(gapToMedian) + " " + (gapToMedian > 0 ? "+" : "")
                                        + Localizer.formatNumber(gapToMedian, 1)
                                      : hasPeers ? qsTr("–") : ""
    readonly property string description: !hasPeers
                                          ? qsTr("%1: fewer than %n peer(s), no value", "", minPeers).arg(itemId)
                                          : !hasGapToMedian
                                            ? qsTr("%1: %2, peer median %3").arg(itemId)
                                              .arg(notApplicable ? qsTr("not applicable") : qsTr("not rated"))
                                              .arg(Localizer.formatNumber(peerMedian, 1))
                                            : qsTr("%1: level %2, peer median %3, gap %4, percentile rank %5").arg(itemId)
                                              .arg(score).arg(Localizer.formatNumber(peerMedian, 1))
                                              .arg(gapText).arg(Localizer.formatNumber(percentileRank, 0))

    width: 56
    height: 40
    radius: 3
    color: hasGapToMedian ? Style.gapColor(gapToMedian) : hasPeers ? Style.surface : Style.noPeersColor
    border.color: hasGapToMedian ? "transparent" : Style.divider
    Accessible.role: Accessible.Cell
    Accessible.name: description

    GapHatching {
        objectName: "hatching"
        anchors.fill: parent
        anchors.margins: 1
        visible: !cell.hasPeers
    }

    Column {
        anchors.centerIn: parent
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            text: cell.itemId
            font.pixelSize: 10
            font.weight: Font.Medium
            color: cell.hasGapToMedian ? Style.gapTextColor(cell.gapToMedian) : Style.foreground
        }
        Label {
            objectName: "gapValue"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: cell.gapText !== ""
            text: cell.gapText
            font.pixelSize: 12
            font.weight: Font.Bold
            color: cell.hasGapToMedian ? Style.gapTextColor(cell.gapToMedian) : Style.secondaryForeground
        }
    }

    HoverHandler {
        id: hover
    }
    ToolTip.visible: hover.hovered
    ToolTip.text: description
}
