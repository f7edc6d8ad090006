// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// Lets QML choose one type size for several texts: the largest at which each fits its box.
class TextFit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // The largest pixel size in [minimum, maximum] at which each text in font, word-wrapped to
    // width, fits height (minimum when none does).
    Q_INVOKABLE int largestPixelSize(const QStringList &texts, const QFont &font, qreal width, qreal height,
                                     int minimum, int maximum) const;
    // The same for blocks of a bold heading above a body: headings[i] over bodies[i].
    Q_INVOKABLE int largestBlockPixelSize(const QStringList &headings, const QStringList &bodies, const QFont &font,
                                          qreal width, qreal height, int minimum, int maximum) const;
};

} // namespace iamm::gui
