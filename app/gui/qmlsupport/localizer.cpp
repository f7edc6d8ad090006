// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlsupport/localizer.h"

#include <QLocale>

namespace iamm::gui {

QString Localizer::formatNumber(double value, int decimals) const
{
    return QLocale().toString(value, 'f', decimals);
}

QString Localizer::formatScore(double value, int decimals) const
{
    return value < 0 ? tr("–") : formatNumber(value, decimals);
}

} // namespace iamm::gui
