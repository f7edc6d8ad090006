// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>

namespace iamm::cli {

// A mistake in how the command was called: exit code 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The words after a command: positionals and --options (value options and flags as declared).
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)

public:
    Arguments(const QString &command, const QStringList &words, const QStringList &valueOptions,
              const QStringList &flagOptions);

    QString command() const { return m_command; }
    QStringList positional() const { return m_positional; }
    // The n-th positional argument, or a usage error naming what is missing.
    QString positional(int index, const QString &what) const;
    void requirePositionalCount(int min, int max) const;

    bool flag(const QString &name) const { return m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;
    QString value(const QString &name, const QString &fallback) const;
    QString required(const QString &name) const;
    std::optional<int> integer(const QString &name) const;
    // A positional argument that must be a whole number (an evidence or action id).
    qint64 id(int index, const QString &what) const;
    // Usage error when more than one of the options is present.
    void atMostOne(const QStringList &names) const;
    // Exactly one of the given options (flags or values) must be present.
    QString exactlyOne(const QStringList &names) const;
    [[noreturn]] void usage(const QString &message) const;

private:
    QString m_command;
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace iamm::cli
