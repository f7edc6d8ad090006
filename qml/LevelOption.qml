// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One choice on the scale: its number in the level's colour, its label and descriptor. A real
// radio button, so assistive technology reports the role and the checked state; `checked`
// follows what was saved (`chosen`). Up/Down ask the group to move the focus; Space or Enter
// choose.
RadioDelegate {
    id: option

    property int value
    property string badgeText: String(value)
    property string label
    property string descriptor
    property bool chosen
    // Only one option of the group is a Tab stop: the chosen one, else the first.
    property bool tabStop: chosen

    signal chooseRequested()
    signal focusStepRequested(int step)

    function choose() {
        chooseRequested()
        checked = Qt.binding(() => option.chosen)
    }

    checked: chosen
    autoExclusive: false
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: tabStop || activeFocus
    topPadding: Style.gap
    bottomPadding: Style.gap
    leftPadding: Style.gap
    rightPadding: Style.gap
    Accessible.name: qsTr("%1 – %2").arg(badgeText).arg(label)
    Accessible.description: descriptor

    onClicked: choose()
    Keys.onReturnPressed: choose()
    Keys.onEnterPressed: choose()
    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Up || event.key === Qt.Key_Down
    Keys.onUpPressed: focusStepRequested(-1)
    Keys.onDownPressed: focusStepRequested(1)

    indicator: null
    background: Rectangle {
        radius: 4
        color: option.chosen ? Style.tint(Style.accent, 0.18)
                             : option.hovered ? Style.tint(Style.foreground, 0.06) : "transparent"
        border.width: option.chosen || option.activeFocus ? 2 : 1
        border.color: option.chosen || option.activeFocus ? Style.accent : Style.tint(Style.foreground, 0.15)

        Rectangle {
            anchors.fill: parent
            anchors.margins: 3
            visible: option.activeFocus
            radius: 3
            color: "transparent"
            border.width: 2
            border.color: Style.accent
        }
    }

    contentItem: RowLayout {
        spacing: Style.margin

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            radius: 18
            color: option.value >= 0 ? Style.levelColor(option.value) : Style.notApplicableColor

            Label {
                anchors.centerIn: parent
                text: option.badgeText
                color: option.value >= 0 ? Style.levelTextColor(option.value) : "white"
                font.pixelSize: option.value >= 0 ? 19 : 12
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Label {
                Layout.fillWidth: true
                text: option.label
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: option.descriptor
                font.pixelSize: 13
                wrapMode: Text.Wrap
                opacity: 0.85
            }
        }
        Label {
            Layout.alignment: Qt.AlignVCenter
            visible: option.chosen
            text: "✓"
            font.pixelSize: 22
            color: Style.accent
        }
    }
}
