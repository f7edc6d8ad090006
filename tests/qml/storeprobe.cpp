#include "storeprobe.h"

#include "assessmentstore.h"
#include "qmlwarningrecorder.h"

#include <QFile>

StoreProbe::StoreProbe(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

QVariantMap StoreProbe::response(const QString &assessmentId, const QString &itemId) const
{
    const iamm::Response r = iamm::AssessmentStore(m_databasePath).response(assessmentId, itemId);
    return {{QStringLiteral("score"), r.rating.score.value_or(-1)},
            {QStringLiteral("notApplicable"), r.rating.notApplicable},
            {QStringLiteral("target"), r.target.value_or(-1)},
            {QStringLiteral("confidence"), r.confidence},
            {QStringLiteral("rationale"), r.rationale}};
}

QString StoreProbe::checklistStatus(const QString &assessmentId, const QString &entryId) const
{
    for (const iamm::ChecklistStatus &status : iamm::AssessmentStore(m_databasePath).checklist(assessmentId)) {
        if (status.entryId == entryId)
            return status.status;
    }
    return {};
}

QVariantList StoreProbe::evidence(const QString &assessmentId, const QString &itemId) const
{
    QVariantList list;
    for (const iamm::Evidence &e : iamm::AssessmentStore(m_databasePath).evidence(assessmentId, itemId)) {
        list.append(QVariantMap{{QStringLiteral("kind"), e.kind},
                                {QStringLiteral("title"), e.title},
                                {QStringLiteral("text"), e.text}});
    }
    return list;
}

QVariantList StoreProbe::actions(const QString &assessmentId, const QString &itemId) const
{
    QVariantList list;
    for (const iamm::Action &a : iamm::AssessmentStore(m_databasePath).actions(assessmentId, itemId)) {
        list.append(QVariantMap{{QStringLiteral("text"), a.text},
                                {QStringLiteral("owner"), a.owner},
                                {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
                                {QStringLiteral("status"), a.status}});
    }
    return list;
}

int StoreProbe::assessmentCount() const
{
    return int(iamm::AssessmentStore(m_databasePath).assessments().size());
}

bool StoreProbe::hasAssessment(const QString &assessmentId) const
{
    return iamm::AssessmentStore(m_databasePath).hasAssessment(assessmentId);
}

QString StoreProbe::status(const QString &assessmentId) const
{
    return iamm::AssessmentStore(m_databasePath).assessment(assessmentId).status;
}

void StoreProbe::setStatus(const QString &assessmentId, const QString &status) const
{
    iamm::AssessmentStore(m_databasePath).setStatus(assessmentId, status);
}

QUrl StoreProbe::writeTempFile(const QString &name, const QString &content)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
        return {};
    return QUrl::fromLocalFile(file.fileName());
}

QStringList StoreProbe::takeQmlWarnings() const
{
    return QmlWarningRecorder::takeWarnings();
}
