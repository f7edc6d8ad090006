#include "assessmentsession.h"

#include "actionlistmodel.h"
#include "store/assessmentstore.h"
#include "autosavequeue.h"
#include "checklistmodel.h"
#include "assessment/edithistory.h"
#include "evidencelistmodel.h"
#include "peers/gapstatistics.h"
#include "common/iammerror.h"
#include "savestatus.h"
#include "statenames.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace {

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

AssessmentSession::AssessmentSession(SaveStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_autosave(new AutosaveQueue(status, this))
    , m_items(new ItemListModel(this))
    , m_checklist(new ChecklistModel(this))
    , m_evidence(new EvidenceListModel(this))
    , m_actions(new ActionListModel(this))
    , m_framework(std::make_shared<const iamm::Framework>())
{
}

AssessmentSession::~AssessmentSession() = default;

void AssessmentSession::open(iamm::AssessmentStore *store, const QString &assessmentId)
{
    m_autosave->flush();
    const iamm::AssessmentInfo info = store->assessment(assessmentId);
    auto newFramework = std::make_shared<const iamm::Framework>(store->frameworkOf(assessmentId));
    const QList<iamm::Response> responses = store->responses(assessmentId);
    const QList<iamm::ChecklistStatus> checklist = store->checklist(assessmentId);
    const QList<iamm::Evidence> evidence = store->evidence(assessmentId);
    const QList<iamm::Action> actions = store->actions(assessmentId);
    // The models move to the new framework before the old one is released.
    m_checklist->showItem(nullptr);
    m_checklist->setStatuses(checklist);
    m_evidence->setAll(evidence);
    m_actions->setAll(actions);
    m_items->reset(newFramework.get(), responses);
    m_framework = newFramework;
    m_info = info;
    m_store = store;
    m_history = std::make_unique<iamm::EditHistory>(*store, assessmentId);
    m_currentIndex = -1;
    recomputeSummary();
    emit assessmentChanged();
    emit historyChanged();
    goTo(0);
}

void AssessmentSession::close()
{
    if (!m_store)
        return;
    m_autosave->flush();
    m_store = nullptr;
    m_history.reset();
    m_info = {};
    m_currentIndex = -1;
    m_checklist->showItem(nullptr);
    m_evidence->showItem({});
    m_actions->showItem({});
    m_items->reset(nullptr, {});
    m_framework = std::make_shared<const iamm::Framework>();
    emit assessmentChanged();
    emit currentItemChanged();
    emit responseChanged();
    emit progressChanged();
    emit historyChanged();
}

void AssessmentSession::refreshInfo()
{
    if (!m_store)
        return;
    m_info = m_store->assessment(m_info.id);
    emit assessmentChanged();
    emit historyChanged();
}

QString AssessmentSession::stateName() const
{
    return m_info.stateCode.isEmpty() ? QString() : displayStateName(m_info.stateCode);
}

QVariantList AssessmentSession::scaleLevels() const
{
    QVariantList levels;
    for (const iamm::ScaleLevel &level : m_framework->scale.levels) {
        levels.append(QVariantMap{{QStringLiteral("value"), level.value},
                                  {QStringLiteral("label"), level.label},
                                  {QStringLiteral("descriptor"), level.descriptor}});
    }
    return levels;
}

int AssessmentSession::itemCount() const
{
    return m_items->rowCount();
}

int AssessmentSession::scoredCount() const
{
    const QList<ItemListModel::Row> &rows = m_items->rows();
    return int(std::count_if(rows.begin(), rows.end(), [](const ItemListModel::Row &r) { return r.response.counts(); }));
}

int AssessmentSession::notApplicableCount() const
{
    const QList<ItemListModel::Row> &rows = m_items->rows();
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const ItemListModel::Row &r) { return r.response.rating.notApplicable; }));
}

const ItemListModel::Row *AssessmentSession::currentRow() const
{
    if (m_currentIndex < 0 || m_currentIndex >= m_items->rowCount())
        return nullptr;
    return &m_items->row(m_currentIndex);
}

QString AssessmentSession::itemId() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->id : QString();
}

QString AssessmentSession::sectionId() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->sectionId : QString();
}

QString AssessmentSession::sectionTitle() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->sectionTitle : QString();
}

int AssessmentSession::itemNumber() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->number : 0;
}

QString AssessmentSession::itemText() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->text : QString();
}

QString AssessmentSession::itemHeading() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->heading : QString();
}

QString AssessmentSession::itemSource() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->source : QString();
}

QStringList AssessmentSession::guidingQuestions() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->item->guidingQuestions : QStringList();
}

