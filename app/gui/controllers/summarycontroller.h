// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class ItemListModel;
struct OpenAssessment;

// The open assessment's progress and results: counts, means per section and the largest gaps
// to target, computed by the core's gap statistics whenever a rating or target changes.
class SummaryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SummaryController belongs to AssessmentSession")

    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(int scoredCount READ scoredCount NOTIFY changed)
    Q_PROPERTY(int notApplicableCount READ notApplicableCount NOTIFY changed)
    // A SectionProgress per section.
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(double overallMean READ overallMean NOTIFY changed)
    // A TargetGap per item below its target, the largest gap first.
    Q_PROPERTY(QVariantList largestGaps READ largestGaps NOTIFY changed)

public:
    SummaryController(const OpenAssessment &open, const ItemListModel *items, QObject *parent = nullptr);

    int itemCount() const { return m_itemCount; }
    int scoredCount() const { return m_scoredCount; }
    int notApplicableCount() const { return m_notApplicableCount; }
    QVariantList sections() const { return m_sections; }
    double overallMean() const { return m_overallMean; }
    QVariantList largestGaps() const { return m_largestGaps; }

    void recompute();

signals:
    void changed();

private:
    const OpenAssessment &m_open;
    const ItemListModel *m_items;
    int m_itemCount = 0;
    int m_scoredCount = 0;
    int m_notApplicableCount = 0;
    QVariantList m_sections;
    double m_overallMean = -1;
    QVariantList m_largestGaps;
};

} // namespace iamm::gui
