// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "common/iammerror.h"
#include "framework/framework.h"
#include "store/sqlconnection.h"

#include <QHash>

namespace iamm {

// What every record class of one store shares: the connection, the frameworks pinned by
// assessments, the audit writer and the checks that name a missing or final assessment.
class StoreContext
{
public:
    StoreContext(const QString &path, SqlConnection::Access access);

    SqlConnection connection;

    qint64 rowCount(const QString &table, const QString &assessmentId) const;
    // Runs "SELECT columns FROM table" over an assessment's rows, or one item's when itemId is set,
    // ordered by item and id.
    QSqlQuery rowsOf(const QString &columns, const QString &table, const QString &assessmentId,
                     const QString &itemId) const;
    // The framework pinned under hash, loaded once per store.
    const Framework &snapshot(const QString &hash) const;
    void pinFramework(const Framework &framework);
    void audit(const QString &assessmentId, const QString &entity, const QString &key, const QString &field,
               const QString &oldValue, const QString &newValue);
    // Marks the assessment changed now.
    void touch(const QString &assessmentId);

    AssessmentStatus statusOf(const QString &assessmentId) const;
    void requireDraft(const QString &assessmentId) const;
    const Framework &pinnedFramework(const QString &assessmentId) const;
    const FrameworkItem &requireItem(const QString &assessmentId, const QString &itemId) const;
    static const FrameworkItem &requireItem(const Framework &framework, const QString &itemId);

    // "PATH: no assessment with id "ID"".
    IammError noAssessment(const QString &assessmentId) const;
    // "assessment ID is final; reopen it before changing it".
    static IammError isFinal(const QString &assessmentId);

private:
    mutable QHash<QString, Framework> m_frameworksByHash;
};

} // namespace iamm
