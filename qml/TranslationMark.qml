// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Iamm

// Beside a framework text shown in translation: what kind of translation it is, and a button
// (Ctrl+E) to the authoritative English text and back.
RowLayout {
    id: mark

    readonly property var textLanguage: Workshop.session.navigator.textLanguage
    property real pixelSize: 12

    visible: textLanguage.available && (textLanguage.translated || textLanguage.showingEnglish)
    spacing: Style.gap

    ReadableText {
        objectName: "translationMarkText"
        Layout.fillWidth: true
        text: mark.textLanguage.showingEnglish ? qsTr("English original — the authoritative text")
                                               : mark.textLanguage.mark
        font.pixelSize: mark.pixelSize
        font.italic: true
        color: Style.secondaryForeground
    }
    Button {
        objectName: "showEnglishButton"
        text: mark.textLanguage.showingEnglish ? qsTr("Show translation") : qsTr("Show English")
        font.pixelSize: mark.pixelSize
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Switches the framework's texts between the translation and the English original (Ctrl+E)")
        Accessible.description: ToolTip.text
        onClicked: mark.textLanguage.toggleEnglish()
    }
}
