// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework/translationstatus.h"

namespace iamm {

std::optional<TranslationStatus> translationStatusOfName(const QString &name)
{
    if (name == QLatin1String("working-translation"))
        return TranslationStatus::WorkingTranslation;
    if (name == QLatin1String("official"))
        return TranslationStatus::Official;
    return std::nullopt;
}

} // namespace iamm
