// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Iamm

// The box behind a multi-line text field, marked when the field has the focus.
Rectangle {
    property Item field

    implicitWidth: 200
    implicitHeight: 40
    radius: 3
    color: field && field.readOnly ? Style.subtleSurface : Style.surface
    border.width: field && field.activeFocus ? 2 : 1
    border.color: field && field.activeFocus ? Style.accent : Style.divider
}
