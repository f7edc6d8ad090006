// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/contribution.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace iamm {

class Framework;
struct CsvRecord;

// A spreadsheet of votes: UTF-8 CSV with the header row participant,agency,item,score,comment and
// one row per participant and item; score is a level, NA, or empty for no view.
class ContributionCsv
{
    Q_DECLARE_TR_FUNCTIONS(ContributionCsv)

public:
    static const QStringList &columns();

    // One contribution per participant, in order of first appearance, each with the file name as
    // source. Throws IammError with one whole sentence naming the file and line of the first problem.
    static QList<Contribution> parse(const QByteArray &bytes, const QString &fileName, const Framework &framework);

private:
    ContributionCsv(const QString &fileName, const Framework &framework);

    // Throws the translated sentence with %1 the file, %2 the line and the arguments from %3.
    template<typename... Args> [[noreturn]] void fail(int line, const QString &sentence, const Args &...args) const;
    void readHeader(const CsvRecord &header) const;
    void readRow(const CsvRecord &row);
    Rating readScore(int line, const QString &text) const;
    Contribution &contributionOf(int line, const QString &participant, const QString &agency);

    QString m_fileName;
    const Framework &m_framework;
    QList<Contribution> m_contributions;
    QHash<QString, qsizetype> m_indexOfParticipant;
    QHash<QString, int> m_agencyLine;
    QHash<QString, int> m_lineOfView;
};

} // namespace iamm
