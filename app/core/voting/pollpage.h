// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/uilanguage.h"

#include <QByteArray>

namespace iamm {

// The language of the voting page's own texts (the item's text and the scale's labels come from
// the framework): one of the application's.
using PollLanguage = UiLanguage::Language;

// The voting page shipped inside the application (Qt resources): no external resource.
class PollPage
{
public:
    // vote.html with the language's texts filled in (HTML-escaped).
    static QByteArray html(PollLanguage language);
    static QByteArray script();
    static QByteArray style();
};

} // namespace iamm
