// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

namespace iamm {

class StoreContext;

// Notes, links and files attached to the items of an assessment.
class EvidenceRecords
{
public:
    explicit EvidenceRecords(StoreContext &context);

    qint64 addNote(const QString &assessmentId, const QString &itemId, const QString &title, const QString &text,
                   bool confidential);
    qint64 addLink(const QString &assessmentId, const QString &itemId, const QString &title, const QString &url,
                   bool confidential);
    qint64 addFile(const QString &assessmentId, const QString &itemId, const QString &title, const QString &filePath,
                   bool confidential);
    QList<Evidence> list(const QString &assessmentId, const QString &itemId) const;
    Evidence get(qint64 evidenceId, bool withContent) const;
    void remove(qint64 evidenceId);

    // Writes the row and any file content, with an audit entry when audited.
    qint64 insert(const QString &assessmentId, const Evidence &evidence, bool audited);

private:
    qint64 add(const QString &assessmentId, const Evidence &evidence);

    StoreContext &m_context;
};

} // namespace iamm
