// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The state's mean level for all items or one section next to the target and the peers'
// median, or why there is no peer figure.
Frame {
    id: card

    // One entry of PeerComparisonController.summaries.
    property var summary: ({})
    property int minPeers
    property int scaleMax

    readonly property string scoreText: Localizer.formatScore(summary.score, 2)
    readonly property string medianText: summary.hasPeers ? Localizer.formatScore(summary.peerMedian, 2) : qsTr("–")

    padding: Style.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: summary.hasPeers
                     ? qsTr("%1: mean level %2, target %3, peer median %4 of %n peer(s)", "", summary.peerCount).arg(summary.title)
                       .arg(scoreText).arg(Localizer.formatScore(summary.target, 2)).arg(medianText)
                     : qsTr("%1: mean level %2, target %3, fewer than %n peer(s)", "", minPeers).arg(summary.title).arg(scoreText)
                       .arg(Localizer.formatScore(summary.target, 2))

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: card.summary.title || ""
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Style.margin
            rowSpacing: 0

            Label {
                objectName: "stateScore"
                text: card.scoreText
                font.pixelSize: 32
                font.weight: Font.Bold
                color: Style.accent
            }
            Label {
                text: Localizer.formatScore(card.summary.target, 2)
                font.pixelSize: 32
                color: Style.targetColor
            }
            Label {
                objectName: "peerMedian"
                text: card.medianText
                font.pixelSize: 32
                color: card.summary.hasPeers ? Style.foreground : Style.secondaryForeground
            }
            Label {
                text: qsTr("mean level")
                opacity: 0.75
            }
            Label {
                text: qsTr("target")
                opacity: 0.75
            }
            Label {
                text: qsTr("peer median")
                opacity: 0.75
            }
        }
        Label {
            objectName: "peerDetail"
            Layout.fillWidth: true
            text: !card.summary.hasPeers
                  ? qsTr("Fewer than %n peer(s) have a level: no peer figures.", "", card.minPeers)
                  : card.summary.percentileRank < 0
                    ? qsTr("%n peer(s), range %1 to %2", "", card.summary.peerCount).arg(Localizer.formatScore(card.summary.peerMin, 2))
                      .arg(Localizer.formatScore(card.summary.peerMax, 2))
                    : qsTr("%n peer(s), range %1 to %2; percentile rank %3", "", card.summary.peerCount)
                      .arg(Localizer.formatScore(card.summary.peerMin, 2)).arg(Localizer.formatScore(card.summary.peerMax, 2))
                      .arg(Localizer.formatNumber(card.summary.percentileRank, 0))
            wrapMode: Text.Wrap
            opacity: 0.85
        }
    }
}
