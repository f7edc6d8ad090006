// SPDX-License-Identifier: GPL-3.0-or-later
#include "voting/pollcontributions.h"

#include "store/assessmentstore.h"
#include "workshop/contribution.h"

#include <QHash>
#include <QSet>

namespace iamm {

namespace {

// The votes grouped by client, clients in order of their first vote.
QList<QList<PollVote>> byVoter(const QList<PollVote> &votes)
{
    QList<QList<PollVote>> voters;
    QHash<QString, qsizetype> indexOfClient;
    for (const PollVote &vote : votes) {
        if (!indexOfClient.contains(vote.client)) {
            indexOfClient.insert(vote.client, voters.size());
            voters.append(QList<PollVote>());
        }
        voters[indexOfClient.value(vote.client)] << vote;
    }
    return voters;
}

QString uniqueName(const QString &name, QSet<QString> &taken)
{
    if (name.isEmpty())
        return name;
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
    taken.insert(unique);
    return unique;
}

void setView(QList<ContributionView> &views, const ContributionView &view)
{
    for (ContributionView &existing : views) {
        if (existing.itemId == view.itemId) {
            existing = view;
            return;
        }
    }
    views << view;
}

} // namespace

QList<Contribution> PollContributions::contributions(const QList<PollVote> &votes, const QList<Contribution> &existing)
{
    QList<Contribution> list;
    QSet<QString> taken;
    for (const QList<PollVote> &voter : byVoter(votes)) {
        Contribution contribution;
        for (const PollVote &vote : voter) {
            if (!vote.name.isEmpty())
                contribution.participant = vote.name;
            if (!vote.agency.isEmpty())
                contribution.agency = vote.agency;
        }
        contribution.participant = uniqueName(contribution.participant, taken);
        contribution.source = QStringLiteral("live vote");
        for (const Contribution &earlier : existing) {
            if (!contribution.participant.isEmpty() && earlier.participant == contribution.participant)
                contribution.views = earlier.views;
        }
        for (const PollVote &vote : voter)
            setView(contribution.views, ContributionView{vote.itemId, vote.rating, QString()});
        list << contribution;
    }
    return list;
}

int PollContributions::store(AssessmentStore &store, const QString &assessmentId, const QList<PollVote> &votes)
{
    const QList<Contribution> list = contributions(votes, store.contributions(assessmentId));
    if (!list.isEmpty())
        store.replaceContributions(assessmentId, list);
    return int(list.size());
}

} // namespace iamm
