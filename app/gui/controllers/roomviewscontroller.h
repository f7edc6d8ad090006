// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/consensus.h"
#include "workshop/contribution.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class ItemNavigator;
class ResponseEditor;
struct OpenAssessment;

// "Views in the room": the participants' individual views on the current item (how many gave
// each level or N/A, the median and range, whether they diverge) and the comments, with the
// names hidden unless the facilitator shows them. The figures are the core's consensus rules,
// recomputed whenever the agreed rating or the contributions change.
class RoomViewsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RoomViewsController belongs to AssessmentSession")

    Q_PROPERTY(int participants READ participants NOTIFY contributionsChanged)
    Q_PROPERTY(int agencies READ agencies NOTIFY contributionsChanged)
    Q_PROPERTY(int divergentCount READ divergentCount NOTIFY figuresChanged)
    Q_PROPERTY(bool hasViews READ hasViews NOTIFY figuresChanged)
    Q_PROPERTY(int viewCount READ viewCount NOTIFY figuresChanged)
    // A ViewCount per level of the scale, then one for N/A.
    Q_PROPERTY(QVariantList counts READ counts NOTIFY figuresChanged)
    Q_PROPERTY(QString medianText READ medianText NOTIFY figuresChanged)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY figuresChanged)
    Q_PROPERTY(bool divergent READ divergent NOTIFY figuresChanged)
    // The level "Take the median" chooses, -1 when no level was given.
    Q_PROPERTY(int medianLevel READ medianLevel NOTIFY figuresChanged)
    Q_PROPERTY(bool dissentExpected READ dissentExpected NOTIFY figuresChanged)
    // A RoomComment per participant who commented on the current item.
    Q_PROPERTY(QVariantList comments READ comments NOTIFY figuresChanged)
    Q_PROPERTY(bool showNames READ showNames WRITE setShowNames NOTIFY showNamesChanged)

public:
    RoomViewsController(const OpenAssessment &open, ItemNavigator *navigator, ResponseEditor *response,
                        QObject *parent = nullptr);

    void open(const QList<iamm::Contribution> &contributions);
    void close();

    int participants() const { return int(m_contributions.size()); }
    int agencies() const { return m_figures.agencies; }
    int divergentCount() const;
    bool hasViews() const;
    int viewCount() const;
    QVariantList counts() const;
    QString medianText() const;
    QString rangeText() const;
    bool divergent() const;
    int medianLevel() const;
    bool dissentExpected() const;
    QVariantList comments() const;
    bool showNames() const { return m_showNames; }
    void setShowNames(bool show);

    // Sets the agreed level to the median of the views (see ItemConsensus::medianLevel).
    Q_INVOKABLE bool takeMedian();
    // Moves to the next item after the current one where the views diverge; false when there is none.
    Q_INVOKABLE bool nextDivergent();
    // Writes the printable worksheet of the open assessment for participant (empty: a blank line to
    // write the name on), replacing file; false (the reason in SaveStatus) when it cannot.
    Q_INVOKABLE bool writeWorksheet(const QUrl &file, const QString &participant, const QString &paper);

signals:
    void contributionsChanged();
    void figuresChanged();
    void showNamesChanged();

public slots:
    void recompute();

private:
    const iamm::ItemConsensus *current() const;

    const OpenAssessment &m_open;
    ItemNavigator *m_navigator;
    ResponseEditor *m_response;
    QList<iamm::Contribution> m_contributions;
    iamm::ConsensusFigures m_figures;
    bool m_showNames = false;
};

} // namespace iamm::gui
