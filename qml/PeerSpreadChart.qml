// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// One row per item: the spread of the peers' levels with the state's level and target.
Column {
    id: chart

    property alias model: rows.model
    property int scaleMin: 0
    property int scaleMax: 4
    property int minPeers: 3
    readonly property real labelWidth: 64
    readonly property real valueWidth: 190
    readonly property real plotLeft: labelWidth + 12
    readonly property real plotWidth: Math.max(100, width - plotLeft - valueWidth - 12)

    function xFor(level) {
        return plotLeft + plotWidth * (level - scaleMin) / Math.max(1, scaleMax - scaleMin)
    }

    spacing: 0
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Each item's level against the spread of the peers' levels")

    Item {
        width: chart.width
        height: 22

        Repeater {
            model: chart.scaleMax - chart.scaleMin + 1
            delegate: Label {
                required property int index
                x: chart.xFor(chart.scaleMin + index) - width / 2
                text: chart.scaleMin + index
                font.pixelSize: 12
                opacity: 0.75
            }
        }
        Label {
            x: chart.plotLeft + chart.plotWidth + 12
            text: qsTr("level · peer median")
            font.pixelSize: 12
            opacity: 0.75
        }
    }

    Item {
        width: chart.width
        height: rowColumn.height

        Repeater {
            model: chart.scaleMax - chart.scaleMin + 1
            delegate: Rectangle {
                required property int index
                x: chart.xFor(chart.scaleMin + index)
                width: 1
                height: parent.height
                color: Style.foreground
                opacity: 0.12
            }
        }

        Column {
            id: rowColumn
            width: parent.width

            Repeater {
                id: rows
                delegate: PeerSpreadRow {
                    width: chart.width
                    spread: chart
                }
            }
        }
    }
}
