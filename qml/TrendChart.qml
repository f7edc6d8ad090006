// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The section and overall means of every round of the state, oldest on the left: one line per section,
// the overall mean thicker; a draft round's points are hollow.
ColumnLayout {
    id: chart

    required property RoundsTrendController trend
    property int scaleMax: 4
    readonly property var lineColors: [Style.accent, Style.levelColor(1), Style.levelColor(4), Style.levelColor(2)]

    spacing: Style.gap
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Section and overall means across the rounds")

    Canvas {
        id: canvas
        objectName: "trendCanvas"
        Layout.fillWidth: true
        Layout.preferredHeight: 220
        readonly property real plotLeft: 36
        readonly property real plotRight: 24
        readonly property real plotTop: 12
        readonly property real plotBottom: 28

        function xOf(index) {
            const count = chart.trend.rounds.length
            const span = width - plotLeft - plotRight
            return count < 2 ? plotLeft + span / 2 : plotLeft + span * index / (count - 1)
        }
        function yOf(score) {
            return plotTop + (height - plotTop - plotBottom) * (1 - score / chart.scaleMax)
        }
        function drawSeries(ctx, values, color, lineWidth) {
            ctx.strokeStyle = color
            ctx.lineWidth = lineWidth
            ctx.beginPath()
            let drawing = false
            values.forEach((value, index) => {
                if (value < 0) {
                    drawing = false
                    return
                }
                drawing ? ctx.lineTo(xOf(index), yOf(value)) : ctx.moveTo(xOf(index), yOf(value))
                drawing = true
            })
            ctx.stroke()
            values.forEach((value, index) => {
                if (value < 0)
                    return
                ctx.beginPath()
                ctx.arc(xOf(index), yOf(value), lineWidth + 2, 0, 2 * Math.PI)
                if (chart.trend.rounds[index].draft) {
                    ctx.fillStyle = Style.background
                    ctx.fill()
                    ctx.stroke()
                } else {
                    ctx.fillStyle = color
                    ctx.fill()
                }
            })
        }

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.font = "12px sans-serif"
            ctx.fillStyle = Style.secondaryForeground
            ctx.strokeStyle = Style.divider
            ctx.lineWidth = 1
            for (let level = 0; level <= chart.scaleMax; ++level) {
                ctx.beginPath()
                ctx.moveTo(plotLeft, yOf(level))
                ctx.lineTo(width - plotRight, yOf(level))
                ctx.stroke()
                ctx.fillText(String(level), 8, yOf(level) + 4)
            }
            chart.trend.rounds.forEach((round, index) => {
                const label = round.label
                ctx.fillStyle = Style.secondaryForeground
                const labelWidth = ctx.measureText(label).width
                ctx.fillText(label, Math.max(0, Math.min(width - labelWidth, xOf(index) - labelWidth / 2)), height - 8)
            })
            chart.trend.sectionIds.forEach((sectionId, sectionIndex) => {
                drawSeries(ctx, chart.trend.rounds.map(round => round.sections[sectionIndex]),
                           chart.lineColors[(sectionIndex + 1) % chart.lineColors.length], 2)
            })
            drawSeries(ctx, chart.trend.rounds.map(round => round.overall), Style.foreground, 4)
        }

        Connections {
            target: chart.trend
            function onTrendChanged() { canvas.requestPaint() }
        }
        Connections {
            target: Style
            function onDarkChanged() { canvas.requestPaint() }
        }
        onWidthChanged: requestPaint()
    }

    Flow {
        Layout.fillWidth: true
        spacing: Style.margin
        Repeater {
            model: chart.trend.sectionIds
            delegate: Row {
                required property string modelData
                required property int index
                spacing: Style.gap / 2
                Rectangle {
                    width: 18
                    height: 4
                    anchors.verticalCenter: parent.verticalCenter
                    color: chart.lineColors[(index + 1) % chart.lineColors.length]
                }
                Label {
                    text: modelData
                }
            }
        }
        Row {
            spacing: Style.gap / 2
            Rectangle {
                width: 18
                height: 6
                anchors.verticalCenter: parent.verticalCenter
                color: Style.foreground
            }
            Label {
                text: qsTr("Overall")
            }
        }
        Label {
            text: qsTr("Hollow points: draft")
            opacity: 0.75
        }
    }
}
