// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace iamm::gui {

// Saves a picture of the window once it is exposed and has stopped repainting, then quits
// the application: exit code 0, or 1 if the picture is blank, cannot be saved, or QML
// reported any warning.
class WindowScreenshot : public QObject
{
    Q_OBJECT

public:
    WindowScreenshot(QQuickWindow *window, const QString &filePath, QObject *parent = nullptr);

private:
    static constexpr int quietMilliseconds = 700;
    static constexpr int maximumWaitMilliseconds = 8000;

    void capture();
    void giveUp();

    QQuickWindow *m_window;
    QString m_filePath;
    QTimer m_quiet;
    QTimer m_deadline;
    bool m_done = false;
};

} // namespace iamm::gui
