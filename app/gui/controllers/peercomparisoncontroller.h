// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/gapitemmodel.h"
#include "peers/gapresult.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <optional>

namespace iamm {
class AssessmentStore;
class FrameworkRegistry;
class PeerGroupCatalog;
} // namespace iamm
namespace iamm::gui {

class SaveStatus;

// The open assessment against a peer group, as `iamm gap` computes it: the figures for the
// whole framework and each section, the items in itemModel, the peers used and missing.
// Individual peers' scores are never exposed. Changing the group or the minimum number of
// peers recomputes at once; the exports write the report and the group's table.
class PeerComparisonController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PeerComparisonController belongs to Workshop")
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
    Q_PROPERTY(int minPeers READ minPeers WRITE setMinPeers NOTIFY minPeersChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    // Why there is no result (unknown group, no assessment); empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
    Q_PROPERTY(QString groupName READ groupName NOTIFY resultChanged)
    // False when the state is not a member of the group it is compared with.
    Q_PROPERTY(bool subjectIsMember READ subjectIsMember NOTIFY resultChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY resultChanged)
    Q_PROPERTY(QString assessmentDate READ assessmentDate NOTIFY resultChanged)
    Q_PROPERTY(bool isDraft READ isDraft NOTIFY resultChanged)
    Q_PROPERTY(int scaleMin READ scaleMin NOTIFY resultChanged)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY resultChanged)
    // The whole framework first (id "overall"), then each section: id, title, score (-1 if
    // none), target (the mean of the items' targets), hasPeers, peerCount, peerMin, peerQ1, peerMedian, peerQ3,
    // peerMax, percentileRank (-1 if none), gapToMedian, hasGapToMedian.
    Q_PROPERTY(QVariantList summaries READ summaries NOTIFY resultChanged)
    // code, name, date of each peer whose newest final assessment was used.
    Q_PROPERTY(QVariantList peersUsed READ peersUsed NOTIFY resultChanged)
    // code, name of each member without a final assessment on the framework.
    Q_PROPERTY(QVariantList missingPeers READ missingPeers NOTIFY resultChanged)
    Q_PROPERTY(GapItemModel *itemModel READ itemModel CONSTANT)

public:
    PeerComparisonController(SaveStatus *status, QObject *parent = nullptr);

    // frameworks: for the report's framework texts in the application's language.
    void setSources(iamm::AssessmentStore *store, iamm::PeerGroupCatalog *catalog,
                    const iamm::FrameworkRegistry *frameworks);
    // The assessment to compare; an empty id clears the comparison. Chooses the default group.
    void setSubject(const QString &stateCode, const QString &assessmentId);
    // Keeps the chosen group if it still exists, else falls back to the default; recomputes.
    void groupsChanged();

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &groupId);
    int minPeers() const { return m_minPeers; }
    void setMinPeers(int minPeers);
    bool hasResult() const { return m_result.has_value(); }
    QString problem() const { return m_problem; }
    QString groupName() const;
    bool subjectIsMember() const;
    QString stateName() const;
    QString assessmentDate() const;
    bool isDraft() const;
    int scaleMin() const;
    int scaleMax() const;
    QVariantList summaries() const;
    QVariantList peersUsed() const;
    QVariantList missingPeers() const;
    GapItemModel *itemModel() const { return m_itemModel; }

    // The first shipped group the state belongs to, else its first own group, else the first group.
    Q_INVOKABLE QString defaultGroupFor(const QString &stateCode) const;
    Q_INVOKABLE void recompute();
    // "<STATE>-<GROUP>-gap-report.pdf" (or -table.csv / .xlsx) in the documents folder.
    Q_INVOKABLE QUrl suggestedFile(const QString &suffix) const;
    // paper "a4" or "letter". False (the core's message in saveStatus) when nothing was written.
    // includeNotes adds the facilitator's private notes and parking lot, never there otherwise.
    Q_INVOKABLE bool exportPdf(const QUrl &file, const QString &paper, bool includeEvidence,
                               bool nameContributors = false, bool includeNotes = false);
    // The states × items matrix of the group's members: an Excel workbook when the file name
    // ends in .xlsx, a CSV table otherwise.
    Q_INVOKABLE bool exportTable(const QUrl &file);

protected:
    // On QEvent::LanguageChange, computes its texts again in the newly installed language.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void groupIdChanged();
    void minPeersChanged();
    void resultChanged();

private:
    iamm::Framework shownFramework() const;
    QVariantMap summaryOf(const iamm::SectionGap &gap, const QString &title) const;
    // Of the section's items, or of all items for an empty id.
    double meanTarget(const QString &sectionId) const;
    bool runExport(const std::function<void(const QString &path)> &write, const QUrl &file);

    SaveStatus *m_status;
    iamm::AssessmentStore *m_store = nullptr;
    iamm::PeerGroupCatalog *m_catalog = nullptr;
    const iamm::FrameworkRegistry *m_frameworks = nullptr;
    // The framework's texts in the application's language, for the result shown.
    std::shared_ptr<const iamm::Framework> m_framework;
    QString m_stateCode;
    QString m_assessmentId;
    QString m_groupId;
    int m_minPeers;
    std::optional<iamm::GapResult> m_result;
    QString m_problem;
    GapItemModel *m_itemModel;
};

} // namespace iamm::gui
