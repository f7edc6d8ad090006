// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/evidencerecords.h"

#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "display/displaytext.h"
#include "store/changefeed.h"
#include "store/evidencefilename.h"
#include "store/storecontext.h"
#include "store/storevalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace iamm {

using namespace storevalues;

namespace {

const QString evidenceColumns = QStringLiteral(
    "id, item_id, kind, title, body, confidential, file_name, mime_type, size, sha256, created_at");

Evidence readEvidence(const QSqlQuery &query)
{
    Evidence e;
    e.id = query.value(0).toLongLong();
    e.itemId = query.value(1).toString();
    e.kind = storedValue<EvidenceKind>(query.value(2));
    e.title = query.value(3).toString();
    e.text = query.value(4).toString();
    e.confidential = query.value(5).toBool();
    e.fileName = query.value(6).toString();
    e.mimeType = query.value(7).toString();
    e.size = query.value(8).toLongLong();
    e.sha256 = query.value(9).toString();
    e.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return e;
}

// What the audit log names a piece of evidence by.
QString label(const Evidence &e)
{
    return e.kind == EvidenceKind::File ? e.fileName : e.title.isEmpty() ? e.text.left(80) : e.title;
}

} // namespace

EvidenceRecords::EvidenceRecords(StoreContext &context)
    : m_context(context)
{}

qint64 EvidenceRecords::addNote(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &text, bool confidential)
{
    if (text.trimmed().isEmpty())
        throw IammError(QCoreApplication::translate("EvidenceRecords", "an evidence note needs a text"));
    InputLimits::checkLength(InputLimits::Text::EvidenceNote, text);
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::Note;
    e.title = title.trimmed();
    e.text = text;
    e.confidential = confidential;
    return add(assessmentId, e);
}

qint64 EvidenceRecords::addLink(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &url, bool confidential)
{
    InputLimits::checkLength(InputLimits::Text::Link, url.trimmed());
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || (parsed.host().isEmpty() && !parsed.isLocalFile()))
        throw IammError(QCoreApplication::translate(
                            "EvidenceRecords", "%1 is not a complete link (expected e.g. https://example.org/page)")
                            .arg(DisplayText::quoted(url)));
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::Link;
    e.title = title.trimmed();
    e.text = parsed.toString();
    e.confidential = confidential;
    return add(assessmentId, e);
}

qint64 EvidenceRecords::addFile(const QString &assessmentId, const QString &itemId, const QString &title,
                                const QString &filePath, bool confidential)
{
    const QFileInfo info(filePath);
    if (!info.isFile())
        throw IammError(QCoreApplication::translate("EvidenceRecords", "%1: no such file").arg(filePath));
    if (info.size() > vocabulary::maxEvidenceFileBytes)
        throw IammError(QCoreApplication::translate("EvidenceRecords",
                                                    "%1: the file is %2 MiB; evidence files are limited to %3 MiB")
                            .arg(filePath)
                            .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                            .arg(vocabulary::maxEvidenceFileBytes / (1024 * 1024)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(
            QCoreApplication::translate("EvidenceRecords", "%1: cannot read: %2").arg(filePath, file.errorString()));
    Evidence e;
    e.itemId = itemId;
    e.kind = EvidenceKind::File;
    e.fileName = EvidenceFileName::sanitized(info.fileName());
    e.title = title.trimmed().isEmpty() ? e.fileName : title.trimmed();
    e.confidential = confidential;
    e.content = file.readAll();
    e.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(filePath, e.content).name();
    e.size = e.content.size();
    e.sha256 = sha256Hex(e.content);
    return add(assessmentId, e);
}

QList<Evidence> EvidenceRecords::list(const QString &assessmentId, const QString &itemId) const
{
    QSqlQuery query = m_context.rowsOf(evidenceColumns, QStringLiteral("evidence"), assessmentId, itemId);
    QList<Evidence> list;
    while (query.next())
        list << readEvidence(query);
    return list;
}

Evidence EvidenceRecords::get(qint64 evidenceId, bool withContent) const
{
    QSqlQuery query = m_context.connection.run(
        QStringLiteral("SELECT ") + evidenceColumns + QStringLiteral(" FROM evidence WHERE id = ?"), {evidenceId});
    if (!query.next())
        throw IammError(QCoreApplication::translate("EvidenceRecords", "%1: no evidence with id %2")
                            .arg(m_context.connection.path())
                            .arg(evidenceId));
    Evidence e = readEvidence(query);
    if (withContent && e.kind == EvidenceKind::File)
        e.content = m_context.connection
                        .scalar(QStringLiteral("SELECT content FROM evidence_files WHERE evidence_id = ?"),
                                {evidenceId})
                        .toByteArray();
    return e;
}

void EvidenceRecords::remove(qint64 evidenceId)
{
    const QString assessmentId = m_context.connection
                                     .scalar(QStringLiteral("SELECT assessment_id FROM evidence WHERE id = ?"),
                                             {evidenceId})
                                     .toString();
    const Evidence e = get(evidenceId, false);
    m_context.requireDraft(assessmentId);
    Transaction transaction(m_context.connection);
    m_context.connection.run(QStringLiteral("DELETE FROM evidence WHERE id = ?"), {evidenceId});
    m_context.audit(assessmentId, QStringLiteral("evidence"), QString::number(evidenceId), QStringLiteral("removed"),
                    label(e), QString());
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, e.itemId, ChangeFeed::Part::Evidence);
    transaction.commit();
}

qint64 EvidenceRecords::insert(const QString &assessmentId, const Evidence &e, bool audited)
{
    const bool isFile = e.kind == EvidenceKind::File;
    const qint64 id = m_context.connection.insert(
        QStringLiteral("INSERT INTO evidence (assessment_id, item_id, kind, title, body, confidential, file_name, "
                       "mime_type, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {assessmentId, e.itemId, vocabulary::toText(e.kind), notNull(e.title), notNull(e.text), e.confidential ? 1 : 0,
         isFile ? QVariant(e.fileName) : QVariant(QMetaType::fromType<QString>()),
         isFile ? QVariant(e.mimeType) : QVariant(QMetaType::fromType<QString>()),
         isFile ? QVariant(e.size) : QVariant(QMetaType::fromType<qint64>()),
         isFile ? QVariant(e.sha256) : QVariant(QMetaType::fromType<QString>()),
         (e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs)});
    if (isFile)
        m_context.connection.run(QStringLiteral("INSERT INTO evidence_files (evidence_id, content) VALUES (?, ?)"),
                                 {id, e.content});
    if (audited)
        m_context.audit(assessmentId, QStringLiteral("evidence"), QString::number(id), QStringLiteral("added"),
                        QString(), vocabulary::toText(e.kind) + QStringLiteral(": ") + label(e));
    return id;
}

qint64 EvidenceRecords::add(const QString &assessmentId, const Evidence &e)
{
    m_context.requireDraft(assessmentId);
    m_context.requireItem(assessmentId, e.itemId);
    InputLimits::checkLength(InputLimits::Text::EvidenceTitle, e.title);
    InputLimits::checkCount(InputLimits::Count::Evidence,
                            m_context.rowCount(QStringLiteral("evidence"), assessmentId) + 1, assessmentId);
    Transaction transaction(m_context.connection);
    const qint64 id = insert(assessmentId, e, true);
    m_context.touch(assessmentId);
    ChangeFeed::publish(m_context.connection, assessmentId, e.itemId, ChangeFeed::Part::Evidence);
    transaction.commit();
    return id;
}

} // namespace iamm
