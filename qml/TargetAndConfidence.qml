// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The level the team aims for and how sure it is of its rating.
ColumnLayout {
    id: section

    property bool editable: true
    readonly property var session: Workshop.session

    function levelOptions() {
        const options = []
        for (let value = 0; value <= session.response.scaleMax; ++value)
            options.push({ value: value, label: String(value) })
        return options
    }

    spacing: Style.gap

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Target level")
        note: qsTr("Where the team wants this item to be; without a choice the framework's default target counts.")
    }
    ChoiceRow {
        Layout.fillWidth: true
        objectNamePrefix: "target"
        options: section.levelOptions()
        value: section.session.response.target
        clearValue: -1
        enabled: section.editable
        accessibleName: qsTr("Target level")
        onChosen: value => section.session.response.setTarget(value)
    }

    SectionHeading {
        Layout.fillWidth: true
        Layout.topMargin: Style.gap
        text: qsTr("Confidence in the rating")
    }
    ChoiceRow {
        Layout.fillWidth: true
        objectNamePrefix: "confidence_"
        options: [
            { value: "low", label: qsTr("Low") },
            { value: "medium", label: qsTr("Medium") },
            { value: "high", label: qsTr("High") }
        ]
        value: section.session.response.confidence
        clearValue: ""
        enabled: section.editable
        accessibleName: qsTr("Confidence in the rating")
        onChosen: value => section.session.response.setConfidence(value)
    }
}
