// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

namespace iamm::cli {

Arguments::Arguments(const QString &command, const QStringList &words, const QStringList &valueOptions,
                     const QStringList &flagOptions)
    : m_command(command)
{
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            m_positional << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions.contains(name)) {
            if (inlineValue)
                usage(tr("--%1 takes no value").arg(name));
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (m_values.contains(name))
                usage(tr("--%1 given twice").arg(name));
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else {
                if (i + 1 >= words.size())
                    usage(tr("--%1 needs a value").arg(name));
                m_values.insert(name, words[++i]);
            }
        } else {
            usage(tr("unknown option --%1").arg(name));
        }
    }
}

QString Arguments::positional(int index, const QString &what) const
{
    if (index >= m_positional.size())
        usage(tr("missing %1").arg(what));
    return m_positional[index];
}

void Arguments::requirePositionalCount(int min, int max) const
{
    if (m_positional.size() < min)
        usage(tr("expected at least %n argument(s)", nullptr, min));
    if (max >= 0 && m_positional.size() > max)
        usage(tr("unexpected argument \"%1\"").arg(m_positional[max]));
}

std::optional<QString> Arguments::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    return value(name).value_or(fallback);
}

QString Arguments::required(const QString &name) const
{
    const auto v = value(name);
    if (!v)
        usage(tr("--%1 is required").arg(name));
    return *v;
}

std::optional<int> Arguments::integer(const QString &name) const
{
    const auto v = value(name);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const int number = v->toInt(&ok);
    if (!ok)
        usage(tr("--%1 expects a whole number, got \"%2\"").arg(name, *v));
    return number;
}

qint64 Arguments::id(int index, const QString &what) const
{
    const QString text = positional(index, what);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0)
        usage(tr("%1 must be a whole number, got \"%2\"").arg(what, text));
    return number;
}

void Arguments::atMostOne(const QStringList &names) const
{
    QStringList present;
    for (const QString &name : names) {
        if (m_flags.contains(name) || m_values.contains(name))
            present << QStringLiteral("--") + name;
    }
    if (present.size() > 1)
        usage(tr("%1 cannot be combined").arg(present.join(QStringLiteral(", "))));
}

QString Arguments::exactlyOne(const QStringList &names) const
{
    QStringList present;
    for (const QString &name : names) {
        if (m_flags.contains(name) || m_values.contains(name))
            present << name;
    }
    if (present.size() != 1) {
        QStringList options;
        for (const QString &name : names)
            options << QStringLiteral("--") + name;
        usage(tr("give exactly one of %1").arg(options.join(QStringLiteral(", "))));
    }
    return present.constFirst();
}

void Arguments::usage(const QString &message) const
{
    throw UsageError(QStringLiteral("%1: %2").arg(m_command, message));
}

} // namespace iamm::cli
