// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Items × sections: one cell per item in its section's row, coloured and marked (▼ ≈ ▲) by the
// state's gap to the peer median; hatched, without a value, where too few peers have a level.
ColumnLayout {
    id: heatMap

    property var model
    // The sections of PeerComparisonController.summaries (id, title).
    property var sections: []
    property int minPeers: 3

    spacing: Style.gap
    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Heat map of the gaps to the peer median")

    Repeater {
        model: heatMap.sections
        delegate: ColumnLayout {
            id: sectionRow

            required property var modelData

            Layout.fillWidth: true
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: sectionRow.modelData.title
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 3

                Repeater {
                    model: heatMap.model
                    delegate: GapHeatCell {
                        objectName: "heatCell_" + itemId
                        visible: sectionId === sectionRow.modelData.id
                        minPeers: heatMap.minPeers
                    }
                }
            }
        }
    }

    Flow {
        objectName: "heatMapLegend"
        Layout.fillWidth: true
        spacing: Style.margin
        Repeater {
            model: [
                { gap: -2, label: qsTr("1.5 or more below") },
                { gap: -1, label: qsTr("0.5–1.5 below") },
                { gap: 0, label: qsTr("near the median") },
                { gap: 1, label: qsTr("0.5–1.5 above") },
                { gap: 2, label: qsTr("1.5 or more above") }
            ]
            delegate: Row {
                required property var modelData
                spacing: 4
                Rectangle {
                    width: 28
                    height: 18
                    radius: 2
                    color: Style.gapColor(modelData.gap)
                    Label {
                        anchors.centerIn: parent
                        text: Style.gapSymbol(modelData.gap)
                        font.pixelSize: 10
                        color: Style.gapTextColor(modelData.gap)
                    }
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: modelData.label
                    font.pixelSize: 12
                }
            }
        }
        Row {
            spacing: 4
            Rectangle {
                width: 28
                height: 18
                radius: 2
                color: Style.surface
                border.color: Style.divider
                Label {
                    anchors.centerIn: parent
                    text: qsTr("–")
                    font.pixelSize: 10
                    color: Style.secondaryForeground
                }
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("not rated or N/A")
                font.pixelSize: 12
            }
        }
        Row {
            spacing: 4
            Rectangle {
                width: 28
                height: 18
                radius: 2
                color: Style.noPeersColor
                border.color: Style.divider
                GapHatching {
                    anchors.fill: parent
                    anchors.margins: 1
                }
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("fewer than %n peer(s): no value", "", heatMap.minPeers)
                font.pixelSize: 12
            }
        }
    }
}
