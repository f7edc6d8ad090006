// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace iamm::test {

// A pseudo-locale for layout tests: every translatable text comes back 40 % longer, its letters
// accented and framed by ⟦ ⟧, with its placeholders (%1, %L2, %n) and markup untouched — French is about
// 20 % longer than English, so a layout that holds these holds the real languages.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    static QString pseudo(const QString &text);
    static bool isPseudo(const QString &text) { return text.contains(QChar(0x27E6)); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace iamm::test
