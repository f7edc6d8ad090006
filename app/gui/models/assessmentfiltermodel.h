// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentfilter.h"
#include "models/assessmentlistmodel.h"

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

// The start page's assessments filtered by state or title text and by status.
class AssessmentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AssessmentListModel *assessments READ assessments WRITE setAssessments NOTIFY assessmentsChanged)
    // Matched against the state code, the state name and the title, ignoring case.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(Status status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(bool isActive READ isActive NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Status { Any, Draft, Final };
    Q_ENUM(Status)

    explicit AssessmentFilterModel(QObject *parent = nullptr);

    AssessmentListModel *assessments() const { return m_assessments; }
    void setAssessments(AssessmentListModel *assessments);
    QString text() const { return m_filter.text; }
    void setText(const QString &text);
    Status status() const { return Status(m_filter.status); }
    void setStatus(Status status);
    bool isActive() const { return m_filter.isActive(); }
    int count() const { return rowCount(); }

signals:
    void assessmentsChanged();
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    AssessmentListModel *m_assessments = nullptr;
    iamm::AssessmentFilter m_filter;
};

} // namespace iamm::gui
