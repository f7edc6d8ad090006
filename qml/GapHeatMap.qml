import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Items × sections: one cell per item in its section's row, coloured by the state's gap to
// the peer median; grey where too few peers have a level.
ColumnLayout {
    id: heatMap

    property var model
    // The sections of PeerComparison.summaries (id, title).
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
                        visible: sectionId === sectionRow.modelData.id
                        minPeers: heatMap.minPeers
                    }
                }
            }
        }
    }

    RowLayout {
        spacing: Style.gap
        Repeater {
            model: [
                { gap: -2, label: qsTr("1.5 or more below") },
                { gap: -1, label: qsTr("0.5–1.5 below") },
                { gap: 0, label: qsTr("near the median") },
                { gap: 1, label: qsTr("0.5–1.5 above") },
                { gap: 2, label: qsTr("1.5 or more above") }
            ]
            delegate: RowLayout {
                required property var modelData
                spacing: 4
                Rectangle {
                    implicitWidth: 14
                    implicitHeight: 14
                    color: Style.gapColor(modelData.gap)
                }
                Label {
                    text: modelData.label
                    font.pixelSize: 12
                }
            }
        }
        Rectangle {
            implicitWidth: 14
            implicitHeight: 14
            color: Style.noPeersColor
            border.color: Style.divider
        }
        Label {
            text: qsTr("fewer than %1 peers, or not rated").arg(heatMap.minPeers)
            font.pixelSize: 12
        }
    }
}
