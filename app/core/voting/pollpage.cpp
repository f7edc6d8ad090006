// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollpage.h"

#include "common/iammerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace iamm {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/iamm/voting/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(QStringLiteral("the voting page's resource %1 is missing from the build").arg(name));
    return file.readAll();
}

QByteArray render(PollLanguage language)
{
    QString page = QString::fromUtf8(resource(QStringLiteral("vote.html")));
    const QString code = PollPage::codeOf(language);
    const QJsonObject strings = QJsonDocument::fromJson(resource(QStringLiteral("strings-%1.json").arg(code))).object();
    page.replace(QStringLiteral("{{lang}}"), code);
    for (auto it = strings.constBegin(); it != strings.constEnd(); ++it)
        page.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value().toString().toHtmlEscaped());
    return page.toUtf8();
}

} // namespace

std::optional<PollLanguage> PollPage::languageOf(const QString &code)
{
    if (code == QLatin1String("en"))
        return PollLanguage::English;
    if (code == QLatin1String("fr"))
        return PollLanguage::French;
    if (code == QLatin1String("es"))
        return PollLanguage::Spanish;
    return std::nullopt;
}

QString PollPage::codeOf(PollLanguage language)
{
    switch (language) {
    case PollLanguage::French:
        return QStringLiteral("fr");
    case PollLanguage::Spanish:
        return QStringLiteral("es");
    case PollLanguage::English:
        break;
    }
    return QStringLiteral("en");
}

QByteArray PollPage::html(PollLanguage language)
{
    static const QByteArray pages[] = {render(PollLanguage::English), render(PollLanguage::French),
                                       render(PollLanguage::Spanish)};
    return pages[int(language)];
}

QByteArray PollPage::script()
{
    static const QByteArray bytes = resource(QStringLiteral("vote.js"));
    return bytes;
}

QByteArray PollPage::style()
{
    static const QByteArray bytes = resource(QStringLiteral("vote.css"));
    return bytes;
}

} // namespace iamm
