// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// Mutually exclusive choices shown side by side (wrapping when narrow), as a radio group: each
// choice reports its role and checked state to assistive technology. The checked one follows
// `value`, so the display always follows what was saved; choosing the checked one again offers
// `clearValue` when clearable. One choice is a Tab stop (the checked one, else the first); the
// arrow keys move the focus within the row, Space or Enter choose.
Flow {
    id: row

    // [{ value, label }]
    property var options: []
    property var value
    property var clearValue
    property bool clearable: true
    property string accessibleName
    property string objectNamePrefix
    readonly property bool hasValue: options.some(option => option.value === value)

    signal chosen(var value)

    function moveFocus(from, step) {
        const target = choices.itemAt(from + step)
        if (target)
            target.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleName

    Repeater {
        id: choices
        model: row.options
        delegate: RadioButton {
            id: choiceButton

            required property var modelData
            required property int index
            readonly property bool chosenOption: row.value === modelData.value

            function choose() {
                row.chosen(chosenOption && row.clearable ? row.clearValue : modelData.value)
                checked = Qt.binding(() => choiceButton.chosenOption)
            }

            objectName: row.objectNamePrefix + modelData.value
            checked: chosenOption
            autoExclusive: false
            activeFocusOnTab: activeFocus || chosenOption || (!row.hasValue && index === 0)
            leftPadding: 14
            rightPadding: 14
            topPadding: 6
            bottomPadding: 6
            spacing: 0
            // No `text`: a button's text would replace this fuller name.
            Accessible.name: qsTr("%1: %2").arg(row.accessibleName).arg(modelData.label)
            onClicked: choose()
            Keys.onReturnPressed: choose()
            Keys.onEnterPressed: choose()
            Keys.onShortcutOverride: event => event.accepted = [Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down]
                                     .includes(event.key)
            Keys.onLeftPressed: row.moveFocus(index, -1)
            Keys.onUpPressed: row.moveFocus(index, -1)
            Keys.onRightPressed: row.moveFocus(index, 1)
            Keys.onDownPressed: row.moveFocus(index, 1)

            indicator: null
            contentItem: Label {
                text: choiceButton.modelData.label
                color: choiceButton.chosenOption ? Style.onAccent : Style.foreground
                opacity: choiceButton.enabled ? 1 : 0.5
                font.weight: choiceButton.chosenOption ? Font.Bold : Font.Normal
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.NoWrap
            }
            background: Rectangle {
                implicitWidth: 48
                implicitHeight: 30
                radius: 3
                color: choiceButton.chosenOption ? Style.accent
                       : choiceButton.hovered ? Style.subtleSurface : Style.surface
                border.width: choiceButton.activeFocus ? 3 : 1
                border.color: choiceButton.activeFocus ? Style.foreground
                              : choiceButton.chosenOption ? Style.accent : Style.divider
            }
        }
    }
}
