// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Iamm

// Diagonal lines marking a heat-map cell (or its legend swatch) that has no value: too few peers.
Canvas {
    id: hatching

    readonly property color lineColor: Style.divider

    onLineColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const context = getContext("2d")
        context.reset()
        context.strokeStyle = String(lineColor)
        context.lineWidth = 1
        context.beginPath()
        for (let x = -height; x < width; x += 7) {
            context.moveTo(x, height)
            context.lineTo(x + height, 0)
        }
        context.stroke()
    }
}
