// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/frameworktranslationloader.h"

#include "common/boundedfile.h"
#include "common/inputlimits.h"
#include "common/jsonreader.h"
#include "display/displaytext.h"
#include "framework/frameworktexts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace iamm {

namespace {

using json = nlohmann::json;

QString textPath(const QString &key)
{
    return QStringLiteral("$.texts[%1]").arg(DisplayText::quoted(key));
}

void requireMatch(const JsonReader &reader, const QString &value, const QString &path, const QString &pattern)
{
    if (!QRegularExpression(pattern).match(value).hasMatch())
        reader.fail(path, QCoreApplication::translate("FrameworkTranslationLoader", "%1 does not match %2")
                              .arg(DisplayText::quoted(value), pattern));
}

TranslationStatus parseStatus(const JsonReader &reader, const json &root)
{
    const QString name = reader.string(root, QStringLiteral("$"), "status");
    const std::optional<TranslationStatus> status = translationStatusOfName(name);
    if (!status)
        reader.fail(QStringLiteral("$.status"),
                    QCoreApplication::translate("FrameworkTranslationLoader",
                                                "%1 is not \"working-translation\" or \"official\"")
                        .arg(DisplayText::quoted(name)));
    return *status;
}

QHash<QString, QString> parseTexts(const JsonReader &reader, const json &root)
{
    const json &texts = reader.object(root, QStringLiteral("$"), "texts");
    QHash<QString, QString> result;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!it.value().is_string())
            reader.fail(textPath(key), QCoreApplication::translate("FrameworkTranslationLoader", "must be a string"));
        const QString text = QString::fromStdString(it.value().get<std::string>());
        if (text.trimmed().isEmpty())
            reader.fail(textPath(key), QCoreApplication::translate("FrameworkTranslationLoader", "must not be empty"));
        result.insert(key, text);
    }
    if (result.isEmpty())
        reader.fail(QStringLiteral("$.texts"),
                    QCoreApplication::translate("FrameworkTranslationLoader", "a translation needs at least one text"));
    return result;
}

} // namespace

bool FrameworkTranslationLoader::isTranslationFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*\\.[a-z]{2}\\.json$"));
    return pattern.match(fileName).hasMatch();
}

FrameworkTranslation FrameworkTranslationLoader::loadFile(const QString &path)
{
    return loadBytes(BoundedFile::read(path, InputLimits::maxFrameworkFileBytes), path);
}

FrameworkTranslation FrameworkTranslationLoader::loadBytes(const QByteArray &bytes, const QString &origin)
{
    const json root = JsonReader::parse(bytes, origin);
    const JsonReader reader(origin);
    const QString path = QStringLiteral("$");
    reader.requireObject(root, path);
    reader.allowOnly(root, path, {"format", "formatVersion", "framework", "language", "status", "source", "texts"});
    if (reader.string(root, path, "format") != QLatin1String("iamm-framework-translation"))
        reader.fail(QStringLiteral("$.format"), QCoreApplication::translate("FrameworkTranslationLoader",
                                                                            "must be \"iamm-framework-translation\""));
    if (reader.integer(root, path, "formatVersion") != 1)
        reader.fail(
            QStringLiteral("$.formatVersion"),
            QCoreApplication::translate("FrameworkTranslationLoader", "unsupported version (this program reads 1)"));
    FrameworkTranslation translation;
    translation.origin = origin;
    translation.frameworkId = reader.string(root, path, "framework");
    requireMatch(reader, translation.frameworkId, QStringLiteral("$.framework"),
                 QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    translation.language = reader.string(root, path, "language");
    requireMatch(reader, translation.language, QStringLiteral("$.language"), QStringLiteral("^[a-z]{2}$"));
    if (translation.language == QLatin1String("en"))
        reader.fail(
            QStringLiteral("$.language"),
            QCoreApplication::translate("FrameworkTranslationLoader", "English is the framework's own language"));
    translation.status = parseStatus(reader, root);
    translation.source = reader.optionalString(root, path, "source").value_or(QString()).trimmed();
    if (translation.status == TranslationStatus::Official && translation.source.isEmpty())
        reader.fail(
            QStringLiteral("$.source"),
            QCoreApplication::translate("FrameworkTranslationLoader", "an official translation must name its source"));
    translation.texts = parseTexts(reader, root);
    return translation;
}

void FrameworkTranslationLoader::checkAgainst(const FrameworkTranslation &translation, const Framework &framework)
{
    const JsonReader reader(translation.origin);
    if (translation.frameworkId != framework.id)
        reader.fail(QStringLiteral("$.framework"),
                    QCoreApplication::translate("FrameworkTranslationLoader", "%1 is not the framework %2 of %3")
                        .arg(DisplayText::quoted(translation.frameworkId), DisplayText::quoted(framework.id),
                             framework.origin));
    const QStringList keyList = FrameworkTexts::keys(framework);
    const QSet<QString> keys(keyList.cbegin(), keyList.cend());
    QStringList unknown;
    for (auto it = translation.texts.cbegin(); it != translation.texts.cend(); ++it) {
        if (!keys.contains(it.key()))
            unknown << it.key();
    }
    if (unknown.isEmpty())
        return;
    unknown.sort();
    reader.fail(textPath(unknown.constFirst()),
                QCoreApplication::translate("FrameworkTranslationLoader", "refers to no text of framework %1")
                    .arg(DisplayText::quoted(framework.id)));
}

} // namespace iamm
