// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>

namespace iamm::test {

// A buffer that keeps the first failAfter bytes and fails the write that goes past them and every
// later one, as a full disk does (after KeePassXC's tests/FailDevice.h).
class FailDevice : public QBuffer
{
    Q_OBJECT

public:
    explicit FailDevice(qint64 failAfter, QObject *parent = nullptr);

protected:
    qint64 writeData(const char *data, qint64 length) override;

private:
    qint64 m_failAfter = 0;
    qint64 m_written = 0;
};

} // namespace iamm::test
