// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The items that moved most since the previous round, up and down side by side; choosing one opens it.
GridLayout {
    id: movers

    required property RoundsTrendController trend

    signal itemRequested(int index)

    columns: width >= 700 ? 2 : 1
    columnSpacing: Style.pageMargin
    rowSpacing: Style.gap

    Repeater {
        model: [
            { heading: qsTr("Moved up most since the previous round"), items: movers.trend.risen, name: "risen" },
            { heading: qsTr("Moved down most since the previous round"), items: movers.trend.fallen, name: "fallen" }
        ]
        delegate: ColumnLayout {
            id: group
            required property var modelData
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 0

            SectionHeading {
                Layout.fillWidth: true
                text: group.modelData.heading
                note: group.modelData.items.length === 0 ? qsTr("None.") : ""
            }
            Repeater {
                model: group.modelData.items
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: group.modelData.name + "_" + modelData.itemId
                    Layout.fillWidth: true
                    text: qsTr("%1: %2").arg(modelData.itemId).arg(modelData.text)
                    Accessible.name: text
                    onClicked: movers.itemRequested(modelData.index)
                }
            }
        }
    }
}
