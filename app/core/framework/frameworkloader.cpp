// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/frameworkloader.h"

#include "common/boundedfile.h"
#include "display/displaytext.h"
#include "common/inputlimits.h"
#include "common/jsonreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace iamm {

namespace {

using json = nlohmann::json;

constexpr int maxScaleSteps = 100;

class FrameworkParser
{
public:
    explicit FrameworkParser(const QString &origin)
        : m_reader(origin)
    {}

    Framework parse(const json &root)
    {
        const QString path = QStringLiteral("$");
        m_reader.allowOnly(root, path,
                           {"format", "formatVersion", "id", "version", "title", "description", "sourceDocument",
                            "scale", "sections"});
        if (m_reader.string(root, path, "format") != QLatin1String("iamm-framework"))
            m_reader.fail(QStringLiteral("$.format"),
                          QCoreApplication::translate("FrameworkLoader", "must be \"iamm-framework\""));
        if (m_reader.integer(root, path, "formatVersion") != 1)
            m_reader.fail(QStringLiteral("$.formatVersion"),
                          QCoreApplication::translate("FrameworkLoader", "unsupported version (this program reads 1)"));
        Framework framework;
        framework.id = matching(root, path, "id", QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
        framework.version = matching(root, path, "version", QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.+-]*$"));
        framework.title = nonEmpty(root, path, "title");
        framework.description = m_reader.optionalString(root, path, "description").value_or(QString());
        framework.sourceDocument = m_reader.optionalString(root, path, "sourceDocument").value_or(QString());
        framework.scale = parseScale(m_reader.object(root, path, "scale"), QStringLiteral("$.scale"));
        const json &sections = m_reader.array(root, path, "sections");
        if (sections.empty())
            m_reader.fail(QStringLiteral("$.sections"),
                          QCoreApplication::translate("FrameworkLoader", "a framework needs at least one section"));
        for (size_t i = 0; i < sections.size(); ++i)
            framework.sections << parseSection(sections[i], JsonReader::index(QStringLiteral("$.sections"), i));
        return framework;
    }

private:
    QString nonEmpty(const json &parent, const QString &path, const char *key) const
    {
        const QString value = m_reader.string(parent, path, key);
        if (value.trimmed().isEmpty())
            m_reader.fail(JsonReader::member(path, key),
                          QCoreApplication::translate("FrameworkLoader", "must not be empty"));
        return value;
    }

    QString matching(const json &parent, const QString &path, const char *key, const QString &pattern) const
    {
        const QString value = m_reader.string(parent, path, key);
        if (!QRegularExpression(pattern).match(value).hasMatch())
            m_reader.fail(JsonReader::member(path, key),
                          QCoreApplication::translate("FrameworkLoader", "%1 does not match %2")
                              .arg(DisplayText::quoted(value), pattern));
        return value;
    }

    Scale parseScale(const json &node, const QString &path) const
    {
        m_reader.allowOnly(
            node, path,
            {"origin", "min", "max", "defaultTarget", "allowNotApplicable", "notApplicableLabel", "levels"});
        Scale scale;
        scale.min = m_reader.integer(node, path, "min");
        scale.max = m_reader.integer(node, path, "max");
        if (scale.max <= scale.min)
            m_reader.fail(JsonReader::member(path, "max"),
                          QCoreApplication::translate("FrameworkLoader", "must be greater than min"));
        if (qint64(scale.max) - scale.min > maxScaleSteps)
            m_reader.fail(
                JsonReader::member(path, "max"),
                QCoreApplication::translate("FrameworkLoader", "a scale has at most %1 levels").arg(maxScaleSteps + 1));
        scale.defaultTarget = m_reader.integer(node, path, "defaultTarget");
        if (!scale.contains(scale.defaultTarget))
            m_reader.fail(JsonReader::member(path, "defaultTarget"),
                          QCoreApplication::translate("FrameworkLoader", "%1 is outside %2–%3")
                              .arg(scale.defaultTarget)
                              .arg(scale.min)
                              .arg(scale.max));
        scale.allowNotApplicable = m_reader.boolean(node, path, "allowNotApplicable");
        scale.notApplicableLabel =
            m_reader.optionalString(node, path, "notApplicableLabel").value_or(QStringLiteral("Not applicable"));
        const json &levels = m_reader.array(node, path, "levels");
        const QString levelsPath = JsonReader::member(path, "levels");
        for (size_t i = 0; i < levels.size(); ++i) {
            const QString levelPath = JsonReader::index(levelsPath, i);
            m_reader.allowOnly(levels[i], levelPath, {"value", "label", "descriptor"});
            ScaleLevel level{m_reader.integer(levels[i], levelPath, "value"), nonEmpty(levels[i], levelPath, "label"),
                             nonEmpty(levels[i], levelPath, "descriptor")};
            if (level.value != scale.min + int(i))
                m_reader.fail(
                    JsonReader::member(levelPath, "value"),
                    QCoreApplication::translate("FrameworkLoader", "expected %1: levels run from min to max in order")
                        .arg(scale.min + int(i)));
            scale.levels << level;
        }
        if (scale.levels.size() != scale.max - scale.min + 1)
            m_reader.fail(levelsPath, QCoreApplication::translate("FrameworkLoader",
                                                                  "expected %1 levels (min %2 to max %3), found %4")
                                          .arg(scale.max - scale.min + 1)
                                          .arg(scale.min)
                                          .arg(scale.max)
                                          .arg(scale.levels.size()));
        return scale;
    }

    FrameworkSection parseSection(const json &node, const QString &path)
    {
        m_reader.allowOnly(node, path, {"id", "title", "officialTitle", "source", "items"});
        FrameworkSection section;
        section.id = unique(matching(node, path, "id", QStringLiteral("^[A-Z]{2,8}$")), JsonReader::member(path, "id"));
        section.title = nonEmpty(node, path, "title");
        section.officialTitle = m_reader.optionalString(node, path, "officialTitle").value_or(QString());
        section.source = m_reader.optionalString(node, path, "source").value_or(QString());
        const json &items = m_reader.array(node, path, "items");
        if (items.empty())
            m_reader.fail(JsonReader::member(path, "items"),
                          QCoreApplication::translate("FrameworkLoader", "a section needs at least one item"));
        for (size_t i = 0; i < items.size(); ++i)
            section.items << parseItem(items[i], JsonReader::index(JsonReader::member(path, "items"), i), section.id);
        return section;
    }

    FrameworkItem parseItem(const json &node, const QString &path, const QString &sectionId)
    {
        m_reader.allowOnly(node, path,
                           {"id", "number", "text", "heading", "source", "guidance", "subtopics", "statements"});
        FrameworkItem item;
        item.sectionId = sectionId;
        item.id = unique(matching(node, path, "id", QStringLiteral("^[A-Z]{2,8}-[0-9]{2}$")),
                         JsonReader::member(path, "id"));
        if (!item.id.startsWith(sectionId + QLatin1Char('-')))
            m_reader.fail(
                JsonReader::member(path, "id"),
                QCoreApplication::translate("FrameworkLoader", "\"%1\" must start with its section id \"%2-\"")
                    .arg(item.id, sectionId));
        item.number = m_reader.integer(node, path, "number");
        item.text = nonEmpty(node, path, "text");
        item.heading = m_reader.optionalString(node, path, "heading").value_or(QString());
        item.source = nonEmpty(node, path, "source");
        if (node.contains("guidance")) {
            const QString guidancePath = JsonReader::member(path, "guidance");
            const json &guidance = m_reader.object(node, path, "guidance");
            m_reader.allowOnly(guidance, guidancePath, {"origin", "questions"});
            if (m_reader.string(guidance, guidancePath, "origin") != QLatin1String("product"))
                m_reader.fail(JsonReader::member(guidancePath, "origin"),
                              QCoreApplication::translate("FrameworkLoader", "guidance must be marked \"product\""));
            item.guidingQuestions = m_reader.stringList(guidance, guidancePath, "questions");
        }
        item.subtopics = parseEntries(node, path, "subtopics", item.id + QStringLiteral("\\.[0-9]+"));
        item.statements = parseEntries(node, path, "statements", item.id + QStringLiteral("\\.S[0-9]+"));
        return item;
    }

    QList<ChecklistEntry> parseEntries(const json &node, const QString &path, const char *key, const QString &idPattern)
    {
        QList<ChecklistEntry> entries;
        if (!node.contains(key))
            return entries;
        const json &list = m_reader.array(node, path, key);
        for (size_t i = 0; i < list.size(); ++i) {
            const QString entryPath = JsonReader::index(JsonReader::member(path, key), i);
            m_reader.allowOnly(list[i], entryPath, {"id", "text", "group", "source"});
            ChecklistEntry entry;
            entry.id = unique(matching(list[i], entryPath, "id", QLatin1Char('^') + idPattern + QLatin1Char('$')),
                              JsonReader::member(entryPath, "id"));
            entry.text = nonEmpty(list[i], entryPath, "text");
            entry.group = m_reader.optionalString(list[i], entryPath, "group").value_or(QString());
            entry.source = m_reader.optionalString(list[i], entryPath, "source").value_or(QString());
            entries << entry;
        }
        return entries;
    }

    QString unique(const QString &id, const QString &path)
    {
        if (m_ids.contains(id))
            m_reader.fail(
                path, QCoreApplication::translate("FrameworkLoader", "duplicate id %1").arg(DisplayText::quoted(id)));
        m_ids.insert(id);
        return id;
    }

    JsonReader m_reader;
    QSet<QString> m_ids;
};

} // namespace

Framework FrameworkLoader::loadFile(const QString &path)
{
    return loadBytes(BoundedFile::read(path, InputLimits::maxFrameworkFileBytes), path);
}

Framework FrameworkLoader::loadBytes(const QByteArray &bytes, const QString &origin)
{
    const json root = JsonReader::parse(bytes, origin);
    Framework framework = FrameworkParser(origin).parse(root);
    framework.canonicalJson = QByteArray::fromStdString(root.dump());
    framework.hash = QString::fromLatin1(
        QCryptographicHash::hash(framework.canonicalJson, QCryptographicHash::Sha256).toHex());
    framework.origin = origin;
    return framework;
}

} // namespace iamm
