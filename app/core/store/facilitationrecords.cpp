// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/facilitationrecords.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "store/auditlog.h"
#include "store/changefeed.h"
#include "store/storecontext.h"
#include "store/storevalues.h"
#include "workshop/agendaplan.h"

#include <algorithm>

#include <QCoreApplication>

namespace iamm {

using namespace storevalues;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : now();
}

QDateTime storedTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString sessionCount(qsizetype count)
{
    return QStringLiteral("%1 sessions").arg(count);
}

} // namespace

FacilitationRecords::FacilitationRecords(StoreContext &context)
    : m_context(context)
{}

QList<FacilitatorNote> FacilitationRecords::notes(const QString &assessmentId) const
{
    const QStringList order = m_context.pinnedFramework(assessmentId).itemIds();
    QList<FacilitatorNote> list;
    QSqlQuery rows = m_context.connection.run(
        QStringLiteral("SELECT item_id, text, updated_at FROM facilitator_notes WHERE assessment_id = ?"),
        {assessmentId});
    while (rows.next())
        list << FacilitatorNote{rows.value(0).toString(), rows.value(1).toString(), storedTime(rows.value(2))};
    std::sort(list.begin(), list.end(), [&](const FacilitatorNote &a, const FacilitatorNote &b) {
        return order.indexOf(a.itemId) < order.indexOf(b.itemId);
    });
    return list;
}

void FacilitationRecords::setNote(const QString &assessmentId, const QString &itemId, const QString &text,
                                  const std::optional<QString> &from)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    m_context.requireItem(assessmentId, itemId);
    const QString trimmed = text.trimmed();
    InputLimits::checkLength(InputLimits::Text::FacilitatorNote, trimmed, itemId);
    const QString old = storedNote(assessmentId, itemId);
    if (from && *from != old)
        throw conflict(assessmentId, itemId);
    if (old == trimmed)
        return;
    // On a server another writer may have committed since the read above.
    if (!writeNoteOver(assessmentId, itemId, old, trimmed))
        throw conflict(assessmentId, itemId);
    m_context.audit(assessmentId, QStringLiteral("facilitator note"), itemId, QStringLiteral("text"), old, trimmed);
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, itemId, ChangeFeed::Part::FacilitatorNote);
    transaction.commit();
}

QString FacilitationRecords::storedNote(const QString &assessmentId, const QString &itemId) const
{
    return m_context.connection
        .scalar(QStringLiteral("SELECT text FROM facilitator_notes WHERE assessment_id = ? AND item_id = ?"),
                {assessmentId, itemId})
        .toString();
}

bool FacilitationRecords::writeNoteOver(const QString &assessmentId, const QString &itemId, const QString &before,
                                        const QString &text)
{
    if (before.isEmpty())
        return m_context.connection
                   .run(QStringLiteral("INSERT INTO facilitator_notes (assessment_id, item_id, text, updated_at) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, item_id) DO NOTHING"),
                        {assessmentId, itemId, text, now()})
                   .numRowsAffected()
               == 1;
    if (text.isEmpty())
        return m_context.connection
                   .run(QStringLiteral("DELETE FROM facilitator_notes WHERE assessment_id = ? AND item_id = ? "
                                       "AND text = ?"),
                        {assessmentId, itemId, before})
                   .numRowsAffected()
               == 1;
    return m_context.connection
               .run(QStringLiteral("UPDATE facilitator_notes SET text = ?, updated_at = ? WHERE assessment_id = ? "
                                   "AND item_id = ? AND text = ?"),
                    {text, now(), assessmentId, itemId, before})
               .numRowsAffected()
           == 1;
}

FacilitatorNoteConflict FacilitationRecords::conflict(const QString &assessmentId, const QString &itemId) const
{
    return FacilitatorNoteConflict(
        itemId, storedNote(assessmentId, itemId),
        AuditLog(m_context.connection).lastEntry(assessmentId, QStringLiteral("facilitator note"), itemId));
}

void FacilitationRecords::insertNote(const QString &assessmentId, const FacilitatorNote &note)
{
    m_context.connection.run(QStringLiteral("INSERT INTO facilitator_notes (assessment_id, item_id, text, "
                                            "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, "
                                            "item_id) DO UPDATE SET text = excluded.text, "
                                            "updated_at = excluded.updated_at"),
                             {assessmentId, note.itemId, notNull(note.text), timeText(note.updated)});
}

QList<ParkedQuestion> FacilitationRecords::questions(const QString &assessmentId) const
{
    m_context.statusOf(assessmentId);
    QList<ParkedQuestion> list;
    QSqlQuery rows = m_context.connection.run(
        QStringLiteral("SELECT id, item_id, text, done, created_at, done_at FROM parked_questions "
                       "WHERE assessment_id = ? ORDER BY id"),
        {assessmentId});
    while (rows.next())
        list << ParkedQuestion{rows.value(0).toLongLong(), rows.value(1).toString(),  rows.value(2).toString(),
                               rows.value(3).toBool(),     storedTime(rows.value(4)), storedTime(rows.value(5))};
    return list;
}

