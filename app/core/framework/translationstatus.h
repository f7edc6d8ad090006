// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace iamm {

// Whose words a framework text is: the framework's own (English) original, the product's
// working translation, or an official translation supplied with its source.
enum class TranslationStatus { Original, WorkingTranslation, Official };

// "working-translation" or "official" as translation files write them; nothing for other words.
std::optional<TranslationStatus> translationStatusOfName(const QString &name);

} // namespace iamm
