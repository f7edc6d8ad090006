// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollpage.h"

#include "common/iammerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace iamm {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/iamm/voting/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(
            QCoreApplication::translate("PollPage", "the voting page's resource %1 is missing from the build")
                .arg(name));
    return file.readAll();
}

QByteArray render(PollLanguage language)
{
    QString page = QString::fromUtf8(resource(QStringLiteral("vote.html")));
    const QString code = UiLanguage::codeOf(language);
    const QJsonObject strings = QJsonDocument::fromJson(resource(QStringLiteral("strings-%1.json").arg(code))).object();
    page.replace(QStringLiteral("{{lang}}"), code);
    for (auto it = strings.constBegin(); it != strings.constEnd(); ++it)
        page.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value().toString().toHtmlEscaped());
    return page.toUtf8();
}

} // namespace

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
