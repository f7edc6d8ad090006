// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/roomviewscontroller.h"

#include "controllers/itemnavigator.h"
#include "controllers/openassessment.h"
#include "controllers/responseeditor.h"
#include "controllers/savestatus.h"
#include "common/iammerror.h"
#include "report/worksheetwriter.h"
#include "models/itemlistmodel.h"
#include "values/itemfigures.h"
#include "values/roomcomment.h"

#include <QSet>

namespace iamm::gui {

namespace {

QString viewText(const iamm::Rating &rating)
{
    if (rating.notApplicable)
        return RoomViewsController::tr("N/A");
    return rating.score ? RoomViewsController::tr("level %1").arg(*rating.score) : RoomViewsController::tr("no view");
}

QString attribution(const iamm::Contribution &contribution, bool showNames)
{
    QStringList parts;
    if (showNames)
        parts << contribution.shownName();
    if (!contribution.agency.isEmpty())
        parts << contribution.agency;
    return parts.isEmpty() ? RoomViewsController::tr("a participant") : parts.join(QStringLiteral(", "));
}

} // namespace

RoomViewsController::RoomViewsController(const OpenAssessment &open, ItemNavigator *navigator, ResponseEditor *response,
                                         QObject *parent)
    : QObject(parent)
    , m_open(open)
    , m_navigator(navigator)
    , m_response(response)
{
    connect(m_navigator, &ItemNavigator::currentItemChanged, this, &RoomViewsController::figuresChanged);
    connect(m_response, &ResponseEditor::ratingsChanged, this, &RoomViewsController::recompute);
}

void RoomViewsController::open(const QList<iamm::Contribution> &contributions)
{
    m_contributions = contributions;
    recompute();
    emit contributionsChanged();
}

void RoomViewsController::close()
{
    open({});
}

void RoomViewsController::recompute()
{
    QList<iamm::Response> responses;
    for (const ItemListModel::Row &row : m_navigator->items()->rows())
        responses.append(row.response);
    m_figures = iamm::Consensus::compute(*m_open.framework, m_contributions, responses);
    QSet<QString> divergentItems;
    for (const iamm::ItemConsensus &item : m_figures.items) {
        if (item.divergent)
            divergentItems.insert(item.itemId);
    }
    m_navigator->items()->setDivergent(divergentItems);
    emit figuresChanged();
}

const iamm::ItemConsensus *RoomViewsController::current() const
{
    const QString itemId = m_navigator->itemId();
    for (const iamm::ItemConsensus &item : m_figures.items) {
        if (item.itemId == itemId)
            return &item;
    }
    return nullptr;
}

int RoomViewsController::divergentCount() const
{
    return int(std::count_if(m_figures.items.cbegin(), m_figures.items.cend(),
                             [](const iamm::ItemConsensus &item) { return item.divergent; }));
}

bool RoomViewsController::hasViews() const
{
    return viewCount() > 0;
}

int RoomViewsController::viewCount() const
{
    const iamm::ItemConsensus *item = current();
    return item ? item->n + item->na : 0;
}

QVariantList RoomViewsController::counts() const
{
    return ItemFigures::bars(m_open.framework->scale, current());
}

QString RoomViewsController::medianText() const
{
    return ItemFigures::median(current());
}

QString RoomViewsController::rangeText() const
{
    return ItemFigures::range(current());
}

bool RoomViewsController::divergent() const
{
    const iamm::ItemConsensus *item = current();
    return item && item->divergent;
}

int RoomViewsController::medianLevel() const
{
    const iamm::ItemConsensus *item = current();
    return item ? item->medianLevel().value_or(-1) : -1;
}

bool RoomViewsController::dissentExpected() const
{
    const iamm::ItemConsensus *item = current();
    return item && item->dissentExpected();
}

QVariantList RoomViewsController::comments() const
{
    QVariantList list;
    const QString itemId = m_navigator->itemId();
    for (const iamm::Contribution &contribution : m_contributions) {
        const iamm::ContributionView *view = contribution.view(itemId);
        if (!view || view->comment.trimmed().isEmpty())
            continue;
        list.append(QVariant::fromValue(
            RoomComment{attribution(contribution, m_showNames), viewText(view->rating), view->comment}));
    }
    return list;
}

void RoomViewsController::setShowNames(bool show)
{
    if (m_showNames == show)
        return;
    m_showNames = show;
    emit showNamesChanged();
    emit figuresChanged();
}

bool RoomViewsController::takeMedian()
{
    const int level = medianLevel();
    return level >= 0 && m_response->chooseLevel(level);
}

bool RoomViewsController::nextDivergent()
{
    const int count = m_navigator->itemCount();
    const ItemListModel *items = m_navigator->items();
    for (int step = 1; step < count; ++step) {
        const int row = (m_navigator->currentIndex() + step) % count;
        if (items->data(items->index(row), ItemListModel::DivergentRole).toBool()) {
            m_navigator->goTo(row);
            return true;
        }
    }
    return false;
}

bool RoomViewsController::writeWorksheet(const QUrl &file, const QString &participant, const QString &paper)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    try {
        if (!m_open.isOpen())
            throw iamm::IammError(tr("no assessment is open"));
        iamm::WorksheetWriter::Options options;
        options.participant = participant.trimmed();
        options.paper = paper;
        options.existing = iamm::OutputFile::Existing::Overwrite;
        options.framework = m_open.framework.get();
        iamm::WorksheetWriter::writePdf(*m_open.store, m_open.info.id, options, path);
    } catch (const iamm::IammError &error) {
        m_open.status->reportFailure(error.message(), tr("Worksheet not written"));
        return false;
    }
    return true;
}

} // namespace iamm::gui
