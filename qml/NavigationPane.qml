// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The two sections and their items, each with its rating; the section headers show progress.
Pane {
    id: pane

    readonly property var session: Workshop.session

    function sectionInfo(sectionId) {
        const sections = session.summary.sections
        for (let i = 0; i < sections.length; ++i) {
            if (sections[i].id === sectionId)
                return sections[i]
        }
        return null
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Style.margin
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 of %2 items assessed").arg(pane.session.summary.scoredCount + pane.session.summary.notApplicableCount)
                      .arg(pane.session.navigator.itemCount)
                wrapMode: Text.Wrap
            }
            SlimProgressBar {
                Layout.fillWidth: true
                total: pane.session.navigator.itemCount
                amount: pane.session.summary.scoredCount + pane.session.summary.notApplicableCount
                Accessible.name: qsTr("Items assessed")
            }
            CheckBox {
                objectName: "divergentFirstBox"
                Layout.fillWidth: true
                visible: pane.session.room.divergentCount > 0 || checked
                text: qsTr("Items where views differ first")
                checked: pane.session.navigator.walkthrough.divergentFirst
                onToggled: pane.session.navigator.walkthrough.divergentFirst = checked
            }
            Label {
                Layout.fillWidth: true
                visible: pane.session.isFinal || Workshop.readOnlyReason !== ""
                text: Workshop.readOnlyReason !== ""
                      ? qsTr("Read only: %1.").arg(Workshop.readOnlyReason)
                      : qsTr("This assessment is final. Reopen it on the Assessments page to change it.")
                wrapMode: Text.Wrap
                font.italic: true
            }
        }

        ListView {
            id: list
            objectName: "navigationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.session.navigator.walkthrough
            currentIndex: pane.session.navigator.walkthrough.currentRow
            // Keeps the current item in view, also after the rows have their final heights, with
            // room above it for a whole section heading.
            highlight: Item {}
            highlightMoveDuration: 0
            highlightRangeMode: ListView.ApplyRange
            preferredHighlightBegin: Math.min(120, height / 3)
            preferredHighlightEnd: height - 64
            keyNavigationEnabled: false
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Items")

            section.property: "walkthroughGroup"
            section.criteria: ViewSection.FullString
            // The heading of the section at the top stays in place, so it is never cut off.
            section.labelPositioning: ViewSection.InlineLabels | ViewSection.CurrentLabelAtStart
            section.delegate: Pane {
                id: header

                required property string section
                readonly property bool viewsDiffer: section === pane.session.navigator.walkthrough.divergentGroup
                readonly property var info: pane.sectionInfo(section)

                width: ListView.view.width
                padding: Style.gap
                leftPadding: Style.margin

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 2
                    ReadableText {
                        Layout.fillWidth: true
                        text: header.viewsDiffer ? qsTr("Where views differ")
                              : header.info ? qsTr("%1 (%2)").arg(header.info.title).arg(header.section) : header.section
                        font.weight: Font.Bold
                        heading: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: header.viewsDiffer ? qsTr("%n item(s), discussed first", "", pane.session.room.divergentCount)
                              : header.info
                              ? qsTr("%1 of %2 assessed · %3 N/A").arg(header.info.scoredCount + header.info.notApplicableCount)
                                .arg(header.info.itemCount).arg(header.info.notApplicableCount)
                              : ""
                        opacity: 0.7
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                    }
                }
            }

            delegate: NavigationItem {
                required property int sourceRow

                width: ListView.view.width
                onClicked: pane.session.navigator.goTo(sourceRow)
            }
        }
    }
}
