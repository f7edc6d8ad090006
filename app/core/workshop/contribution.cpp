// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/contribution.h"

#include <QCoreApplication>

namespace iamm {

QString Contribution::shownName() const
{
    if (!participant.isEmpty())
        return participant;
    return QCoreApplication::translate("Contribution", "Participant %1").arg(position);
}

const ContributionView *Contribution::view(const QString &itemId) const
{
    for (const ContributionView &v : views) {
        if (v.itemId == itemId)
            return &v;
    }
    return nullptr;
}

} // namespace iamm
