// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The item's sub-topics and individual statements, each marked in place, partly,
// not in place or not applicable.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var statusOptions: [
        { value: "in_place", label: qsTr("In place") },
        { value: "partial", label: qsTr("Partial") },
        { value: "not_in_place", label: qsTr("Not in place") },
        { value: "not_applicable", label: qsTr("N/A") }
    ]

    spacing: Style.gap

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Sub-topics and statements")
        note: qsTr("From the official text. Mark how far each is in place; choose the marked status again to clear it.")
    }

    Repeater {
        model: Workshop.session.response.checklist
        delegate: Frame {
            id: entry

            required property string entryId
            required property string text
            required property string kind
            required property string source
            required property string status

            Layout.fillWidth: true
            padding: Style.gap
            leftPadding: Style.margin

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4
                ReadableText {
                    Layout.fillWidth: true
                    text: entry.kind === "statement" ? qsTr("Statement: %1").arg(entry.text) : entry.text
                    font.weight: Font.Medium
                }
                Label {
                    Layout.fillWidth: true
                    visible: entry.source !== ""
                    text: qsTr("Source: %1").arg(entry.source)
                    font.pixelSize: 12
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
                ChoiceRow {
                    Layout.fillWidth: true
                    objectNamePrefix: "checklist_" + entry.entryId + "_"
                    options: section.statusOptions
                    value: entry.status
                    clearValue: ""
                    enabled: section.editable
                    accessibleName: entry.text
                    onChosen: value => Workshop.session.response.setChecklistStatus(entry.entryId, value)
                }
            }
        }
    }
}
