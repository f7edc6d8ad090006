import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// One level on the projector: large number, label and descriptor; the chosen one stands out.
Rectangle {
    id: card

    property real unit: 16
    property string badgeText
    property color badgeColor
    property color badgeTextColor
    property string label
    property string descriptor
    property bool chosen

    radius: unit * 0.4
    color: chosen ? Style.tint(badgeColor, 0.22) : "transparent"
    border.width: chosen ? unit * 0.3 : 1
    border.color: chosen ? badgeColor : Style.tint(Style.foreground, 0.2)
    Accessible.role: Accessible.StaticText
    Accessible.name: chosen ? qsTr("%1 – %2 (chosen)").arg(badgeText).arg(label) : qsTr("%1 – %2").arg(badgeText).arg(label)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: card.unit * 0.6 + card.border.width
        spacing: card.unit * 0.3

        Rectangle {
            Layout.preferredWidth: card.unit * 2.6
            Layout.preferredHeight: card.unit * 2.6
            radius: width / 2
            color: card.badgeColor
            Label {
                anchors.centerIn: parent
                text: card.badgeText
                color: card.badgeTextColor
                font.pixelSize: card.unit * 1.5
                font.weight: Font.Bold
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.label
            font.pixelSize: card.unit * 1.05
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            // Kept in the layout when empty (N/A) so the badge and label stay at the top.
            Layout.fillHeight: true
            text: card.descriptor
            font.pixelSize: card.unit * 0.85
            minimumPixelSize: card.unit * 0.55
            fontSizeMode: Text.Fit
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignTop
        }
    }
}
