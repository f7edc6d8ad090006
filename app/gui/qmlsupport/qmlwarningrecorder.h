// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace iamm::gui {

// Remembers every warning or error the QML engine reports, so a screenshot run or a test
// can fail on them; the messages still go to the previous handler (normally stderr).
class QmlWarningRecorder
{
public:
    static void install();
    static QStringList warnings();
    static QStringList takeWarnings();
};

} // namespace iamm::gui
