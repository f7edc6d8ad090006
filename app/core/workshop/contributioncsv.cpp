// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/contributioncsv.h"

#include "common/csvreader.h"
#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "display/displaytext.h"
#include "framework/framework.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace iamm {

namespace {

enum class Column { Participant, Agency, Item, Score, Comment };

QString quoted(const QString &text)
{
    return DisplayText::quoted(text);
}

} // namespace

const QStringList &ContributionCsv::columns()
{
    static const QStringList names{QStringLiteral("participant"), QStringLiteral("agency"), QStringLiteral("item"),
                                   QStringLiteral("score"), QStringLiteral("comment")};
    return names;
}

ContributionCsv::ContributionCsv(const QString &fileName, const Framework &framework)
    : m_fileName(fileName)
    , m_framework(framework)
{}

QList<Contribution> ContributionCsv::parse(const QByteArray &bytes, const QString &fileName, const Framework &framework)
{
    const QList<CsvRecord> records = CsvReader::parse(bytes, fileName);
    ContributionCsv reader(fileName, framework);
    if (records.isEmpty())
        throw IammError(QStringLiteral("%1: the file is empty (expected the header row %2)")
                            .arg(fileName, columns().join(QLatin1Char(','))));
    reader.readHeader(records.constFirst());
    for (qsizetype i = 1; i < records.size(); ++i)
        reader.readRow(records[i]);
    return reader.m_contributions;
}

void ContributionCsv::fail(int line, const QString &what) const
{
    throw IammError(QStringLiteral("%1: line %2: %3").arg(m_fileName).arg(line).arg(what));
}

void ContributionCsv::readHeader(const CsvRecord &header) const
{
    QStringList found;
    for (const QString &field : header.fields)
        found << field.trimmed();
    const QString expected = QStringLiteral("(expected the header row %1)").arg(columns().join(QLatin1Char(',')));
    for (const QString &column : columns()) {
        if (!found.contains(column))
            fail(header.line, QStringLiteral("the column %1 is missing %2").arg(quoted(column), expected));
    }
    for (const QString &column : found) {
        if (!columns().contains(column))
            fail(header.line, QStringLiteral("unexpected column %1 %2").arg(quoted(column), expected));
    }
    if (found != columns())
        fail(header.line, QStringLiteral("the columns are not in order or a column is repeated %1").arg(expected));
}

void ContributionCsv::readRow(const CsvRecord &row)
{
    const int line = row.line;
    if (row.fields.size() != columns().size())
        fail(line, QStringLiteral("%1 fields where the header has %2").arg(row.fields.size()).arg(columns().size()));
    const auto field = [&](Column column) { return row.fields.at(int(column)).trimmed(); };
    const QString participant = field(Column::Participant);
    const QString agency = field(Column::Agency);
    if (participant.isEmpty())
        fail(line, agency.isEmpty() ? QStringLiteral("the participant is empty (every row needs a participant name)")
                                    : QStringLiteral("the participant is empty but the agency is %1 (every row needs "
                                                     "a participant name)")
                                          .arg(quoted(agency)));
    const QString itemId = field(Column::Item);
    if (!m_framework.item(itemId))
        fail(line, QStringLiteral("unknown item %1 (not in framework %2)").arg(quoted(itemId), m_framework.id));
    const QString key = participant + QLatin1Char('\x1f') + itemId;
    if (m_lineOfView.contains(key))
        fail(line, QStringLiteral("participant %1 already has a row for item %2 on line %3")
                       .arg(quoted(participant), itemId)
                       .arg(m_lineOfView.value(key)));
    m_lineOfView.insert(key, line);
    const Rating rating = readScore(line, field(Column::Score));
    const QString comment = row.fields.at(int(Column::Comment)).trimmed();
    if (comment.size() > InputLimits::maxLength(InputLimits::Text::Comment))
        fail(line, InputLimits::tooLong(InputLimits::Text::Comment, comment.size()));
    Contribution &contribution = contributionOf(line, participant, agency);
    if (rating != Rating::notAssessed() || !comment.isEmpty())
        contribution.views << ContributionView{itemId, rating, comment};
}

Rating ContributionCsv::readScore(int line, const QString &text) const
{
    if (text.isEmpty())
        return Rating::notAssessed();
    const Scale &scale = m_framework.scale;
    if (text == QLatin1String("NA")) {
        if (!scale.allowNotApplicable)
            fail(line, QStringLiteral("framework %1 does not allow \"not applicable\"").arg(m_framework.id));
        return Rating::na();
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const QString expected = QStringLiteral("a level %1–%2, NA or empty").arg(scale.min).arg(scale.max);
    if (!digits.match(text).hasMatch())
        fail(line, QStringLiteral("score %1 is not %2").arg(quoted(text), expected));
    const int level = text.toInt();
    if (!scale.contains(level))
        fail(line, QStringLiteral("score %1 is off the scale (expected %2)").arg(text, expected));
    return Rating::level(level);
}

Contribution &ContributionCsv::contributionOf(int line, const QString &participant, const QString &agency)
{
    if (participant.size() > InputLimits::maxLength(InputLimits::Text::ParticipantName))
        fail(line, InputLimits::tooLong(InputLimits::Text::ParticipantName, participant.size()));
    if (agency.size() > InputLimits::maxLength(InputLimits::Text::Agency))
        fail(line, InputLimits::tooLong(InputLimits::Text::Agency, agency.size()));
    if (!m_indexOfParticipant.contains(participant)) {
        Contribution contribution;
        contribution.participant = participant;
        contribution.agency = agency;
        contribution.source = QFileInfo(m_fileName).fileName();
        m_indexOfParticipant.insert(participant, m_contributions.size());
        m_agencyLine.insert(participant, line);
        m_contributions << contribution;
    }
    Contribution &contribution = m_contributions[m_indexOfParticipant.value(participant)];
    if (contribution.agency.isEmpty() && !agency.isEmpty()) {
        contribution.agency = agency;
        m_agencyLine.insert(participant, line);
    } else if (!agency.isEmpty() && agency != contribution.agency) {
        fail(line, QStringLiteral("participant %1 has agency %2 here but %3 on line %4")
                       .arg(quoted(participant), quoted(agency), quoted(contribution.agency))
                       .arg(m_agencyLine.value(participant)));
    }
    return contribution;
}

} // namespace iamm
