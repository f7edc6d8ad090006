// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace iamm {

// User text made safe for a terminal line or a one-line message: control characters
// (C0, DEL, C1, line and paragraph separators, bidi controls) become visible escapes such as
// \n, \x1b or \u202e, and excerpts are cut so that a 50 MB value cannot flood a message.
class DisplayText
{
public:
    static constexpr int excerptLength = 60;

    // Every character kept, control characters escaped.
    static QString escaped(const QString &text);
    // Escaped and cut to maxLength characters of the original, with "…" when cut.
    static QString excerpt(const QString &text, int maxLength = excerptLength);
    // The excerpt in double quotes, for quoting a user value in a message.
    static QString quoted(const QString &text, int maxLength = excerptLength);
};

} // namespace iamm
