import QtQuick
import QtQuick.Controls
import Iamm

// Mutually exclusive choices shown side by side (wrapping when narrow). The chosen one is
// highlighted from `value`, so the display always follows what was saved; choosing the
// chosen one again offers `clearValue` when clearable.
Flow {
    id: row

    // [{ value, label }]
    property var options: []
    property var value
    property var clearValue
    property bool clearable: true
    property string accessibleName
    property string objectNamePrefix

    signal chosen(var value)

    spacing: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleName

    Repeater {
        model: row.options
        delegate: Button {
            id: choiceButton

            required property var modelData
            readonly property bool chosenOption: row.value === modelData.value

            objectName: row.objectNamePrefix + modelData.value
            text: modelData.label
            leftPadding: 14
            rightPadding: 14
            topPadding: 6
            bottomPadding: 6
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: chosenOption
            Accessible.name: qsTr("%1: %2").arg(row.accessibleName).arg(modelData.label)
            onClicked: row.chosen(chosenOption && row.clearable ? row.clearValue : modelData.value)

            contentItem: Label {
                text: choiceButton.text
                color: choiceButton.chosenOption ? Style.onAccent : Style.foreground
                opacity: choiceButton.enabled ? 1 : 0.5
                font.weight: choiceButton.chosenOption ? Font.Bold : Font.Normal
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: 48
                implicitHeight: 30
                radius: 3
                color: choiceButton.chosenOption ? Style.accent
                       : choiceButton.hovered ? Style.subtleSurface : Style.surface
                border.width: choiceButton.visualFocus ? 2 : 1
                border.color: choiceButton.chosenOption || choiceButton.visualFocus ? Style.accent : Style.divider
            }
        }
    }
}
