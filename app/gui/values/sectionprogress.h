// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// One section of the open assessment on the summary: how far it is rated and its mean.
struct SectionProgress
{
    Q_GADGET
    QML_VALUE_TYPE(sectionProgress)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString officialTitle MEMBER officialTitle CONSTANT)
    Q_PROPERTY(QString source MEMBER source CONSTANT)
    Q_PROPERTY(int itemCount MEMBER itemCount CONSTANT)
    Q_PROPERTY(int scoredCount MEMBER scoredCount CONSTANT)
    Q_PROPERTY(int notApplicableCount MEMBER notApplicableCount CONSTANT)
    Q_PROPERTY(double mean MEMBER mean CONSTANT) // -1 when no item is rated

public:
    QString id;
    QString title;
    QString officialTitle;
    QString source;
    int itemCount = 0;
    int scoredCount = 0;
    int notApplicableCount = 0;
    double mean = -1;
};

} // namespace iamm::gui
