// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// A quiet word about the last write: "Saving…", "Saved" or what failed ("Not saved").
Label {
    id: indicator

    readonly property int state: Workshop.saveStatus.state

    text: state === SaveStatus.Pending ? qsTr("Saving…")
          : state === SaveStatus.Saved ? qsTr("Saved")
          : state === SaveStatus.Failed ? Workshop.saveStatus.errorHeading
          : ""
    opacity: state === SaveStatus.Failed ? 1 : 0.8
    font.weight: state === SaveStatus.Failed ? Font.Bold : Font.Normal
    Accessible.role: Accessible.StatusBar
    Accessible.name: text
    ToolTip.visible: hoverHandler.hovered && state === SaveStatus.Saved
    ToolTip.text: qsTr("Every change is saved at once. Last saved %1")
                  .arg(Workshop.saveStatus.savedAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))

    HoverHandler {
        id: hoverHandler
    }
}
