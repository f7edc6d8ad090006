// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// Every item's agreed level as a bar with its target as a line, grouped by section.
Item {
    id: chart

    readonly property var session: Workshop.session
    readonly property int maxLevel: Math.max(1, session.response.scaleMax)
    readonly property real axisWidth: 28
    readonly property real sectionGap: 20
    readonly property real topPadding: 16
    readonly property real zeroStub: 4
    readonly property real numberHeight: 18
    readonly property real sectionLabelHeight: 24
    readonly property real plotBottom: height - numberHeight - sectionLabelHeight
    readonly property real plotHeight: plotBottom - topPadding
    readonly property int sectionCount: Math.max(1, session.summary.sections.length)
    readonly property real slot: (width - axisWidth - sectionGap * (sectionCount - 1)) / Math.max(1, session.navigator.itemCount)

    signal itemRequested(int index)

    function sectionIndexOf(sectionId) {
        const sections = session.summary.sections
        for (let i = 0; i < sections.length; ++i) {
            if (sections[i].id === sectionId)
                return i
        }
        return 0
    }

    function itemsBefore(sectionIndex) {
        let count = 0
        for (let i = 0; i < sectionIndex; ++i)
            count += session.summary.sections[i].itemCount
        return count
    }

    function yFor(level) {
        return topPadding + plotHeight * (1 - level / maxLevel)
    }

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Chart of the team's levels against targets")

    Repeater {
        model: chart.maxLevel + 1
        delegate: Item {
            required property int index
            Rectangle {
                x: chart.axisWidth
                y: chart.yFor(index)
                width: chart.width - chart.axisWidth
                height: 1
                color: Style.foreground
                opacity: index === 0 ? 0.5 : 0.12
            }
            Label {
                x: 0
                width: chart.axisWidth - 8
                y: chart.yFor(index) - height / 2
                text: String(index)
                horizontalAlignment: Text.AlignRight
                font.pixelSize: 12
                color: Style.secondaryForeground
            }
        }
    }

    Repeater {
        model: chart.session.navigator.items
        delegate: Item {
            id: bar

            required property int index
            required property string itemId
            required property string sectionId
            required property int number
            required property int score
            required property bool notApplicable
            required property int effectiveTarget
            required property string ratingText

            x: chart.axisWidth + index * chart.slot + chart.sectionIndexOf(sectionId) * chart.sectionGap
            width: chart.slot
            height: chart.height
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1: %2, target %3").arg(itemId).arg(ratingText).arg(effectiveTarget)

            // Level 0 is a score: it keeps a stub of the bar and its number, unlike an unrated item's "–".
            Rectangle {
                id: levelBar
                objectName: "levelBar_" + bar.itemId
                x: bar.width * 0.15
                width: bar.width * 0.7
                y: bar.score >= 0 ? Math.min(chart.yFor(bar.score), chart.plotBottom - chart.zeroStub) : chart.plotBottom
                height: chart.plotBottom - y
                visible: bar.score >= 0
                color: Style.levelColor(bar.score)
                border.color: Style.foreground
                border.width: bar.score === 0 ? 1 : 0
            }
            Label {
                objectName: "levelValue_" + bar.itemId
                anchors.horizontalCenter: parent.horizontalCenter
                y: bar.score >= 0 ? levelBar.y - height - 1 : chart.plotBottom - height - 2
                text: bar.score >= 0 ? String(bar.score) : bar.notApplicable ? qsTr("N/A") : "–"
                font.pixelSize: 10
                font.weight: bar.score >= 0 ? Font.Bold : Font.Normal
                color: bar.score >= 0 ? Style.foreground : Style.secondaryForeground
                rotation: bar.notApplicable ? -90 : 0
            }
            Rectangle {
                x: bar.width * 0.05
                width: bar.width * 0.9
                y: chart.yFor(bar.effectiveTarget) - 1.5
                height: 3
                visible: !bar.notApplicable
                color: Style.targetColor
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                y: chart.plotBottom + 2
                text: String(bar.number)
                font.pixelSize: 11
                color: Style.secondaryForeground
            }
            HoverHandler {
                id: hover
            }
            TapHandler {
                onTapped: chart.itemRequested(bar.index)
            }
            ToolTip.visible: hover.hovered
            ToolTip.text: qsTr("%1: %2, target %3").arg(bar.itemId).arg(bar.ratingText).arg(bar.effectiveTarget)
        }
    }

    Repeater {
        model: chart.session.summary.sections
        delegate: Label {
            required property var modelData
            required property int index
            x: chart.axisWidth + chart.itemsBefore(index) * chart.slot + index * chart.sectionGap
            y: chart.plotBottom + chart.numberHeight + 2
            width: modelData.itemCount * chart.slot
            text: qsTr("%1 (%2)").arg(modelData.title).arg(modelData.id)
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            font.weight: Font.Medium
        }
    }
}
