// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Filters the start page's assessments by state or title and by status; says when nothing matches.
ColumnLayout {
    id: bar

    required property AssessmentFilterModel filter

    spacing: Style.gap

    RowLayout {
        Layout.fillWidth: true
        spacing: Style.margin

        TextField {
            id: searchField
            objectName: "assessmentSearchField"
            Layout.fillWidth: true
            Layout.maximumWidth: 480
            placeholderText: qsTr("Filter by state or title")
            selectByMouse: true
            text: bar.filter.text
            Accessible.name: qsTr("Filter the assessments by state or title")
            onTextEdited: bar.filter.text = text
            Keys.onEscapePressed: {
                text = ""
                bar.filter.text = ""
            }
        }

        ComboBox {
            id: statusBox
            objectName: "assessmentStatusFilter"
            textRole: "label"
            valueRole: "status"
            model: [
                { label: qsTr("All statuses"), status: AssessmentFilterModel.Any },
                { label: qsTr("Drafts"), status: AssessmentFilterModel.Draft },
                { label: qsTr("Final"), status: AssessmentFilterModel.Final }
            ]
            Accessible.name: qsTr("Show assessments with this status")
            contentItem.Accessible.name: displayText
            Component.onCompleted: currentIndex = indexOfValue(bar.filter.status)
            onActivated: bar.filter.status = currentValue
        }

        Button {
            objectName: "clearFilterButton"
            text: qsTr("Show all")
            flat: true
            visible: bar.filter.isActive
            Accessible.name: qsTr("Clear the filter and show all assessments")
            onClicked: {
                searchField.text = ""
                bar.filter.text = ""
                bar.filter.status = AssessmentFilterModel.Any
                statusBox.currentIndex = 0
            }
        }
    }

    Label {
        objectName: "noMatchLabel"
        Layout.fillWidth: true
        visible: bar.filter.count === 0 && bar.filter.isActive
        text: qsTr("No assessment matches this filter.")
        color: Style.secondaryForeground
        wrapMode: Text.Wrap
    }
}
