// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/actionedit.h"

namespace iamm {

Action ActionEdit::over(const Action &newer) const
{
    Action result = newer;
    if (mine.itemId != base.itemId)
        result.itemId = mine.itemId;
    if (mine.text != base.text)
        result.text = mine.text;
    if (mine.owner != base.owner)
        result.owner = mine.owner;
    if (mine.due != base.due)
        result.due = mine.due;
    if (mine.status != base.status)
        result.status = mine.status;
    return result;
}

} // namespace iamm
