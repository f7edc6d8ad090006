// SPDX-License-Identifier: GPL-3.0-or-later
#include "faildevice.h"

namespace iamm::test {

FailDevice::FailDevice(qint64 failAfter, QObject *parent)
    : QBuffer(parent)
    , m_failAfter(failAfter)
{}

qint64 FailDevice::writeData(const char *data, qint64 length)
{
    if (m_written + length <= m_failAfter) {
        m_written += length;
        return QBuffer::writeData(data, length);
    }
    QBuffer::writeData(data, m_failAfter - m_written);
    m_written = m_failAfter;
    setErrorString(QStringLiteral("No space left on device"));
    return -1;
}

} // namespace iamm::test
