// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/qrcodeitem.h"

#include "common/iammerror.h"
#include "voting/qrcode.h"

#include <QPainter>

namespace iamm::gui {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setSmooth(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_image = QImage();
    if (!text.isEmpty()) {
        try {
            m_image = iamm::QrCode::encode(text).toImage(1);
        } catch (const iamm::IammError &) {
            m_image = QImage();
        }
    }
    emit textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // Whole pixels per module keep every module the same size, which scanners need.
    const int side = int(std::min(width(), height()));
    const int scale = std::max(1, side / m_image.width());
    const int drawn = scale * m_image.width();
    const QRect target(int(width() - drawn) / 2, int(height() - drawn) / 2, drawn, drawn);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, m_image);
}

} // namespace iamm::gui
