import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Everything about the current item: the official text, the guidance, the checklist, the
// rating and what supports it. On a wide window the record sits beside the text.
Page {
    id: itemPage

    readonly property var session: Workshop.session
    readonly property bool wide: width >= 1150
    readonly property bool editable: session.isOpen && !session.isFinal && Workshop.readOnlyReason === ""

    header: ItemNavigationBar {}

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300

    ScrollView {
        id: scroll
        objectName: "itemScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        GridLayout {
            x: Style.pageMargin
            width: scroll.availableWidth - 2 * Style.pageMargin
            columns: itemPage.wide ? 2 : 1
            columnSpacing: Style.pageMargin * 2
            rowSpacing: Style.pageMargin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Style.pageMargin
                spacing: Style.pageMargin

                ItemTextBlock {
                    Layout.fillWidth: true
                }
                GuidanceBox {
                    Layout.fillWidth: true
                    visible: itemPage.session.guidingQuestions.length > 0
                }
                ChecklistSection {
                    Layout.fillWidth: true
                    visible: itemPage.session.checklist.count > 0
                    editable: itemPage.editable
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: itemPage.wide ? Style.pageMargin : 0
                Layout.bottomMargin: Style.pageMargin
                spacing: Style.pageMargin

                RatingSection {
                    Layout.fillWidth: true
                    editable: itemPage.editable
                }
                TargetAndConfidence {
                    Layout.fillWidth: true
                    editable: itemPage.editable
                }
                RationaleSection {
                    Layout.fillWidth: true
                    editable: itemPage.editable
                }
                EvidenceSection {
                    Layout.fillWidth: true
                    editable: itemPage.editable
                }
                ActionsSection {
                    Layout.fillWidth: true
                    editable: itemPage.editable
                }
            }
        }
    }

    Connections {
        target: itemPage.session
        function onCurrentItemChanged() {
            scroll.ScrollBar.vertical.position = 0
        }
    }
}
