// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rounds/roundcomparison.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace iamm::gui {

class AssessmentSession;

// The previous round beside the current item (rounds/previousround.h): its rating, date and rationale,
// the change once the item is rated, and the explanation of change the team gives when the rating
// differs (a category and a text, written like the rationale).
class PreviousRoundController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("controllers/assessmentsession.h")
    Q_PROPERTY(AssessmentSession *session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY roundChanged)
    Q_PROPERTY(QString previousTitle READ previousTitle NOTIFY roundChanged)
    Q_PROPERTY(QString previousDate READ previousDate NOTIFY roundChanged)
    // Of the current item:
    Q_PROPERTY(QString previousRating READ previousRating NOTIFY itemChanged)
    Q_PROPERTY(QString previousRationale READ previousRationale NOTIFY itemChanged)
    // "+1", "newly applicable"…, empty when neither round has a level.
    Q_PROPERTY(QString changeText READ changeText NOTIFY itemChanged)
    // The rating is not the one of the previous round: the explanation of change is asked for.
    Q_PROPERTY(bool changed READ changed NOTIFY itemChanged)
    // "performance", "evidence", "method", "other", or empty.
    Q_PROPERTY(QString reason READ reason NOTIFY itemChanged)
    Q_PROPERTY(QString note READ note NOTIFY itemChanged)
    // The four categories: {value, title, meaning}.
    Q_PROPERTY(QVariantList reasons READ reasons CONSTANT)

public:
    explicit PreviousRoundController(QObject *parent = nullptr);

    AssessmentSession *session() const { return m_session; }
    void setSession(AssessmentSession *session);
    bool hasPrevious() const { return m_comparison.has_value(); }
    QString previousTitle() const;
    QString previousDate() const;
    QString previousRating() const;
    QString previousRationale() const;
    QString changeText() const;
    bool changed() const;
    QString reason() const;
    QString note() const;
    QVariantList reasons() const;

    // An empty reason clears it; false when the store refused (the reason in SaveStatus).
    Q_INVOKABLE bool setReason(const QString &reason);
    Q_INVOKABLE void editNote(const QString &text);

signals:
    void sessionChanged();
    void roundChanged();
    void itemChanged();

private:
    struct Explanation
    {
        std::optional<iamm::ChangeReason> reason;
        QString note;
    };

    void load();
    // A colleague's explanation, unless this user's own waits to be written.
    void showStoredExplanation(const QString &itemId);
    QString currentItemId() const;
    const iamm::ItemComparison *previousOfCurrent() const;
    iamm::ItemChange currentChange() const;

    QPointer<AssessmentSession> m_session;
    std::optional<iamm::RoundComparison> m_comparison;
    QHash<QString, Explanation> m_explanations;
};

} // namespace iamm::gui
