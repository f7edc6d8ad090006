#include "jsonreader.h"

namespace iamm {

namespace {

QString typeName(const nlohmann::json &value)
{
    return QString::fromUtf8(value.type_name());
}

} // namespace

nlohmann::json JsonReader::parse(const QByteArray &bytes, const QString &origin)
{
    try {
        return json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &error) {
        throw IammError(QStringLiteral("%1: not valid JSON: %2").arg(origin, QString::fromUtf8(error.what())));
    }
}

void JsonReader::fail(const QString &path, const QString &what) const
{
    throw IammError(QStringLiteral("%1: %2: %3").arg(m_origin, path, what));
}

QString JsonReader::member(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QString::fromUtf8(key);
}

QString JsonReader::index(const QString &path, size_t i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

void JsonReader::requireObject(const json &value, const QString &path) const
{
    if (!value.is_object())
        fail(path, QStringLiteral("expected an object, found %1").arg(typeName(value)));
}

const nlohmann::json &JsonReader::required(const json &parent, const QString &path, const char *key) const
{
    requireObject(parent, path);
    const auto it = parent.find(key);
    if (it == parent.end())
        fail(member(path, key), QStringLiteral("required field is missing"));
    return *it;
}

const nlohmann::json &JsonReader::object(const json &parent, const QString &path, const char *key) const
{
    const json &value = required(parent, path, key);
    requireObject(value, member(path, key));
    return value;
}

const nlohmann::json &JsonReader::array(const json &parent, const QString &path, const char *key) const
{
    const json &value = required(parent, path, key);
    if (!value.is_array())
        fail(member(path, key), QStringLiteral("expected an array, found %1").arg(typeName(value)));
    return value;
}

QString JsonReader::string(const json &parent, const QString &path, const char *key) const
{
    const json &value = required(parent, path, key);
    if (!value.is_string())
        fail(member(path, key), QStringLiteral("expected a string, found %1").arg(typeName(value)));
    return QString::fromStdString(value.get<std::string>());
}

std::optional<QString> JsonReader::optionalString(const json &parent, const QString &path, const char *key) const
{
    requireObject(parent, path);
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    return string(parent, path, key);
}

int JsonReader::integer(const json &parent, const QString &path, const char *key) const
{
    const json &value = required(parent, path, key);
    if (!value.is_number_integer())
        fail(member(path, key), QStringLiteral("expected an integer, found %1").arg(QString::fromStdString(value.dump())));
    return value.get<int>();
}

std::optional<int> JsonReader::optionalInteger(const json &parent, const QString &path, const char *key) const
{
    requireObject(parent, path);
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    return integer(parent, path, key);
}

bool JsonReader::boolean(const json &parent, const QString &path, const char *key) const
{
    const json &value = required(parent, path, key);
    if (!value.is_boolean())
        fail(member(path, key), QStringLiteral("expected true or false, found %1").arg(typeName(value)));
    return value.get<bool>();
}

QStringList JsonReader::stringList(const json &parent, const QString &path, const char *key) const
{
    const json &values = array(parent, path, key);
    QStringList result;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i].is_string())
            fail(index(member(path, key), i), QStringLiteral("expected a string, found %1").arg(typeName(values[i])));
        result << QString::fromStdString(values[i].get<std::string>());
    }
    return result;
}

void JsonReader::allowOnly(const json &object, const QString &path, std::initializer_list<const char *> allowed) const
{
    requireObject(object, path);
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *name : allowed)
            known = known || it.key() == name;
        if (!known)
            fail(path, QStringLiteral("unknown field \"%1\"").arg(QString::fromStdString(it.key())));
    }
}

} // namespace iamm
