// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

class AssessmentSession;

// Every round of the open assessment's state on its framework (rounds/trend.h), for the summary: the
// section and overall means per round, and the items that moved most since the previous round.
class RoundsTrendController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("controllers/assessmentsession.h")
    Q_PROPERTY(AssessmentSession *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // More than one round: there is something to compare.
    Q_PROPERTY(bool hasTrend READ hasTrend NOTIFY trendChanged)
    // Oldest first: {id, label, date, draft, overall (-1 none), sections: [score or -1 per sectionIds]}.
    Q_PROPERTY(QVariantList rounds READ rounds NOTIFY trendChanged)
    Q_PROPERTY(QStringList sectionIds READ sectionIds NOTIFY trendChanged)
    // The open assessment against its previous round, largest move first:
    // {itemId, index (in the walkthrough), change (number), text}.
    Q_PROPERTY(QVariantList risen READ risen NOTIFY trendChanged)
    Q_PROPERTY(QVariantList fallen READ fallen NOTIFY trendChanged)

public:
    static constexpr int moversShown = 5;

    explicit RoundsTrendController(QObject *parent = nullptr);

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    bool hasTrend() const { return m_rounds.size() > 1; }
    QVariantList rounds() const { return m_rounds; }
    QStringList sectionIds() const { return m_sectionIds; }
    QVariantList risen() const { return m_risen; }
    QVariantList fallen() const { return m_fallen; }

    // Reads the rounds again (after a rating changed the current round's means).
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void trendChanged();

private:
    QPointer<AssessmentSession> m_session;
    QVariantList m_rounds;
    QStringList m_sectionIds;
    QVariantList m_risen;
    QVariantList m_fallen;
};

} // namespace iamm::gui
