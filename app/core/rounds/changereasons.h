// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace iamm {

// What the four explanation-of-change categories mean, in the words the report and the app show.
class ChangeReasons
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReasons)

public:
    // "Performance", "Evidence", "Method", "Other".
    static QString title(ChangeReason reason);
    // "a real change in practice", …
    static QString meaning(ChangeReason reason);
    // The category's spelling (vocabulary::toText) or throws IammError listing the four.
    static ChangeReason parse(const QString &text);
};

} // namespace iamm
