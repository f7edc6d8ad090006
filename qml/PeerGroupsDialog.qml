// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// The peer groups: the shipped reference groups (read-only, but they can be copied) and
// the user's own, which can be created, renamed, given members and deleted.
Dialog {
    id: dialog

    readonly property var manager: Workshop.peerGroups
    property string groupId
    readonly property bool shipped: groupId !== "" && manager.isShipped(groupId)
    // A read-only database (or login) may look at the groups, not create or change them.
    readonly property bool changeable: Workshop.readOnlyReason === ""
    readonly property bool editsGroup: !shipped && changeable
    property var members: []
    property string notice

    function select(id) {
        groupId = id
        refreshMembers()
        renameField.text = manager.nameOf(id)
        failureLabel.clear()
    }

    function refreshMembers() {
        members = groupId === "" ? [] : manager.members(groupId)
    }

    // Runs a change; a refusal reaches failureLabel through SaveStatus.failed.
    function attempt(done, successText) {
        if (!done) {
            notice = ""
            return false
        }
        failureLabel.clear()
        notice = successText
        refreshMembers()
        return true
    }

    function createGroup() {
        const id = newIdField.text.trim()
        if (attempt(manager.createGroup(id, newNameField.text), qsTr("Created the group %1.").arg(id))) {
            newIdField.text = ""
            newNameField.text = ""
            select(id)
        }
    }

    function copyGroup() {
        const id = newIdField.text.trim()
        if (attempt(manager.copyGroup(groupId, id, newNameField.text), qsTr("Copied %1 to %2.").arg(groupId).arg(id))) {
            newIdField.text = ""
            newNameField.text = ""
            select(id)
        }
    }

    function deleteGroup() {
        const id = groupId
        if (attempt(manager.deleteGroup(id), qsTr("Deleted the group %1.").arg(id)))
            select("")
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(960, parent ? parent.width - 2 * Style.pageMargin : 960)
    height: Math.min(640, parent ? parent.height - 2 * Style.margin : 640)
    modal: true
    focus: true
    padding: Style.margin
    title: qsTr("Peer groups")

    onAboutToShow: {
        manager.refresh()
        notice = ""
        select(groupId !== "" && manager.model.rowOf(groupId) >= 0 ? groupId : Workshop.comparison.groupId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Style.gap

        RowLayout {
            Layout.fillWidth: true
            visible: dialog.changeable
            spacing: Style.gap
            TextField {
                id: newIdField
                objectName: "newGroupIdField"
                Layout.preferredWidth: 140
                placeholderText: qsTr("New id, e.g. MYGROUP")
                Accessible.name: qsTr("Id of the new group")
            }
            TextField {
                id: newNameField
                objectName: "newGroupNameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Name of the new group")
                Accessible.name: qsTr("Name of the new group")
            }
            Button {
                objectName: "createGroupButton"
                text: qsTr("Create")
                Accessible.name: qsTr("Create a new empty group")
                onClicked: dialog.createGroup()
            }
            Button {
                objectName: "copyGroupButton"
                text: qsTr("Copy selected")
                enabled: dialog.groupId !== ""
                Accessible.name: qsTr("Copy the selected group under the new id")
                onClicked: dialog.copyGroup()
            }
        }

        DialogFailure {
            id: failureLabel
            objectName: "groupsFailure"
            Layout.fillWidth: true
            listening: dialog.visible
        }
        Label {
            objectName: "groupsNotice"
            Layout.fillWidth: true
            visible: dialog.notice !== "" && !failureLabel.visible
            text: dialog.notice
            color: Style.accent
            wrapMode: Text.Wrap
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Style.margin

            ListView {
                id: groupList
                objectName: "groupList"
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                clip: true
                model: dialog.manager.model
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Peer groups")
                delegate: ItemDelegate {
                    id: groupRow
                    required property string groupId
                    required property string label
                    required property string fullName
                    required property bool shipped
                    required property int memberCount
                    readonly property bool showsFullName: fullName !== "" && fullName !== label
                    width: groupList.width
                    highlighted: groupId === dialog.groupId
                    text: label
                    Accessible.name: qsTr("%1, %2, %n member(s), %3", "", memberCount).arg(label).arg(showsFullName ? fullName : label)
                                     .arg(shipped ? qsTr("shipped, read-only") : qsTr("your own group"))
                    contentItem: Column {
                        spacing: 2
                        Label {
                            width: groupList.width - 24
                            text: groupRow.label
                            wrapMode: Text.Wrap
                            font.weight: Font.Medium
                            color: groupRow.highlighted ? Style.onAccent : Style.foreground
                        }
                        Label {
                            objectName: "groupFullName_" + groupRow.groupId
                            width: groupList.width - 24
                            visible: groupRow.showsFullName
                            text: groupRow.fullName
                            wrapMode: Text.Wrap
                            font.pixelSize: 12
                            color: groupRow.highlighted ? Style.onAccent : Style.foreground
                        }
                        Label {
                            text: qsTr("%n member(s) · %1", "", groupRow.memberCount)
                                  .arg(groupRow.shipped ? qsTr("shipped, read-only") : qsTr("your own group"))
                            font.pixelSize: 12
                            color: groupRow.highlighted ? Style.onAccent : Style.secondaryForeground
                        }
                    }
                    onClicked: dialog.select(groupId)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Style.gap

                Label {
                    Layout.fillWidth: true
                    text: dialog.groupId === "" ? qsTr("Choose a group on the left.")
                          : dialog.shipped && dialog.changeable
                            ? qsTr("%1: shipped reference group, read-only. Copy it to change it.").arg(dialog.groupId)
                          : dialog.shipped ? qsTr("%1: shipped reference group, read-only.").arg(dialog.groupId)
                          : qsTr("%1: your own group").arg(dialog.groupId)
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    objectName: "renameGroupRow"
                    Layout.fillWidth: true
                    visible: dialog.groupId !== "" && dialog.editsGroup
                    spacing: Style.gap
                    TextField {
                        id: renameField
                        objectName: "renameGroupField"
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Name of the group")
                        onAccepted: renameButton.clicked()
                    }
                    Button {
                        id: renameButton
                        objectName: "renameGroupButton"
                        text: qsTr("Rename")
                        Accessible.name: qsTr("Rename the group")
                        onClicked: dialog.attempt(dialog.manager.renameGroup(dialog.groupId, renameField.text),
                                                  qsTr("Renamed the group %1.").arg(dialog.groupId))
                    }
                    Button {
                        objectName: "deleteGroupButton"
                        text: qsTr("Delete group")
                        flat: true
                        Accessible.name: qsTr("Delete the group")
                        onClicked: dialog.deleteGroup()
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: dialog.groupId !== ""
                    spacing: Style.margin

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Label {
                            text: qsTr("Members (%1)").arg(dialog.members.length)
                        }
                        ListView {
                            id: memberList
                            objectName: "memberList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: dialog.members
                            ScrollBar.vertical: ScrollBar {}
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Members of the group")
                            delegate: RowLayout {
                                required property var modelData
                                width: memberList.width
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 (%2)").arg(modelData.name).arg(modelData.code)
                                    elide: Text.ElideRight
                                }
                                ToolButton {
                                    text: qsTr("Remove")
                                    visible: dialog.editsGroup
                                    Accessible.name: qsTr("Remove %1 from the group").arg(modelData.name)
                                    onClicked: dialog.attempt(dialog.manager.removeMember(dialog.groupId, modelData.code),
                                                              qsTr("Removed %1.").arg(modelData.name))
                                }
                            }
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: dialog.editsGroup
                        TextField {
                            id: stateSearch
                            objectName: "memberSearchField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Add a state: search by name or code")
                            Accessible.name: qsTr("Search states to add to the group")
                        }
                        ListView {
                            id: stateList
                            objectName: "memberCandidateList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: StateListModel {
                                id: states
                                filterText: stateSearch.text
                            }
                            ScrollBar.vertical: ScrollBar {}
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("States to add")
                            delegate: ItemDelegate {
                                required property string code
                                required property string name
                                width: stateList.width
                                text: qsTr("Add %1 (%2)").arg(name).arg(code)
                                Accessible.name: qsTr("Add %1 to the group").arg(name)
                                onClicked: dialog.attempt(dialog.manager.addMember(dialog.groupId, code),
                                                          qsTr("Added %1.").arg(name))
                            }
                        }
                    }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close the peer groups")
        }
    }
}