qint64 FacilitationRecords::addQuestion(const QString &assessmentId, const QString &itemId, const QString &text)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    m_context.requireItem(assessmentId, itemId);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw IammError(QCoreApplication::translate("FacilitationRecords", "a parked question on item %1 needs a text")
                            .arg(itemId));
    InputLimits::checkLength(InputLimits::Text::ParkedQuestion, trimmed);
    InputLimits::checkCount(InputLimits::Count::ParkedQuestions,
                            m_context.rowCount(QStringLiteral("parked_questions"), assessmentId) + 1, assessmentId);
    const qint64 id = insertQuestion(assessmentId, ParkedQuestion{0, itemId, trimmed, false, QDateTime(), QDateTime()});
    m_context.audit(assessmentId, QStringLiteral("parked question"), QString::number(id), QStringLiteral("added"),
                    QString(), trimmed);
    m_context.touch(assessmentId);
    transaction.commit();
    return id;
}

void FacilitationRecords::setQuestionDone(const QString &assessmentId, qint64 questionId, bool done)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    const ParkedQuestion question = requireQuestion(assessmentId, questionId);
    if (question.done == done)
        return;
    m_context.connection.run(QStringLiteral("UPDATE parked_questions SET done = ?, done_at = ? WHERE id = ?"),
                             {done ? 1 : 0, nullable(done ? now() : QString()), questionId});
    m_context.audit(assessmentId, QStringLiteral("parked question"), QString::number(questionId),
                    QStringLiteral("done"), question.done ? QStringLiteral("yes") : QStringLiteral("no"),
                    done ? QStringLiteral("yes") : QStringLiteral("no"));
    m_context.touch(assessmentId);
    transaction.commit();
}

void FacilitationRecords::removeQuestion(const QString &assessmentId, qint64 questionId)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    const ParkedQuestion question = requireQuestion(assessmentId, questionId);
    m_context.connection.run(QStringLiteral("DELETE FROM parked_questions WHERE id = ?"), {questionId});
    m_context.audit(assessmentId, QStringLiteral("parked question"), QString::number(questionId),
                    QStringLiteral("removed"), question.text, QString());
    m_context.touch(assessmentId);
    transaction.commit();
}

qint64 FacilitationRecords::insertQuestion(const QString &assessmentId, const ParkedQuestion &question)
{
    return m_context.connection.insert(
        QStringLiteral("INSERT INTO parked_questions (assessment_id, item_id, text, done, created_at, done_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {assessmentId, question.itemId, notNull(question.text), question.done ? 1 : 0, timeText(question.created),
         nullable(question.done ? timeText(question.doneAt) : QString())});
}

ParkedQuestion FacilitationRecords::requireQuestion(const QString &assessmentId, qint64 questionId) const
{
    for (const ParkedQuestion &question : questions(assessmentId)) {
        if (question.id == questionId)
            return question;
    }
    throw IammError(QCoreApplication::translate("FacilitationRecords", "assessment %1 has no parked question %2")
                        .arg(assessmentId)
                        .arg(questionId));
}

QList<AgendaSession> FacilitationRecords::agenda(const QString &assessmentId) const
{
    m_context.statusOf(assessmentId);
    QList<AgendaSession> list;
    QSqlQuery rows = m_context.connection.run(
        QStringLiteral("SELECT title, first_item, last_item, minutes FROM agenda_sessions WHERE assessment_id = ? "
                       "ORDER BY position"),
        {assessmentId});
    while (rows.next())
        list << AgendaSession{rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                              rows.value(3).toInt()};
    return list;
}

void FacilitationRecords::setAgenda(const QString &assessmentId, const QList<AgendaSession> &sessions)
{
    Transaction transaction(m_context.connection);
    m_context.requireDraft(assessmentId);
    const Framework &framework = m_context.pinnedFramework(assessmentId);
    InputLimits::checkCount(InputLimits::Count::AgendaSessions, sessions.size(), assessmentId);
    QList<AgendaSession> trimmed;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        AgendaSession session = sessions.at(i);
        session.title = session.title.trimmed();
        const QString problem = AgendaPlan::problem(session, framework);
        if (!problem.isEmpty())
            throw IammError(
                QCoreApplication::translate("FacilitationRecords", "agenda session %1: %2").arg(i + 1).arg(problem));
        InputLimits::checkLength(InputLimits::Text::AgendaSessionTitle, session.title, QString::number(i + 1));
        trimmed << session;
    }
    const QList<AgendaSession> old = agenda(assessmentId);
    m_context.connection.run(QStringLiteral("DELETE FROM agenda_sessions WHERE assessment_id = ?"), {assessmentId});
    insertAgenda(assessmentId, trimmed);
    m_context.audit(assessmentId, QStringLiteral("agenda"), assessmentId, QStringLiteral("sessions"),
                    sessionCount(old.size()), sessionCount(trimmed.size()));
    m_context.touch(assessmentId);
    transaction.commit();
}

void FacilitationRecords::insertAgenda(const QString &assessmentId, const QList<AgendaSession> &sessions)
{
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const AgendaSession &s = sessions.at(i);
        m_context.connection.run(QStringLiteral("INSERT INTO agenda_sessions (assessment_id, position, title, "
                                                "first_item, last_item, minutes) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {assessmentId, qint64(i + 1), s.title, s.firstItem, s.lastItem, s.minutes});
    }
}

} // namespace iamm
