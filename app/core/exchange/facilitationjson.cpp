// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/facilitationjson.h"

#include "common/inputlimits.h"
#include "common/jsonreader.h"
#include "display/displaytext.h"
#include "framework/framework.h"
#include "workshop/agendaplan.h"

#include <QCoreApplication>
#include <QSet>

namespace iamm {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

ordered_json timeJson(const QDateTime &time)
{
    return time.isValid() ? ordered_json(utf8(time.toUTC().toString(Qt::ISODateWithMs))) : ordered_json();
}

const nlohmann::json emptyList = nlohmann::json::array();

} // namespace

void FacilitationJson::write(const AssessmentRecord &record, nlohmann::ordered_json &root)
{
    if (!record.facilitatorNotes.isEmpty()) {
        ordered_json &notes = root["facilitatorNotes"] = ordered_json::array();
        for (const FacilitatorNote &note : record.facilitatorNotes)
            notes.push_back(
                {{"item", utf8(note.itemId)}, {"text", utf8(note.text)}, {"updated", timeJson(note.updated)}});
    }
    if (!record.parkingLot.isEmpty()) {
        ordered_json &questions = root["parkingLot"] = ordered_json::array();
        for (const ParkedQuestion &q : record.parkingLot)
            questions.push_back({{"item", utf8(q.itemId)},
                                 {"text", utf8(q.text)},
                                 {"done", q.done},
                                 {"created", timeJson(q.created)},
                                 {"doneAt", q.done ? timeJson(q.doneAt) : ordered_json()}});
    }
    if (!record.agenda.isEmpty()) {
        ordered_json &sessions = root["agenda"] = ordered_json::array();
        for (const AgendaSession &s : record.agenda)
            sessions.push_back({{"title", utf8(s.title)},
                                {"firstItem", utf8(s.firstItem)},
                                {"lastItem", utf8(s.lastItem)},
                                {"minutes", s.minutes}});
    }
}

void FacilitationJson::read(const JsonReader &reader, const nlohmann::json &root, const Framework &framework,
                            AssessmentRecord &record)
{
    record.facilitatorNotes = readNotes(reader, root, framework);
    record.parkingLot = readParkingLot(reader, root, framework);
    record.agenda = readAgenda(reader, root, framework);
}

QList<FacilitatorNote> FacilitationJson::readNotes(const JsonReader &reader, const nlohmann::json &root,
                                                   const Framework &framework)
{
    const nlohmann::json &list = readList(reader, root, "facilitatorNotes", int(framework.itemIds().size()));
    QList<FacilitatorNote> notes;
    QSet<QString> items;
    for (size_t i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("$.facilitatorNotes"), i);
        reader.requireObject(list[i], path);
        reader.allowOnly(list[i], path, {"item", "text", "updated"});
        FacilitatorNote note;
        note.itemId = readItem(reader, list[i], path, framework);
        if (items.contains(note.itemId))
            reader.fail(JsonReader::member(path, "item"),
                        QCoreApplication::translate("FacilitationJson", "item %1 already has a facilitator note")
                            .arg(note.itemId));
        items.insert(note.itemId);
        note.text = readText(reader, list[i], path, "text", InputLimits::maxLongTextLength);
        note.updated = readTime(reader, list[i], path, "updated");
        notes << note;
    }
    return notes;
}

QList<ParkedQuestion> FacilitationJson::readParkingLot(const JsonReader &reader, const nlohmann::json &root,
                                                       const Framework &framework)
{
    const nlohmann::json &list = readList(reader, root, "parkingLot", InputLimits::maxParkedQuestionsPerAssessment);
    QList<ParkedQuestion> questions;
    for (size_t i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("$.parkingLot"), i);
        reader.requireObject(list[i], path);
        reader.allowOnly(list[i], path, {"item", "text", "done", "created", "doneAt"});
        ParkedQuestion question;
        question.itemId = readItem(reader, list[i], path, framework);
        question.text = readText(reader, list[i], path, "text", InputLimits::maxActionTextLength);
        if (list[i].contains("done"))
            question.done = reader.boolean(list[i], path, "done");
        question.created = readTime(reader, list[i], path, "created");
        question.doneAt = readTime(reader, list[i], path, "doneAt");
        if (!question.done && question.doneAt.isValid())
            reader.fail(JsonReader::member(path, "doneAt"),
                        QCoreApplication::translate("FacilitationJson",
                                                    "a question that is not done has no time when it was done"));
        questions << question;
    }
    return questions;
}

QList<AgendaSession> FacilitationJson::readAgenda(const JsonReader &reader, const nlohmann::json &root,
                                                  const Framework &framework)
{
    const nlohmann::json &list = readList(reader, root, "agenda", InputLimits::maxAgendaSessions);
    QList<AgendaSession> sessions;
    for (size_t i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("$.agenda"), i);
        reader.requireObject(list[i], path);
        reader.allowOnly(list[i], path, {"title", "firstItem", "lastItem", "minutes"});
        AgendaSession session;
        session.title = readText(reader, list[i], path, "title", InputLimits::maxNameLength);
        session.firstItem = reader.string(list[i], path, "firstItem");
        session.lastItem = reader.string(list[i], path, "lastItem");
        session.minutes = reader.integer(list[i], path, "minutes");
        const QString problem = AgendaPlan::problem(session, framework);
        if (!problem.isEmpty())
            reader.fail(path, problem);
        sessions << session;
    }
    return sessions;
}

QString FacilitationJson::readItem(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                   const Framework &framework)
{
    const QString itemId = reader.string(value, path, "item");
    if (!framework.item(itemId))
        reader.fail(JsonReader::member(path, "item"),
                    QCoreApplication::translate("FacilitationJson", "unknown item %1 (not in framework %2)")
                        .arg(DisplayText::quoted(itemId), framework.id));
    return itemId;
}

QString FacilitationJson::readText(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                   const char *key, int maxLength)
{
    const QString text = reader.string(value, path, key).trimmed();
    if (text.isEmpty())
        reader.fail(JsonReader::member(path, key),
                    QCoreApplication::translate("FacilitationJson", "the text is empty"));
    if (text.size() > maxLength)
        reader.fail(JsonReader::member(path, key), InputLimits::tooLongValue(text.size(), maxLength));
    return text;
}

QDateTime FacilitationJson::readTime(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                     const char *key)
{
    const auto text = reader.optionalString(value, path, key);
    if (!text)
        return {};
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid())
        reader.fail(
            JsonReader::member(path, key),
            QCoreApplication::translate("FacilitationJson", "%1 is not a date and time like 2024-05-01T09:30:00Z")
                .arg(DisplayText::quoted(*text)));
    return time;
}

const nlohmann::json &FacilitationJson::readList(const JsonReader &reader, const nlohmann::json &root, const char *key,
                                                 int maxCount)
{
    if (!root.contains(key))
        return emptyList;
    const nlohmann::json &list = reader.array(root, QStringLiteral("$"), key);
    if (list.size() > size_t(maxCount))
        reader.fail(JsonReader::member(QStringLiteral("$"), key),
                    QCoreApplication::translate("FacilitationJson", "%1 entries; at most %2 are allowed")
                        .arg(InputLimits::number(qint64(list.size())), InputLimits::number(maxCount)));
    return list;
}

} // namespace iamm
