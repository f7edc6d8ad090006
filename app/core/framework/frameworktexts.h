// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "framework/frameworktranslation.h"

#include <functional>

namespace iamm {

// Names every translatable text of a framework with a stable key ("items.CU-01.text",
// "scale.levels.2.descriptor", "items.EP-13.statements.EP-13.S1.text", …) and puts a
// translation's texts in place of the English ones. Ids and sources are never translated.
class FrameworkTexts
{
public:
    using Visitor = std::function<void(const QString &key, QString &text)>;

    // Calls visit for each non-empty text of the framework, in document order.
    static void forEach(Framework &framework, const Visitor &visit);
    static QStringList keys(const Framework &framework);
    // The framework with the translated texts in place; a text the translation lacks stays
    // English and is listed in untranslatedKeys. Ids, hash and canonical JSON stay the original's.
    static Framework translated(const Framework &framework, const FrameworkTranslation &translation);

private:
    static void forEachInItem(FrameworkItem &item, const Visitor &visit);
};

} // namespace iamm
