// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// "Draft" or "Final" in a small coloured box.
Label {
    property bool isFinal

    text: isFinal ? qsTr("Final") : qsTr("Draft")
    color: "white"
    font.pixelSize: 12
    font.weight: Font.Bold
    leftPadding: Style.gap
    rightPadding: Style.gap
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: 3
        color: isFinal ? "#2e7d32" : "#546e7a"
    }
    Accessible.name: text
}
