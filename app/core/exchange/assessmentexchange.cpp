// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/assessmentexchange.h"

#include "store/assessmentstore.h"
#include "common/boundedfile.h"
#include "display/displaytext.h"
#include "exchange/exchangereader.h"
#include "exchange/exchangewriter.h"
#include "framework/frameworkregistry.h"
#include "common/iammerror.h"
#include "common/inputlimits.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace iamm {

namespace {

AssessmentRecord parseFile(const QString &path, const FrameworkRegistry &frameworks, const StateCatalog &states)
{
    return AssessmentExchange::parse(BoundedFile::read(path, InputLimits::maxImportFileBytes), path, frameworks,
                                     states);
}

QString describe(const AssessmentInfo &info)
{
    return QStringLiteral("%1 (%2, %3, %4)")
        .arg(info.id, DisplayText::quoted(info.title), info.stateCode, vocabulary::toText(info.status));
}

// Throws unless the file's assessment may take the place of the one in the store.
void checkReplacement(const QString &path, const AssessmentInfo &incoming, const AssessmentInfo &existing,
                      const AssessmentStore &store, bool replace)
{
    if (!replace)
        throw IammError(QCoreApplication::translate("AssessmentExchange",
                                                    "%1: $.assessment.id: assessment %2 is already in %3; nothing was "
                                                    "imported (confirm replacing it, e.g. iamm import --replace)")
                            .arg(path, describe(existing), store.path()));
    if (incoming.stateCode != existing.stateCode)
        throw IammError(QCoreApplication::translate("AssessmentExchange",
                                                    "%1: $.assessment.id: assessment %2 would change its state to %3; "
                                                    "an assessment never changes state, so nothing was imported")
                            .arg(path, describe(existing), incoming.stateCode));
    if (existing.isFinal() && !incoming.isFinal())
        throw IammError(QCoreApplication::translate(
                            "AssessmentExchange", "%1: $.assessment.id: the final assessment %2 would be replaced by "
                                                  "a draft; reopen it first if that is meant, so nothing was imported")
                            .arg(path, describe(existing)));
}

} // namespace

QString AssessmentExchange::sharedCopyId(const QString &assessmentId)
{
    return ExchangeWriter::sharedCopyId(assessmentId);
}

QByteArray AssessmentExchange::exportAssessment(const AssessmentStore &store, const QString &assessmentId,
                                                const ExportOptions &options)
{
    const AssessmentRecord record = store.record(assessmentId, !options.share);
    return ExchangeWriter(record, store.frameworkOf(assessmentId), options.share).write();
}

void AssessmentExchange::exportToFile(const AssessmentStore &store, const QString &assessmentId, const QString &path,
                                      const ExportOptions &options)
{
    const QByteArray bytes = exportAssessment(store, assessmentId, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw IammError(
            QCoreApplication::translate("AssessmentExchange", "%1: cannot write: %2").arg(path, file.errorString()));
}

AssessmentRecord AssessmentExchange::parse(const QByteArray &bytes, const QString &fileName,
                                           const FrameworkRegistry &frameworks, const StateCatalog &states)
{
    return ExchangeReader(fileName, frameworks, states).read(bytes);
}

QList<AssessmentInfo> AssessmentExchange::assessmentsReplacedBy(const AssessmentStore &store, const QStringList &paths,
                                                                const FrameworkRegistry &frameworks,
                                                                const StateCatalog &states)
{
    QList<AssessmentInfo> replaced;
    for (const QString &path : paths) {
        const AssessmentRecord record = parseFile(path, frameworks, states);
        if (store.hasAssessment(record.info.id))
            replaced << store.assessment(record.info.id);
    }
    return replaced;
}

QStringList AssessmentExchange::importFiles(AssessmentStore &store, const QStringList &paths,
                                            const FrameworkRegistry &frameworks, const StateCatalog &states)
{
    return importFiles(store, paths, frameworks, states, ImportOptions());
}

QStringList AssessmentExchange::importFiles(AssessmentStore &store, const QStringList &paths,
                                            const FrameworkRegistry &frameworks, const StateCatalog &states,
                                            const ImportOptions &options)
{
    QList<AssessmentRecord> records;
    QList<Framework> pinned;
    QHash<QString, QString> fileOfId;
    QStringList ids;
    for (const QString &path : paths) {
        AssessmentRecord record = parseFile(path, frameworks, states);
        const QString &id = record.info.id;
        if (store.hasAssessment(id))
            checkReplacement(path, record.info, store.assessment(id), store, options.replace);
        if (fileOfId.contains(id))
            throw IammError(
                QCoreApplication::translate("AssessmentExchange", "%1: $.assessment.id: assessment %2 is also in %3")
                    .arg(path, id, fileOfId.value(id)));
        fileOfId.insert(id, path);
        ids << id;
        const Framework &framework = frameworks.require(record.info.frameworkId);
        const bool known = std::any_of(pinned.cbegin(), pinned.cend(),
                                       [&](const Framework &f) { return f.hash == framework.hash; });
        if (!known)
            pinned << framework;
        records << std::move(record);
    }
    if (!records.isEmpty())
        store.replaceRecords(records, pinned);
    return ids;
}

QString AssessmentExchange::suggestedFileName(const AssessmentInfo &info, bool share)
{
    return QStringLiteral("%1-%2-%3.json")
        .arg(info.stateCode, info.date.toString(Qt::ISODate),
             share ? QStringLiteral("shared") : QStringLiteral("assessment"));
}

} // namespace iamm
