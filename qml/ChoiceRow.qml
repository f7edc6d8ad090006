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

    Repeater {
        model: row.options
        delegate: Button {
            required property var modelData
            readonly property bool chosenOption: row.value === modelData.value

            objectName: row.objectNamePrefix + modelData.value
            text: modelData.label
            flat: !chosenOption
            highlighted: chosenOption
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: chosenOption
            Accessible.name: qsTr("%1: %2").arg(row.accessibleName).arg(modelData.label)
            onClicked: row.chosen(chosenOption && row.clearable ? row.clearValue : modelData.value)
        }
    }
}
