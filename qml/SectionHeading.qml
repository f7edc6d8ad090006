// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// A heading with an optional quieter line below it.
ColumnLayout {
    id: heading

    property string text
    property string note

    spacing: 2

    ReadableText {
        Layout.fillWidth: true
        text: heading.text
        font.pixelSize: 17
        font.weight: Font.Medium
        heading: true
    }
    Label {
        Layout.fillWidth: true
        visible: heading.note !== ""
        text: heading.note
        font.pixelSize: 12
        opacity: 0.75
        wrapMode: Text.Wrap
        Accessible.name: heading.note
    }
}
