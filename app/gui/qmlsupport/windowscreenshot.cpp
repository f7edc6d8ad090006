// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/windowscreenshot.h"

#include "qmlsupport/qmlwarningrecorder.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <cstdio>

namespace iamm::gui {

namespace {

bool isBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    const QImage pixels = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb first = pixels.pixel(0, 0);
    for (int y = 0; y < pixels.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            if (line[x] != first)
                return false;
        }
    }
    return true;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "iamm-assess: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

} // namespace

WindowScreenshot::WindowScreenshot(QQuickWindow *window, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_filePath(filePath)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMilliseconds);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(maximumWaitMilliseconds);
    connect(&m_quiet, &QTimer::timeout, this, &WindowScreenshot::capture);
    connect(&m_deadline, &QTimer::timeout, this, &WindowScreenshot::giveUp);
    connect(window, &QQuickWindow::frameSwapped, &m_quiet, qOverload<>(&QTimer::start));
    m_deadline.start();
}

void WindowScreenshot::capture()
{
    if (m_done || !m_window->isExposed())
        return;
    m_done = true;
    const QImage image = m_window->grabWindow();
    const QStringList warnings = QmlWarningRecorder::warnings();
    if (!warnings.isEmpty())
        return fail(QCoreApplication::translate("WindowScreenshot", "QML reported %n warning(s); first: %1", nullptr,
                                                int(warnings.size()))
                        .arg(warnings.first()));
    if (isBlank(image))
        return fail(QCoreApplication::translate("WindowScreenshot", "the window is blank (%1×%2, one colour)")
                        .arg(image.width())
                        .arg(image.height()));
    if (!image.save(m_filePath, "PNG"))
        return fail(QCoreApplication::translate("WindowScreenshot", "%1: cannot save the screenshot").arg(m_filePath));
    QCoreApplication::exit(0);
}

void WindowScreenshot::giveUp()
{
    if (m_window->isExposed())
        return capture();
    m_done = true;
    fail(QCoreApplication::translate("WindowScreenshot", "the window was never shown"));
}

} // namespace iamm::gui
