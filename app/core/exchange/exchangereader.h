// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "common/jsonreader.h"

#include <QCoreApplication>
#include <QHash>

namespace iamm {

class Framework;
class FrameworkRegistry;
class StateCatalog;
struct FrameworkItem;

// Reads one assessment exchange file (db/schemas/assessment-exchange.schema.json) and checks
// every field against the schema, the registered framework and the state catalog.
// Throws IammError "FILE: $.json.path: what is wrong" on the first problem.
class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeReader)

public:
    ExchangeReader(const QString &fileName, const FrameworkRegistry &frameworks, const StateCatalog &states);

    AssessmentRecord read(const QByteArray &bytes);

private:
    using json = nlohmann::json;

    void readFormat(const json &root) const;
    const Framework &readFramework(const json &root) const;
    QString readState(const json &root) const;
    void readAssessment(const json &root, AssessmentInfo &info) const;
    TeamMember readTeamMember(const json &value, const QString &path) const;
    void readResponse(const json &value, const QString &path, AssessmentRecord &record);
    Rating readRating(const json &value, const QString &path) const;
    std::optional<int> readScaleValue(const json &parent, const QString &path, const char *key) const;
    std::optional<Confidence> readConfidence(const json &value, const QString &path) const;
    Evidence readEvidence(const json &value, const QString &path, const QString &itemId) const;
    void readEvidenceFile(const json &value, const QString &path, Evidence &evidence) const;
    QString readUrl(const json &value, const QString &path) const;
    void rejectMember(const json &value, const QString &path, const char *key, EvidenceKind kind) const;
    QDateTime readTimestamp(const json &value, const QString &path) const;
    QList<ChecklistStatus> readChecklist(const json &value, const QString &path, const FrameworkItem &item) const;
    Action readAction(const json &value, const QString &path) const;
    const FrameworkItem &readItem(const json &value, const QString &path) const;
    QDate readDate(const json &value, const QString &path, const char *key) const;
    template<typename Enum> Enum readChoice(const json &value, const QString &path, const char *key) const;
    // A non-empty string of at most maxLength characters.
    QString readText(const json &value, const QString &path, const char *key, int maxLength) const;
    QString readString(const json &value, const QString &path, const char *key, int maxLength) const;

    QString m_fileName;
    JsonReader m_json;
    const FrameworkRegistry &m_frameworks;
    const StateCatalog &m_states;
    const Framework *m_framework = nullptr;
    QHash<QString, QString> m_responsePathOfItem;
};

} // namespace iamm
