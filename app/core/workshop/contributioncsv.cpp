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

QString excerpt(const QString &text)
{
    return DisplayText::excerpt(text);
}

QString number(qint64 value)
{
    return InputLimits::number(value);
}

QString headerRow()
{
    return ContributionCsv::columns().join(QLatin1Char(','));
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
        throw IammError(tr("%1: the file is empty (expected the header row %2)").arg(fileName, headerRow()));
    reader.readHeader(records.constFirst());
    for (qsizetype i = 1; i < records.size(); ++i)
        reader.readRow(records[i]);
    return reader.m_contributions;
}

template<typename... Args> void ContributionCsv::fail(int line, const QString &sentence, const Args &...args) const
{
    throw IammError(sentence.arg(m_fileName, number(line), args...));
}

void ContributionCsv::readHeader(const CsvRecord &header) const
{
    QStringList found;
    for (const QString &field : header.fields)
        found << field.trimmed();
    for (const QString &column : columns()) {
        if (!found.contains(column))
            fail(header.line, tr("%1: line %2: the column \"%3\" is missing (expected the header row %4)"),
                 excerpt(column), headerRow());
    }
    for (const QString &column : found) {
        if (!columns().contains(column))
            fail(header.line, tr("%1: line %2: unexpected column \"%3\" (expected the header row %4)"), excerpt(column),
                 headerRow());
    }
    if (found != columns())
        fail(header.line,
             tr("%1: line %2: the columns are not in order or a column is repeated (expected the header row %3)"),
             headerRow());
}

void ContributionCsv::readRow(const CsvRecord &row)
{
    const int line = row.line;
    if (row.fields.size() != columns().size())
        fail(line, tr("%1: line %2: %Ln field(s) where the header has %3", nullptr, int(row.fields.size())),
             number(columns().size()));
    const auto field = [&](Column column) { return row.fields.at(int(column)).trimmed(); };
    const QString participant = field(Column::Participant);
    const QString agency = field(Column::Agency);
    if (participant.isEmpty() && agency.isEmpty())
        fail(line, tr("%1: line %2: the participant is empty (every row needs a participant name)"));
    if (participant.isEmpty())
        fail(line,
             tr("%1: line %2: the participant is empty but the agency is \"%3\" (every row needs a participant name)"),
             excerpt(agency));
    const QString itemId = field(Column::Item);
    if (!m_framework.item(itemId))
        fail(line, tr("%1: line %2: unknown item \"%3\" (not in framework %4)"), excerpt(itemId), m_framework.id);
    const QString key = participant + QLatin1Char('\x1f') + itemId;
    if (m_lineOfView.contains(key))
        fail(line, tr("%1: line %2: participant \"%3\" already has a row for item %4 on line %5"), excerpt(participant),
             itemId, number(m_lineOfView.value(key)));
    m_lineOfView.insert(key, line);
    const Rating rating = readScore(line, field(Column::Score));
    const QString comment = row.fields.at(int(Column::Comment)).trimmed();
    const int maxComment = InputLimits::maxLength(InputLimits::Text::Comment);
    if (comment.size() > maxComment)
        fail(line, tr("%1: line %2: the comment has %3 characters; at most %4 are allowed"), number(comment.size()),
             number(maxComment));
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
            fail(line, tr("%1: line %2: framework %3 does not allow \"not applicable\""), m_framework.id);
        return Rating::na();
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        fail(line, tr("%1: line %2: score \"%3\" is not a level %4–%5, NA or empty"), excerpt(text), number(scale.min),
             number(scale.max));
    const int level = text.toInt();
    if (!scale.contains(level))
        fail(line, tr("%1: line %2: score %3 is off the scale (expected a level %4–%5, NA or empty)"), text,
             number(scale.min), number(scale.max));
    return Rating::level(level);
}

Contribution &ContributionCsv::contributionOf(int line, const QString &participant, const QString &agency)
{
    const int maxName = InputLimits::maxLength(InputLimits::Text::ParticipantName);
    if (participant.size() > maxName)
        fail(line, tr("%1: line %2: the participant's name has %3 characters; at most %4 are allowed"),
             number(participant.size()), number(maxName));
    const int maxAgency = InputLimits::maxLength(InputLimits::Text::Agency);
    if (agency.size() > maxAgency)
        fail(line, tr("%1: line %2: the agency has %3 characters; at most %4 are allowed"), number(agency.size()),
             number(maxAgency));
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
        fail(line, tr("%1: line %2: participant \"%3\" has agency \"%4\" here but \"%5\" on line %6"),
             excerpt(participant), excerpt(agency), excerpt(contribution.agency),
             number(m_agencyLine.value(participant)));
    }
    return contribution;
}

} // namespace iamm
