// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace iamm {

// The language of the voting page's own texts (the item's text and the scale's labels come from
// the framework).
enum class PollLanguage { English, French, Spanish };

// The voting page shipped inside the application (Qt resources): no external resource.
class PollPage
{
public:
    // "en", "fr" or "es"; none for anything else.
    static std::optional<PollLanguage> languageOf(const QString &code);
    static QString codeOf(PollLanguage language);

    // vote.html with the language's texts filled in (HTML-escaped).
    static QByteArray html(PollLanguage language);
    static QByteArray script();
    static QByteArray style();
};

} // namespace iamm