QStringList AssessmentSession::subtopics() const
{
    const ItemListModel::Row *row = currentRow();
    QStringList texts;
    if (!row)
        return texts;
    for (const iamm::ChecklistEntry &entry : row->item->subtopics)
        texts << (entry.group.isEmpty() ? entry.text : QStringLiteral("%1: %2").arg(entry.group, entry.text));
    return texts;
}

int AssessmentSession::score() const
{
    const ItemListModel::Row *row = currentRow();
    return row && row->response.counts() ? *row->response.rating.score : -1;
}

bool AssessmentSession::notApplicable() const
{
    const ItemListModel::Row *row = currentRow();
    return row && row->response.rating.notApplicable;
}

int AssessmentSession::target() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->response.target.value_or(-1) : -1;
}

QString AssessmentSession::confidence() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? iamm::vocabulary::toText(row->response.confidence) : QString();
}

QString AssessmentSession::rationale() const
{
    const ItemListModel::Row *row = currentRow();
    return row ? row->response.rationale : QString();
}

void AssessmentSession::goTo(int index)
{
    if (!m_store || index < 0 || index >= m_items->rowCount() || index == m_currentIndex)
        return;
    m_autosave->flush();
    m_currentIndex = index;
    const ItemListModel::Row &row = m_items->row(index);
    m_checklist->showItem(row.item);
    m_evidence->showItem(row.item->id);
    m_actions->showItem(row.item->id);
    emit currentItemChanged();
    emit responseChanged();
}

bool AssessmentSession::goToItem(const QString &itemId)
{
    const int row = m_items->rowOf(itemId);
    goTo(row);
    return row >= 0;
}

void AssessmentSession::next()
{
    goTo(m_currentIndex + 1);
}

void AssessmentSession::previous()
{
    goTo(m_currentIndex - 1);
}

bool AssessmentSession::nextUnassessed()
{
    const int count = m_items->rowCount();
    for (int step = 1; step <= count; ++step) {
        const int index = (m_currentIndex + step) % count;
        const iamm::Response &response = m_items->row(index).response;
        if (!response.counts() && !response.rating.notApplicable) {
            goTo(index);
            return true;
        }
    }
    return false;
}

QVariantList AssessmentSession::findItems(const QString &text) const
{
    QVariantList matches;
    const QString needle = text.trimmed();
    for (int i = 0; i < m_items->rowCount(); ++i) {
        const iamm::FrameworkItem *item = m_items->row(i).item;
        if (needle.isEmpty() || item->id.contains(needle, Qt::CaseInsensitive)
            || item->text.contains(needle, Qt::CaseInsensitive) || item->heading.contains(needle, Qt::CaseInsensitive)) {
            matches.append(QVariantMap{{QStringLiteral("index"), i},
                                       {QStringLiteral("itemId"), item->id},
                                       {QStringLiteral("text"), item->text}});
        }
    }
    return matches;
}

bool AssessmentSession::write(const std::function<void()> &change)
{
    if (!m_store)
        return false;
    try {
        change();
        m_status->reportSaved();
        return true;
    } catch (const iamm::IammError &error) {
        m_status->reportFailure(error.message());
        return false;
    }
}

bool AssessmentSession::updateCurrent(const iamm::ResponseUpdate &update)
{
    const ItemListModel::Row *row = currentRow();
    if (!row)
        return false;
    const QString item = row->item->id;
    if (!write([&] { m_history->updateResponse(item, update); }))
        return false;
    applyToRow(m_currentIndex, update);
    emit historyChanged();
    return true;
}

bool AssessmentSession::canUndo() const
{
    return m_history && !isFinal() && m_history->canUndo();
}

bool AssessmentSession::canRedo() const
{
    return m_history && !isFinal() && m_history->canRedo();
}

bool AssessmentSession::undo()
{
    return canUndo() && revisit([this] { return m_history->undo(); }, false);
}

bool AssessmentSession::redo()
{
    return canRedo() && revisit([this] { return m_history->redo(); }, true);
}

bool AssessmentSession::revisit(const std::function<iamm::Edit()> &step, bool forward)
{
    iamm::Edit edit;
    if (!write([&] { edit = step(); }))
        return false;
    goToItem(edit.itemId);
    if (edit.kind == iamm::Edit::Kind::Response)
        applyToRow(m_items->rowOf(edit.itemId), forward ? edit.after : edit.before);
    else
        m_checklist->setStatus(edit.entryId, iamm::vocabulary::toText(forward ? edit.statusAfter : edit.statusBefore));
    emit historyChanged();
    return true;
}

void AssessmentSession::applyToRow(int row, const iamm::ResponseUpdate &update)
{
    iamm::Response response = m_items->row(row).response;
    if (update.rating)
        response.rating = *update.rating;
    if (update.target)
        response.target = *update.target;
    if (update.confidence)
        response.confidence = *update.confidence;
    if (update.rationale)
        response.rationale = *update.rationale;
    m_items->setResponse(row, response);
    if (row == m_currentIndex)
        emit responseChanged();
    if (update.rating || update.target)
        recomputeSummary();
}

