// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Iamm

// Text a screen reader can read, not only name: Qt 6.4 exposes a QML Text (and Label) as static
// text whose Text interface is empty, and ignores a heading role set on it, while a read-only
// TextEdit marked as static text or heading offers its whole text. Like a label it takes no
// focus and no clicks, so the keys stay the application's shortcuts (0–4, N, U…).
TextEdit {
    id: readable

    property bool heading

    readOnly: true
    selectByMouse: false
    activeFocusOnPress: false
    wrapMode: TextEdit.Wrap
    color: Style.foreground
    activeFocusOnTab: false
    Accessible.role: heading ? Accessible.Heading : Accessible.StaticText
    Accessible.name: text

    // A click on the text leaves the text field being edited, as a click beside it does.
    TapHandler {
        onTapped: {
            const focused = readable.Window.activeFocusItem
            if (focused && "cursorPosition" in focused && !focused.readOnly)
                focused.focus = false
        }
    }
}
