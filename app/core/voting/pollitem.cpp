// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollitem.h"

#include "common/iammerror.h"

#include <QCoreApplication>

namespace iamm {

PollItem PollItem::fromFramework(const Framework &framework, const QString &itemId)
{
    const FrameworkItem *item = framework.item(itemId);
    if (!item)
        throw IammError(
            QCoreApplication::translate("PollItem", "framework %1 has no item %2").arg(framework.id, itemId));
    return PollItem{item->id, item->text, framework.scale,
                    framework.statusOf(QStringLiteral("items.%1.text").arg(item->id))};
}

} // namespace iamm