bool AssessmentSession::chooseLevel(int level)
{
    return updateCurrent({.rating = iamm::Rating::level(level)});
}

bool AssessmentSession::chooseNotApplicable()
{
    return updateCurrent({.rating = iamm::Rating::na()});
}

bool AssessmentSession::clearRating()
{
    return updateCurrent({.rating = iamm::Rating::notAssessed()});
}

bool AssessmentSession::setTarget(int level)
{
    return updateCurrent({.target = level < 0 ? std::optional<int>() : std::optional<int>(level)});
}

bool AssessmentSession::setConfidence(const QString &confidence)
{
    const std::optional<iamm::Confidence> parsed = iamm::vocabulary::fromText<iamm::Confidence>(confidence);
    if (!confidence.isEmpty() && !parsed)
        return false;
    return updateCurrent({.confidence = parsed});
}

void AssessmentSession::editRationale(const QString &text)
{
    const ItemListModel::Row *row = currentRow();
    if (!row || row->response.rationale == text)
        return;
    const QString assessment = m_info.id;
    const QString item = row->item->id;
    iamm::AssessmentStore *store = m_store;
    applyToRow(m_currentIndex, {.rationale = text});
    m_autosave->schedule(QStringLiteral("rationale/") + item,
                         [=] { store->updateResponse(assessment, item, {.rationale = text}); });
}

bool AssessmentSession::setChecklistStatus(const QString &entryId, const QString &status)
{
    const std::optional<iamm::ChecklistState> parsed = iamm::vocabulary::fromText<iamm::ChecklistState>(status);
    if (!status.isEmpty() && !parsed)
        return false;
    if (!write([&] { m_history->setChecklistStatus(entryId, parsed); }))
        return false;
    m_checklist->setStatus(entryId, status);
    emit historyChanged();
    return true;
}

bool AssessmentSession::addNote(const QString &title, const QString &text, bool confidential)
{
    return write([&] {
        const qint64 id = m_store->addNote(m_info.id, itemId(), title, text, confidential);
        m_evidence->add(m_store->evidenceItem(id, false));
    });
}

bool AssessmentSession::addLink(const QString &title, const QString &url, bool confidential)
{
    return write([&] {
        const qint64 id = m_store->addLink(m_info.id, itemId(), title, url.trimmed(), confidential);
        m_evidence->add(m_store->evidenceItem(id, false));
    });
}

bool AssessmentSession::addFile(const QString &title, const QUrl &file, bool confidential)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString shownTitle = title.trimmed().isEmpty() ? QFileInfo(path).fileName() : title;
    return write([&] {
        const qint64 id = m_store->addFile(m_info.id, itemId(), shownTitle, path, confidential);
        m_evidence->add(m_store->evidenceItem(id, false));
    });
}

bool AssessmentSession::removeEvidence(qint64 evidenceId)
{
    if (!write([&] { m_store->removeEvidence(evidenceId); }))
        return false;
    m_evidence->remove(evidenceId);
    return true;
}

bool AssessmentSession::openEvidence(qint64 evidenceId)
{
    const iamm::Evidence *evidence = m_evidence->find(evidenceId);
    if (!evidence)
        return false;
    if (evidence->kind == iamm::EvidenceKind::Link)
        return openUrl(QUrl(evidence->text));
    if (evidence->kind != iamm::EvidenceKind::File)
        return false;
    iamm::Evidence withContent;
    if (!write([&] { withContent = m_store->evidenceItem(evidenceId, true); }))
        return false;
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    const QString directory = m_openedFiles->filePath(QString::number(evidenceId));
    QDir().mkpath(directory);
    QFile copy(QDir(directory).filePath(QFileInfo(withContent.fileName).fileName()));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(withContent.content) != withContent.content.size()) {
        m_status->reportFailure(tr("%1: cannot write a copy to open it: %2").arg(copy.fileName(), copy.errorString()));
        return false;
    }
    copy.close();
    return openUrl(QUrl::fromLocalFile(copy.fileName()));
}

bool AssessmentSession::openUrl(const QUrl &url)
{
    if (QDesktopServices::openUrl(url))
        return true;
    m_status->reportFailure(tr("No application could open %1").arg(url.toDisplayString()));
    return false;
}

bool AssessmentSession::addAction(const QString &text, const QString &owner, const QString &due)
{
    iamm::Action action;
    action.itemId = itemId();
    action.text = text.trimmed();
    action.owner = owner.trimmed();
    action.due = parseDate(due);
    if (!due.trimmed().isEmpty() && !action.due.isValid()) {
        m_status->reportFailure(tr("\"%1\" is not a date; enter the due date as YYYY-MM-DD").arg(due));
        return false;
    }
    return write([&] {
        action.id = m_store->addAction(m_info.id, action);
        m_actions->add(action);
    });
}

