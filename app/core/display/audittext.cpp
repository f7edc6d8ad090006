// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/audittext.h"

#include <QHash>

namespace iamm {

namespace {

QString wordFor(const QHash<QString, const char *> &words, const QString &code)
{
    const auto found = words.constFind(code);
    return found == words.cend() ? code : AuditText::tr(found.value());
}

} // namespace

QString AuditText::entity(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("assessment"), QT_TR_NOOP("assessment")},
        {QStringLiteral("response"), QT_TR_NOOP("response")},
        {QStringLiteral("checklist"), QT_TR_NOOP("checklist")},
        {QStringLiteral("evidence"), QT_TR_NOOP("evidence")},
        {QStringLiteral("action"), QT_TR_NOOP("action")},
        {QStringLiteral("contribution"), QT_TR_NOOP("contribution")},
        {QStringLiteral("facilitator note"), QT_TR_NOOP("facilitator note")},
        {QStringLiteral("parked question"), QT_TR_NOOP("parked question")},
        {QStringLiteral("agenda"), QT_TR_NOOP("agenda")}};
    return wordFor(words, code);
}

QString AuditText::field(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("deleted"), QT_TR_NOOP("deleted")},
        {QStringLiteral("imported"), QT_TR_NOOP("imported")},
        {QStringLiteral("replaced by import"), QT_TR_NOOP("replaced by import")},
        {QStringLiteral("added"), QT_TR_NOOP("added")},
        {QStringLiteral("removed"), QT_TR_NOOP("removed")},
        {QStringLiteral("replaced"), QT_TR_NOOP("replaced")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("team"), QT_TR_NOOP("team")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("previous round"), QT_TR_NOOP("previous round")},
        {QStringLiteral("rating"), QT_TR_NOOP("rating")},
        {QStringLiteral("target"), QT_TR_NOOP("target")},
        {QStringLiteral("confidence"), QT_TR_NOOP("confidence")},
        {QStringLiteral("rationale"), QT_TR_NOOP("rationale")},
        {QStringLiteral("dissent"), QT_TR_NOOP("dissent")},
        {QStringLiteral("change reason"), QT_TR_NOOP("change reason")},
        {QStringLiteral("change note"), QT_TR_NOOP("change note")},
        {QStringLiteral("item"), QT_TR_NOOP("item")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("owner"), QT_TR_NOOP("owner")},
        {QStringLiteral("due"), QT_TR_NOOP("due")},
        {QStringLiteral("review"), QT_TR_NOOP("review")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},
        {QStringLiteral("sessions"), QT_TR_NOOP("sessions")}};
    return wordFor(words, code);
}

} // namespace iamm
