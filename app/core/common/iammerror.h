// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace iamm {

// A data or runtime error whose message names what went wrong and where.
class IammError : public std::runtime_error
{
public:
    explicit IammError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace iamm