void AssessmentSession::scheduleActionWrite(const iamm::Action &action)
{
    m_actions->update(action);
    iamm::AssessmentStore *store = m_store;
    m_autosave->schedule(QStringLiteral("action/%1").arg(action.id), [=] { store->updateAction(action); });
}

void AssessmentSession::editActionText(qint64 actionId, const QString &text)
{
    const iamm::Action *stored = m_actions->find(actionId);
    if (!stored || stored->text == text)
        return;
    iamm::Action action = *stored;
    action.text = text;
    scheduleActionWrite(action);
}

void AssessmentSession::editActionOwner(qint64 actionId, const QString &owner)
{
    const iamm::Action *stored = m_actions->find(actionId);
    if (!stored || stored->owner == owner)
        return;
    iamm::Action action = *stored;
    action.owner = owner;
    scheduleActionWrite(action);
}

bool AssessmentSession::setActionDue(qint64 actionId, const QString &due)
{
    const iamm::Action *stored = m_actions->find(actionId);
    if (!stored)
        return false;
    iamm::Action action = *stored;
    action.due = parseDate(due);
    if (!due.trimmed().isEmpty() && !action.due.isValid()) {
        m_status->reportFailure(tr("\"%1\" is not a date; enter the due date as YYYY-MM-DD").arg(due));
        return false;
    }
    if (action.due == stored->due)
        return true;
    scheduleActionWrite(action);
    return m_autosave->flush();
}

bool AssessmentSession::setActionStatus(qint64 actionId, const QString &status)
{
    const iamm::Action *stored = m_actions->find(actionId);
    const std::optional<iamm::ActionStatus> parsed = iamm::vocabulary::fromText<iamm::ActionStatus>(status);
    if (!stored || !parsed)
        return false;
    iamm::Action action = *stored;
    action.status = *parsed;
    scheduleActionWrite(action);
    return m_autosave->flush();
}

bool AssessmentSession::removeAction(qint64 actionId)
{
    if (!write([&] { m_store->removeAction(actionId); }))
        return false;
    m_autosave->discard(QStringLiteral("action/%1").arg(actionId));
    m_actions->remove(actionId);
    return true;
}

bool AssessmentSession::flushPendingEdits()
{
    return m_autosave->flush();
}

void AssessmentSession::recomputeSummary()
{
    QList<iamm::Response> responses;
    for (const ItemListModel::Row &row : m_items->rows())
        responses.append(row.response);
    const iamm::GapResult result = iamm::GapStatistics::compute(*m_framework, m_info, responses, {}, {}, 1);

    m_sections.clear();
    for (const iamm::FrameworkSection &section : m_framework->sections) {
        int scored = 0;
        int notApplicable = 0;
        for (const ItemListModel::Row &row : m_items->rows()) {
            if (row.item->sectionId != section.id)
                continue;
            scored += row.response.counts() ? 1 : 0;
            notApplicable += row.response.rating.notApplicable ? 1 : 0;
        }
        double mean = -1;
        for (const iamm::SectionGap &gap : result.sections) {
            if (gap.id == section.id && gap.score)
                mean = *gap.score;
        }
        m_sections.append(QVariantMap{{QStringLiteral("id"), section.id},
                                      {QStringLiteral("title"), section.title},
                                      {QStringLiteral("officialTitle"), section.officialTitle},
                                      {QStringLiteral("source"), section.source},
                                      {QStringLiteral("itemCount"), section.items.size()},
                                      {QStringLiteral("scoredCount"), scored},
                                      {QStringLiteral("notApplicableCount"), notApplicable},
                                      {QStringLiteral("mean"), mean}});
    }
    m_overallMean = result.overall.score.value_or(-1);

    QList<iamm::ItemGap> gaps;
    for (const iamm::ItemGap &gap : result.items) {
        if (gap.gapToTarget.value_or(0) > 0)
            gaps.append(gap);
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const iamm::ItemGap &a, const iamm::ItemGap &b) { return *a.gapToTarget > *b.gapToTarget; });
    m_largestGaps.clear();
    for (const iamm::ItemGap &gap : gaps) {
        m_largestGaps.append(QVariantMap{{QStringLiteral("itemId"), gap.id},
                                         {QStringLiteral("index"), m_items->rowOf(gap.id)},
                                         {QStringLiteral("text"), m_framework->item(gap.id)->text},
                                         {QStringLiteral("score"), *gap.score},
                                         {QStringLiteral("target"), gap.target},
                                         {QStringLiteral("gap"), *gap.gapToTarget}});
    }
    emit progressChanged();
}
