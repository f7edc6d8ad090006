import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One choice on the scale: its number in the level's colour, its label and descriptor.
ItemDelegate {
    id: option

    property int value
    property string badgeText: String(value)
    property string label
    property string descriptor
    property bool chosen

    highlighted: chosen
    topPadding: Style.gap
    bottomPadding: Style.gap
    leftPadding: Style.gap
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.name: qsTr("%1 – %2").arg(badgeText).arg(label)
    Accessible.description: descriptor

    background: Rectangle {
        radius: 4
        color: option.chosen ? Style.tint(Style.accent, 0.18)
                             : option.hovered ? Style.tint(Style.foreground, 0.06) : "transparent"
        border.width: option.chosen ? 2 : 1
        border.color: option.chosen ? Style.accent : Style.tint(Style.foreground, 0.15)
    }

    contentItem: RowLayout {
        spacing: Style.margin

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            radius: 20
            color: option.value >= 0 ? Style.levelColor(option.value) : Style.notApplicableColor

            Label {
                anchors.centerIn: parent
                text: option.badgeText
                color: option.value >= 0 ? Style.levelTextColor(option.value) : "white"
                font.pixelSize: option.value >= 0 ? 20 : 13
                font.weight: Font.Bold
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: option.label
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: option.descriptor
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
