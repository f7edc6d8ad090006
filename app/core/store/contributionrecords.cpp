// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contributionrecords.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "display/displaytext.h"
#include "store/storecontext.h"
#include "store/storevalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace iamm {

using namespace storevalues;

namespace {

QString viewCount(const Contribution &contribution)
{
    return QStringLiteral("%1 views").arg(contribution.views.size());
}

} // namespace

ContributionRecords::ContributionRecords(StoreContext &context)
    : m_context(context)
{}

QList<Contribution> ContributionRecords::list(const QString &assessmentId) const
{
    m_context.statusOf(assessmentId);
    QList<Contribution> list;
    QHash<qint64, qsizetype> indexOfId;
    QSqlQuery rows = m_context.connection.run(
        QStringLiteral("SELECT id, participant, agency, source, created_at FROM contributions "
                       "WHERE assessment_id = ? ORDER BY id"),
        {assessmentId});
    while (rows.next()) {
        Contribution c;
        c.id = rows.value(0).toLongLong();
        c.participant = rows.value(1).toString();
        c.agency = rows.value(2).toString();
        c.source = rows.value(3).toString();
        c.createdAt = QDateTime::fromString(rows.value(4).toString(), Qt::ISODateWithMs);
        c.position = int(list.size()) + 1;
        indexOfId.insert(c.id, list.size());
        list << c;
    }
    QSqlQuery views = m_context.connection.run(
        QStringLiteral("SELECT v.contribution_id, v.item_id, v.score, v.not_applicable, v.comment "
                       "FROM contribution_views v JOIN contributions c ON c.id = v.contribution_id "
                       "WHERE c.assessment_id = ? ORDER BY v.contribution_id, v.item_id"),
        {assessmentId});
    while (views.next()) {
        ContributionView view{views.value(1).toString(), Rating{optionalInt(views.value(2)), views.value(3).toBool()},
                              views.value(4).toString()};
        list[indexOfId.value(views.value(0).toLongLong())].views << view;
    }
    return list;
}

void ContributionRecords::replace(const QString &assessmentId, const QList<Contribution> &contributions)
{
    // Read and written under the write lock, so that no other writer's change falls between.
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    validate(assessmentId, contributions);
    const QList<Contribution> existing = list(assessmentId);
    qsizetype added = 0;
    for (const Contribution &c : contributions) {
        const auto same = std::find_if(existing.cbegin(), existing.cend(), [&](const Contribution &e) {
            return !c.participant.isEmpty() && e.participant == c.participant;
        });
        if (same == existing.cend()) {
            insert(assessmentId, c);
            ++added;
            Contribution shown = c;
            shown.position = int(existing.size() + added);
            m_context.audit(assessmentId, QStringLiteral("contribution"), shown.shownName(), QStringLiteral("added"),
                            QString(), viewCount(c));
            continue;
        }
        m_context.connection.run(QStringLiteral("UPDATE contributions SET agency = ?, source = ? WHERE id = ?"),
                                 {notNull(c.agency), notNull(c.source), same->id});
        m_context.connection.run(QStringLiteral("DELETE FROM contribution_views WHERE contribution_id = ?"),
                                 {same->id});
        writeViews(same->id, c.views);
        m_context.audit(assessmentId, QStringLiteral("contribution"), c.participant, QStringLiteral("replaced"),
                        viewCount(*same), viewCount(c));
    }
    m_context.touch(assessmentId);
    transaction.commit();
}

void ContributionRecords::remove(const QString &assessmentId, const QString &name)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    const QList<Contribution> existing = list(assessmentId);
    const auto it = std::find_if(existing.cbegin(), existing.cend(),
                                 [&](const Contribution &c) { return c.shownName() == name; });
    if (it == existing.cend())
        throw IammError(QCoreApplication::translate("ContributionRecords", "assessment %1 has no contribution from %2")
                            .arg(assessmentId, DisplayText::quoted(name)));
    m_context.connection.run(QStringLiteral("DELETE FROM contributions WHERE id = ?"), {it->id});
    m_context.audit(assessmentId, QStringLiteral("contribution"), name, QStringLiteral("removed"), viewCount(*it),
                    QString());
    m_context.touch(assessmentId);
    transaction.commit();
}

void ContributionRecords::insert(const QString &assessmentId, const Contribution &c)
{
    const QString created = c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODateWithMs) : now();
    const qint64 id = m_context.connection.insert(
        QStringLiteral("INSERT INTO contributions (assessment_id, participant, agency, source, created_at) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {assessmentId, notNull(c.participant), notNull(c.agency), notNull(c.source), created});
    writeViews(id, c.views);
}

void ContributionRecords::writeViews(qint64 contributionId, const QList<ContributionView> &views)
{
    for (const ContributionView &v : views)
        m_context.connection.reused(
            QStringLiteral("INSERT INTO contribution_views (contribution_id, item_id, score, not_applicable, "
                           "comment) VALUES (?, ?, ?, ?, ?)"),
            {contributionId, v.itemId, nullable(v.rating.score), v.rating.notApplicable ? 1 : 0, notNull(v.comment)});
}

void ContributionRecords::validate(const QString &assessmentId, const QList<Contribution> &contributions) const
{
    const Framework &framework = m_context.pinnedFramework(assessmentId);
    InputLimits::checkCount(InputLimits::Count::Contributions,
                            m_context.rowCount(QStringLiteral("contributions"), assessmentId) + contributions.size(),
                            assessmentId);
    QSet<QString> names;
    for (const Contribution &c : contributions) {
        if (!c.participant.isEmpty() && names.contains(c.participant))
            throw IammError(QCoreApplication::translate("ContributionRecords", "participant %1 appears twice")
                                .arg(DisplayText::quoted(c.participant)));
        names.insert(c.participant);
        InputLimits::checkLength(InputLimits::Text::ParticipantName, c.participant);
        InputLimits::checkLength(InputLimits::Text::Agency, c.agency);
        InputLimits::checkLength(InputLimits::Text::Source, c.source);
        QSet<QString> items;
        for (const ContributionView &v : c.views) {
            StoreContext::requireItem(framework, v.itemId);
            if (items.contains(v.itemId))
                throw IammError(QCoreApplication::translate("ContributionRecords", "%1 has two views on item %2")
                                    .arg(c.shownName(), v.itemId));
            items.insert(v.itemId);
            if (v.rating.score && !framework.scale.contains(*v.rating.score))
                throw IammError(QCoreApplication::translate("ContributionRecords", "score %1 is off the scale %2–%3")
                                    .arg(*v.rating.score)
                                    .arg(framework.scale.min)
                                    .arg(framework.scale.max));
            if (v.rating.notApplicable && !framework.scale.allowNotApplicable)
                throw IammError(
                    QCoreApplication::translate("ContributionRecords", "framework %1 does not allow \"not applicable\"")
                        .arg(framework.id));
            if (v.rating.score && v.rating.notApplicable)
                throw IammError(QCoreApplication::translate("ContributionRecords",
                                                            "an item is either scored or not applicable, not both"));
            InputLimits::checkLength(InputLimits::Text::Comment, v.comment);
        }
    }
}

} // namespace iamm
