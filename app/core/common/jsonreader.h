// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/iammerror.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <initializer_list>
#include <optional>

namespace iamm {

// Reads fields out of a parsed JSON document, throwing IammError messages of the form
// "ORIGIN: $.path.to[3].field: what is wrong".
class JsonReader
{
public:
    using json = nlohmann::json;

    explicit JsonReader(QString origin)
        : m_origin(std::move(origin))
    {}

    // Throws IammError naming origin and the JSON path for invalid JSON, out-of-range numbers and
    // nesting deeper than InputLimits::maxJsonDepth.
    static json parse(const QByteArray &bytes, const QString &origin);

    [[noreturn]] void fail(const QString &path, const QString &what) const;

    const json &object(const json &parent, const QString &path, const char *key) const;
    const json &array(const json &parent, const QString &path, const char *key) const;
    QString string(const json &parent, const QString &path, const char *key) const;
    std::optional<QString> optionalString(const json &parent, const QString &path, const char *key) const;
    int integer(const json &parent, const QString &path, const char *key) const;
    std::optional<int> optionalInteger(const json &parent, const QString &path, const char *key) const;
    bool boolean(const json &parent, const QString &path, const char *key) const;
    QStringList stringList(const json &parent, const QString &path, const char *key) const;
    // Rejects members not in allowed (the file format is strict so typos are caught).
    void allowOnly(const json &object, const QString &path, std::initializer_list<const char *> allowed) const;
    void requireObject(const json &value, const QString &path) const;

    static QString member(const QString &path, const char *key);
    static QString index(const QString &path, size_t i);
    // A value as JSON text, cut to a short excerpt with control characters escaped, for messages.
    static QString shown(const json &value);

private:
    const json &required(const json &parent, const QString &path, const char *key) const;

    QString m_origin;
};

} // namespace iamm
