// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// One level on the projector: number, label and descriptor in the size the presenter fitted
// to all cards; the chosen one stands out, the target is marked.
Rectangle {
    id: card

    property real unit: 16
    property real padding: unit * 0.7
    property real badgeSize: unit * 2.2
    property int textSize: 12
    property string badgeText
    property color badgeColor
    property color badgeTextColor
    property string label
    property string descriptor
    property bool chosen
    property bool targeted

    radius: unit * 0.4
    color: chosen ? Style.tint(badgeColor, 0.22) : "transparent"
    border.width: chosen ? Math.max(2, unit * 0.25) : 1
    border.color: chosen ? badgeColor : Style.tint(Style.foreground, 0.25)
    Accessible.role: Accessible.StaticText
    Accessible.name: (chosen ? qsTr("%1 – %2 (chosen)") : qsTr("%1 – %2")).arg(badgeText).arg(label)

    Rectangle {
        id: badge
        x: card.padding
        y: card.padding
        width: card.badgeSize
        height: card.badgeSize
        radius: width / 2
        color: card.badgeColor
        Label {
            anchors.centerIn: parent
            text: card.badgeText
            color: card.badgeTextColor
            font.pixelSize: card.badgeSize * 0.55
            font.weight: Font.Bold
        }
    }
    Label {
        objectName: "presenterTargetMark"
        anchors.verticalCenter: badge.verticalCenter
        anchors.left: badge.right
        anchors.leftMargin: card.unit * 0.4
        visible: card.targeted
        text: qsTr("Target")
        font.pixelSize: Math.min(card.textSize, card.badgeSize * 0.45)
        font.weight: Font.Bold
        color: Style.targetColor
    }

    Column {
        x: card.padding
        y: badge.y + badge.height + card.unit * 0.5
        width: card.width - 2 * card.padding
        Label {
            objectName: "presenterLevelLabel"
            width: parent.width
            text: card.label
            font.pixelSize: card.textSize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "presenterLevelDescriptor"
            width: parent.width
            visible: text !== ""
            text: card.descriptor
            font.pixelSize: card.textSize
            wrapMode: Text.WordWrap
        }
    }
}
