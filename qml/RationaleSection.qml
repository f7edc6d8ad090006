// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Why the team chose this level, in its own words.
ColumnLayout {
    id: section

    property bool editable: true

    spacing: Style.gap

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Rationale")
        note: qsTr("Saved as you type. Tab or Esc leaves the field; so does moving to another item.")
    }
    AutosaveTextArea {
        objectName: "rationaleField"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(110, implicitHeight)
        savedText: Workshop.session.response.rationale
        readOnly: !section.editable
        placeholderText: qsTr("What did the team find? Which evidence supports the level?")
        Accessible.name: qsTr("Rationale for the rating")
        onEdited: text => Workshop.session.response.editRationale(text)
    }
}
