// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// A thin progress line in the accent colour showing amount out of total. (The fraction is
// computed here: ProgressBar clamps value to the range at the moment it is set, so binding
// value and range separately can leave a stale value.)
ProgressBar {
    id: bar

    property real amount
    property real total

    from: 0
    to: 1
    value: total > 0 ? Math.min(1, amount / total) : 0

    background: Rectangle {
        implicitWidth: 120
        implicitHeight: 8
        radius: 4
        color: Style.subtleSurface
        border.width: 1
        border.color: Style.divider
    }
    contentItem: Item {
        implicitWidth: 120
        implicitHeight: 8
        Rectangle {
            width: bar.visualPosition * parent.width
            height: parent.height
            radius: 4
            color: Style.accent
        }
    }
}
