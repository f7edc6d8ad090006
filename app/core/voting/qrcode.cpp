// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/qrcode.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace iamm {

namespace {

constexpr int quietZone = 4;

} // namespace

QrCode QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, void (*)(QRcode *)> encoded(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!encoded)
        throw IammError(QCoreApplication::translate("QrCode", "cannot make a QR code of %1 bytes").arg(utf8.size()));
    QrCode code;
    code.m_size = encoded->width;
    code.m_modules.reserve(code.m_size * code.m_size);
    for (int i = 0; i < code.m_size * code.m_size; ++i)
        code.m_modules << ((encoded->data[i] & 1) != 0);
    return code;
}

QImage QrCode::toImage(int scale) const
{
    const int side = (m_size + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect((x + quietZone) * scale, (y + quietZone) * scale, scale, scale, Qt::black);
        }
    }
    return image;
}

} // namespace iamm
