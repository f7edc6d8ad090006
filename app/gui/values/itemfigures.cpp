// SPDX-License-Identifier: GPL-3.0-or-later
#include "values/itemfigures.h"

#include "values/viewcount.h"

#include <QLocale>

namespace iamm::gui {

QVariantList ItemFigures::bars(const iamm::Scale &scale, const iamm::ItemConsensus *item)
{
    QVariantList bars;
    for (const iamm::ScaleLevel &level : scale.levels)
        bars.append(QVariant::fromValue(
            ViewCount{QString::number(level.value), level.label, item ? item->counts.value(level.value) : 0, false}));
    if (scale.allowNotApplicable)
        bars.append(QVariant::fromValue(ViewCount{tr("N/A"), scale.notApplicableLabel, item ? item->na : 0, true}));
    return bars;
}

QString ItemFigures::median(const iamm::ItemConsensus *item)
{
    if (!item || !item->median)
        return {};
    const double value = *item->median;
    const bool whole = value == double(qint64(value));
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString ItemFigures::range(const iamm::ItemConsensus *item)
{
    if (!item || !item->min || !item->max)
        return {};
    if (*item->min == *item->max)
        return QString::number(*item->min);
    return tr("%1 to %2").arg(*item->min).arg(*item->max);
}

} // namespace iamm::gui
