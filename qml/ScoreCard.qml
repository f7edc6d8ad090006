// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// A section's mean level and how much of it has been assessed.
Frame {
    id: card

    property string heading
    property string mean
    property int scaleMax
    property int itemCount
    property int scoredCount
    property int notApplicableCount

    padding: Style.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: mean level %2 of %3, %4 of %5 items assessed").arg(heading).arg(mean).arg(scaleMax)
                     .arg(scoredCount + notApplicableCount).arg(itemCount)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: card.heading
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: Style.gap
            Label {
                text: card.mean
                font.pixelSize: 36
                font.weight: Font.Bold
                color: Style.accent
            }
            Label {
                Layout.alignment: Qt.AlignBaseline
                text: qsTr("mean level of %1").arg(card.scaleMax)
                opacity: 0.75
            }
        }
        SlimProgressBar {
            Layout.fillWidth: true
            total: card.itemCount
            amount: card.scoredCount + card.notApplicableCount
            Accessible.name: qsTr("Coverage")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Coverage: %1 of %2 assessed (%3 scored, %4 N/A)").arg(card.scoredCount + card.notApplicableCount)
                  .arg(card.itemCount).arg(card.scoredCount).arg(card.notApplicableCount)
            wrapMode: Text.Wrap
        }
    }
}
