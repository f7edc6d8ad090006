// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Everything about the current item: the official text and the guidance, then the decision
// (levels, target, confidence, rationale), the checklist and what supports the rating. From
// about 900 pixels wide the decision sits beside the text, so the levels are visible without
// scrolling. Children follow the reading order, which is also the Tab order; the bar with
// the previous and next buttons is drawn on top but comes last.
Page {
    id: itemPage

    readonly property var session: Workshop.session
    readonly property bool wide: width >= 900
    readonly property bool editable: session.isOpen && !session.isFinal && Workshop.readOnlyReason === ""
    readonly property Flickable flickable: scroll.contentItem
    readonly property int scrollStep: 48

    // Moves the view so the focused control inside the page is visible.
    function revealFocus() {
        const focused = Window.activeFocusItem
        if (!focused || !isInside(focused, content))
            return
        const top = focused.mapToItem(flickable.contentItem, 0, 0).y
        const margin = Style.pageMargin
        const bottomLimit = Math.max(0, flickable.contentHeight - flickable.height)
        if (top - margin < flickable.contentY)
            flickable.contentY = Math.max(0, top - margin)
        else if (top + Math.min(focused.height, flickable.height) + margin > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(bottomLimit, top + Math.min(focused.height, flickable.height) + margin - flickable.height)
    }

    function isInside(item, ancestor) {
        for (let current = item; current; current = current.parent) {
            if (current === ancestor)
                return true
        }
        return false
    }

    function isTextField(item) {
        return "cursorPosition" in item && "readOnly" in item
    }

    // Takes the focus from every text field of the page (their pending text is written as they
    // lose it), so the next key reaches the shortcuts again.
    function releaseTextFields(item) {
        if (isTextField(item) && item.focus)
            item.focus = false
        const children = item.children
        for (let i = 0; i < children.length; ++i)
            releaseTextFields(children[i])
    }

    function scrollBy(step) {
        const bottomLimit = Math.max(0, flickable.contentHeight - flickable.height)
        flickable.contentY = Math.max(0, Math.min(bottomLimit, flickable.contentY + step))
    }

    // Sized by the layout around it; its content follows its width, not the other way round.
    implicitWidth: 400
    implicitHeight: 300
    title: qsTr("Current item")

    GridLayout {
        anchors.fill: parent
        columns: 1
        rowSpacing: 0

        ScrollView {
            id: scroll
            objectName: "itemScroll"
            Layout.row: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            GridLayout {
                id: content

                x: Style.pageMargin
                width: scroll.availableWidth - 2 * Style.pageMargin
                columns: itemPage.wide ? 2 : 1
                columnSpacing: Style.pageMargin * 2
                rowSpacing: Style.pageMargin

                // Gets the clicks no control takes: a click on the page outside the text field
                // being edited takes the focus from it.
                TapHandler {
                    onTapped: itemPage.releaseTextFields(content)
                }

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
                        visible: itemPage.session.navigator.guidingQuestions.length > 0
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
                    PreviousRoundSection {
                        Layout.fillWidth: true
                        editable: itemPage.editable
                    }
                    RoomViewsSection {
                        id: roomViews
                        Layout.fillWidth: true
                        editable: itemPage.editable
                    }
                    FacilitatorSection {
                        Layout.fillWidth: true
                        editable: itemPage.editable
                    }
                    TargetAndConfidence {
                        Layout.fillWidth: true
                        editable: itemPage.editable
                    }
                    EditConflictNotice {
                        Layout.fillWidth: true
                    }
                    RationaleSection {
                        Layout.fillWidth: true
                        editable: itemPage.editable
                    }
                    ChecklistSection {
                        Layout.fillWidth: true
                        visible: itemPage.session.response.checklist.count > 0
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

        ItemNavigationBar {
            Layout.row: 0
            Layout.fillWidth: true
        }
    }

    // A spreadsheet of votes or a participant's own assessment dropped on the item adds their views.
    DropArea {
        objectName: "viewsDropArea"
        anchors.fill: parent
        enabled: itemPage.editable
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                roomViews.chooseFile(drop.urls[0])
                drop.accept(Qt.CopyAction)
            }
        }
    }

    Shortcut {
        sequence: "Up"
        enabled: itemPage.visible
        onActivated: itemPage.scrollBy(-itemPage.scrollStep)
    }
    Shortcut {
        sequence: "Down"
        enabled: itemPage.visible
        onActivated: itemPage.scrollBy(itemPage.scrollStep)
    }

    Connections {
        target: itemPage.Window.window
        function onActiveFocusItemChanged() {
            itemPage.revealFocus()
        }
    }

    Connections {
        target: itemPage.session.navigator
        function onCurrentItemChanged() {
            itemPage.releaseTextFields(content)
            itemPage.flickable.contentY = 0
        }
    }
}
