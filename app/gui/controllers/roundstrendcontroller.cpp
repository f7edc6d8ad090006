// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/roundstrendcontroller.h"

#include "common/iammerror.h"
#include "controllers/assessmentsession.h"
#include "rounds/roundcomparison.h"
#include "rounds/trendloader.h"
#include "store/assessmentstore.h"

#include <QLocale>

namespace iamm::gui {

namespace {

QVariantList movers(const iamm::RoundComparison &comparison, bool risen, const ItemListModel &items)
{
    QVariantList list;
    for (const iamm::ItemComparison &item : comparison.largestMoves(risen, RoundsTrendController::moversShown))
        list.append(QVariantMap{{QStringLiteral("itemId"), item.itemId},
                                {QStringLiteral("index"), items.rowOf(item.itemId)},
                                {QStringLiteral("change"), item.change.delta()},
                                {QStringLiteral("text"), item.change.displayText()}});
    return list;
}

QVariantMap roundEntry(const iamm::TrendRound &round, const QStringList &sectionIds)
{
    QVariantList sections;
    for (const QString &sectionId : sectionIds) {
        double score = -1;
        for (const iamm::TrendSection &section : round.sections) {
            if (section.id == sectionId && section.score)
                score = *section.score;
        }
        sections.append(score);
    }
    return {{QStringLiteral("id"), round.info.id},
            {QStringLiteral("label"), QLocale().toString(round.info.date, QLocale::ShortFormat)},
            {QStringLiteral("title"), round.info.title},
            {QStringLiteral("draft"), !round.info.isFinal()},
            {QStringLiteral("overall"), round.overall.value_or(-1)},
            {QStringLiteral("sections"), sections}};
}

} // namespace

RoundsTrendController::RoundsTrendController(QObject *parent)
    : QObject(parent)
{}

void RoundsTrendController::setSession(AssessmentSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &AssessmentSession::assessmentChanged, this, &RoundsTrendController::reload);
    reload();
    emit sessionChanged();
}

void RoundsTrendController::reload()
{
    m_rounds.clear();
    m_sectionIds.clear();
    m_risen.clear();
    m_fallen.clear();
    if (m_session && m_session->isOpen()) {
        const OpenAssessment &open = m_session->openAssessment();
        for (const iamm::FrameworkSection &section : open.framework->sections)
            m_sectionIds << section.id;
        try {
            const iamm::Trend trend = iamm::TrendLoader::history(*open.store, open.info.stateCode, open.framework->id,
                                                                 false);
            for (const iamm::TrendRound &round : trend.rounds)
                m_rounds.append(roundEntry(round, m_sectionIds));
            const std::optional<iamm::RoundComparison> comparison = iamm::RoundComparison::againstPrevious(
                *open.store, open.info.id);
            if (comparison) {
                m_risen = movers(*comparison, true, *m_session->navigator()->items());
                m_fallen = movers(*comparison, false, *m_session->navigator()->items());
            }
        } catch (const iamm::IammError &error) {
            open.status->reportFailure(error.message(), tr("Rounds not shown"));
        }
    }
    emit trendChanged();
}

} // namespace iamm::gui
