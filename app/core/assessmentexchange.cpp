#include "assessmentexchange.h"

#include "assessmentstore.h"
#include "exchangereader.h"
#include "exchangewriter.h"
#include "frameworkregistry.h"
#include "iammerror.h"

#include <QFile>
#include <algorithm>
#include <QHash>

namespace iamm {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
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

AssessmentRecord AssessmentExchange::parse(const QByteArray &bytes, const QString &fileName,
                                           const FrameworkRegistry &frameworks, const StateCatalog &states)
{
    return ExchangeReader(fileName, frameworks, states).read(bytes);
}

QStringList AssessmentExchange::importFiles(AssessmentStore &store, const QStringList &paths,
                                            const FrameworkRegistry &frameworks, const StateCatalog &states)
{
    QList<AssessmentRecord> records;
    QList<Framework> pinned;
    QHash<QString, QString> fileOfId;
    QStringList ids;
    for (const QString &path : paths) {
        AssessmentRecord record = parse(readFile(path), path, frameworks, states);
        const QString &id = record.info.id;
        if (fileOfId.contains(id))
            throw IammError(QStringLiteral("%1: $.assessment.id: assessment %2 is also in %3")
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

} // namespace iamm
