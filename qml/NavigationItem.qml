// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One item in the navigation pane: its rating badge, id and (shortened) text.
ItemDelegate {
    id: entry

    required property int index
    required property string itemId
    required property string itemText
    required property int score
    required property bool notApplicable
    required property string ratingText
    required property bool divergent

    readonly property alias ratingLabel: badge.text

    highlighted: ListView.isCurrentItem
    topPadding: 6
    bottomPadding: 6
    leftPadding: Style.margin
    Accessible.name: divergent ? qsTr("%1: %2. %3. Views in the room differ.").arg(itemId).arg(entry.itemText).arg(ratingText)
                               : qsTr("%1: %2. %3").arg(itemId).arg(entry.itemText).arg(ratingText)
    ToolTip.visible: hovered && shortText.truncated
    ToolTip.text: entry.itemText
    ToolTip.delay: 600

    background: Rectangle {
        color: entry.highlighted ? Style.tint(Style.accent, 0.16)
               : entry.hovered ? Style.tint(Style.foreground, 0.05) : "transparent"
        Rectangle {
            width: 4
            height: parent.height
            visible: entry.highlighted
            color: Style.accent
        }
    }

    contentItem: RowLayout {
        spacing: Style.gap + 4

        Rectangle {
            readonly property bool assessed: entry.notApplicable || entry.score >= 0

            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Style.badgeSize
            Layout.preferredHeight: Style.badgeSize
            radius: Style.badgeSize / 2
            color: entry.notApplicable ? Style.notApplicableColor : assessed ? Style.levelColor(entry.score) : "transparent"
            border.width: assessed ? 0 : 2
            border.color: Style.divider

            Label {
                id: badge
                anchors.centerIn: parent
                text: entry.notApplicable ? qsTr("N/A") : entry.score >= 0 ? String(entry.score) : "–"
                color: entry.notApplicable ? "white" : entry.score >= 0 ? Style.levelTextColor(entry.score)
                                                                       : Style.secondaryForeground
                font.pixelSize: entry.notApplicable ? 10 : 14
                font.weight: Font.Bold
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                spacing: Style.gap
                Label {
                    text: entry.itemId
                    font.weight: Font.Bold
                    font.pixelSize: 13
                    color: Style.foreground
                }
                Label {
                    objectName: "divergenceMark"
                    visible: entry.divergent
                    text: qsTr("views differ")
                    font.pixelSize: 11
                    font.weight: Font.Medium
                    color: Style.errorColor
                }
            }
            Label {
                id: shortText
                Layout.fillWidth: true
                text: entry.itemText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: 13
                color: Style.foreground
            }
        }
    }
}
