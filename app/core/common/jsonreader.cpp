// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonreader.h"

#include "display/displaytext.h"
#include "common/inputlimits.h"

#include <QCoreApplication>

#include <limits>
#include <vector>

namespace iamm {

namespace {

QString typeName(const nlohmann::json &value)
{
    return QString::fromUtf8(value.type_name());
}

// Follows the parser through the document so that a failure can name where it happened, and stops
// it before nesting gets deep enough to matter (nothing downstream ever recurses deeper).
class ParsePosition
{
public:
    using json = nlohmann::json;

    bool onEvent(json::parse_event_t event, const json &parsed)
    {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            m_frames.push_back({event == json::parse_event_t::array_start, 0, {}});
            if (m_frames.size() > size_t(InputLimits::maxJsonDepth))
                throw DepthExceeded();
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            m_frames.pop_back();
            elementDone();
            break;
        case json::parse_event_t::key:
            m_frames.back().key = parsed.get<std::string>();
            break;
        case json::parse_event_t::value:
            elementDone();
            break;
        }
        return true;
    }

    // "$.responses[3].score": the value being read, or the last one read.
    QString path() const
    {
        QString result = QStringLiteral("$");
        for (const Frame &frame : m_frames) {
            if (frame.isArray)
                result = JsonReader::index(result, frame.elements);
            else if (!frame.key.empty())
                result = JsonReader::member(result, frame.key.c_str());
        }
        return result;
    }

    struct DepthExceeded
    {};

private:
    struct Frame
    {
        bool isArray;
        size_t elements;
        std::string key;
    };

    void elementDone()
    {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().elements;
    }

    std::vector<Frame> m_frames;
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 5: ...".
QString withoutExceptionId(const char *what)
{
    QString message = QString::fromUtf8(what);
    if (message.startsWith(QLatin1String("[json.exception."))) {
        const qsizetype end = message.indexOf(QLatin1String("] "));
        if (end > 0)
            message = message.mid(end + 2);
    }
    return DisplayText::excerpt(message, 200);
}

} // namespace

nlohmann::json JsonReader::parse(const QByteArray &bytes, const QString &origin)
{
    ParsePosition position;
    const json::parser_callback_t callback = [&position](int, json::parse_event_t event, json &parsed) {
        return position.onEvent(event, parsed);
    };
    try {
        return json::parse(bytes.constBegin(), bytes.constEnd(), callback);
    } catch (const ParsePosition::DepthExceeded &) {
        throw IammError(
            QCoreApplication::translate("JsonReader", "%1: %2: nested deeper than %3 levels, the limit for a JSON file")
                .arg(origin, DisplayText::excerpt(position.path(), 80))
                .arg(InputLimits::maxJsonDepth));
    } catch (const json::out_of_range &error) {
        throw IammError(QCoreApplication::translate("JsonReader", "%1: %2: number out of range (%3)")
                            .arg(origin, DisplayText::excerpt(position.path(), 200), withoutExceptionId(error.what())));
    } catch (const json::exception &error) {
        throw IammError(QCoreApplication::translate("JsonReader", "%1: not valid JSON: %2 (near %3)")
                            .arg(origin, withoutExceptionId(error.what()), DisplayText::excerpt(position.path(), 200)));
    }
}

QString JsonReader::shown(const json &value)
{
    return DisplayText::excerpt(QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace)));
}

void JsonReader::fail(const QString &path, const QString &what) const
{
    throw IammError(QCoreApplication::translate("JsonReader", "%1: %2: %3").arg(m_origin, path, what));
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
        fail(path, QCoreApplication::translate("JsonReader", "expected an object, found %1").arg(typeName(value)));
}

const nlohmann::json &JsonReader::required(const json &parent, const QString &path, const char *key) const
{
    requireObject(parent, path);
    const auto it = parent.find(key);
    if (it == parent.end())
        fail(member(path, key), QCoreApplication::translate("JsonReader", "required field is missing"));
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
        fail(member(path, key),
             QCoreApplication::translate("JsonReader", "expected an array, found %1").arg(typeName(value)));
    return value;
}

QString JsonReader::string(const json &parent, const QString &path, const char *key) const
{
    const json &value = required(parent, path, key);
    if (!value.is_string())
        fail(member(path, key),
             QCoreApplication::translate("JsonReader", "expected a string, found %1").arg(typeName(value)));
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
        fail(member(path, key),
             QCoreApplication::translate("JsonReader", "expected an integer, found %1").arg(shown(value)));
    // Compared as double so that huge integers cannot wrap around into range.
    const double number = value.get<double>();
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        fail(member(path, key), QCoreApplication::translate("JsonReader", "%1 is out of range (at most %2 in size)")
                                    .arg(shown(value))
                                    .arg(std::numeric_limits<int>::max()));
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
        fail(member(path, key),
             QCoreApplication::translate("JsonReader", "expected true or false, found %1").arg(typeName(value)));
    return value.get<bool>();
}

QStringList JsonReader::stringList(const json &parent, const QString &path, const char *key) const
{
    const json &values = array(parent, path, key);
    QStringList result;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i].is_string())
            fail(index(member(path, key), i),
                 QCoreApplication::translate("JsonReader", "expected a string, found %1").arg(typeName(values[i])));
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
            fail(path, QCoreApplication::translate("JsonReader", "unknown field %1")
                           .arg(DisplayText::quoted(QString::fromStdString(it.key()))));
    }
}

} // namespace iamm
