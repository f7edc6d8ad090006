// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace iamm {

// A QR code (libqrencode, error correction level M) as a square matrix of modules.
class QrCode
{
public:
    // Throws IammError when the text cannot be encoded (too long for a QR code).
    static QrCode encode(const QString &text);

    // Modules per side.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Black modules of scale × scale pixels on white, with the standard quiet zone of 4 modules.
    QImage toImage(int scale) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace iamm
