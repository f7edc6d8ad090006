// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Iamm

// A text area that hands every edit on at once (the controller writes after a short pause)
// and asks for pending edits to be written when the user leaves it. It shows savedText
// and never drops what the user typed: a failed write keeps the text in place. Tab and
// Shift+Tab move the focus on (they never insert a tab); Esc leaves the field.
TextArea {
    id: area

    property string savedText

    signal edited(string text)

    text: savedText
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    padding: Style.gap
    background: FieldBackground {
        field: area
    }

    onTextChanged: {
        if (text !== savedText)
            edited(text)
    }
    onActiveFocusChanged: {
        if (!activeFocus)
            Workshop.flushPendingEdits()
    }
    Keys.onEscapePressed: area.focus = false
    Keys.onTabPressed: area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
}
