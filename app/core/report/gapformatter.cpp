// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gapformatter.h"

#include "common/csvfield.h"
#include "display/vocabularytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace iamm {

namespace {

using Json = nlohmann::ordered_json;

// Fixed decimals with trailing zeros trimmed: 2.5, 2.6667, 3.
QString trimmedNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

template<typename T> QString optionalNumber(const std::optional<T> &value, int decimals)
{
    return value ? trimmedNumber(double(*value), decimals) : QString();
}

// trimmedNumber for people: the installed language's decimal separator (2,5 in French).
QString localNumber(double value, int decimals)
{
    return trimmedNumber(value, decimals).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

template<typename T> QString optionalLocalNumber(const std::optional<T> &value, int decimals)
{
    return value ? localNumber(double(*value), decimals) : QString();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("GapFormatter", text);
}

// ---- JSON

std::string utf8(const QString &text)
{
    return text.toStdString();
}

template<typename T> Json optionalJson(const std::optional<T> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json peerJson(const std::optional<PeerSpread> &peer)
{
    if (!peer)
        return nullptr;
    return Json{{"n", peer->n},   {"min", peer->min}, {"q1", peer->q1},    {"median", peer->median},
                {"q3", peer->q3}, {"max", peer->max}, {"mean", peer->mean}};
}

void addComparison(Json &object, const PeerComparison &comparison)
{
    object["peer"] = peerJson(comparison.peer);
    object["percentileRank"] = optionalJson(comparison.percentileRank);
    object["gapToMedian"] = optionalJson(comparison.gapToMedian);
}

Json itemJson(const ItemGap &item)
{
    Json object{{"id", utf8(item.id)},
                {"score", optionalJson(item.score)},
                {"notApplicable", item.notApplicable},
                {"target", item.target},
                {"gapToTarget", optionalJson(item.gapToTarget)}};
    addComparison(object, item.comparison);
    return object;
}

Json sectionJson(const SectionGap &section)
{
    Json object{{"id", utf8(section.id)}, {"score", optionalJson(section.score)}};
    addComparison(object, section.comparison);
    return object;
}

Json assessmentJson(const AssessmentInfo &info)
{
    const Json date = info.date.isValid() ? Json(utf8(info.date.toString(Qt::ISODate))) : Json(nullptr);
    return Json{{"id", utf8(info.id)}, {"date", date}, {"status", utf8(vocabulary::toText(info.status))}};
}

// ---- CSV

QStringList comparisonCells(const PeerComparison &comparison)
{
    const int csvDecimals = 4;
    QStringList cells;
    if (const auto &peer = comparison.peer) {
        cells << QString::number(peer->n);
        for (double value : {peer->min, peer->q1, peer->median, peer->q3, peer->max, peer->mean})
            cells << trimmedNumber(value, csvDecimals);
    } else {
        for (int i = 0; i < 7; ++i)
            cells << QString();
    }
    cells << optionalNumber(comparison.percentileRank, csvDecimals)
          << optionalNumber(comparison.gapToMedian, csvDecimals);
    return cells;
}

QString csvRow(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells)
        quoted << csvField(cell);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString sectionCsvRow(const QString &level, const SectionGap &section)
{
    return csvRow(QStringList{level, section.id, optionalNumber(section.score, 4), QString(), QString()}
                  + comparisonCells(section.comparison));
}

// ---- Text

// Left-aligns the first column and right-aligns the others.
QString textTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths << title.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text;
    for (const QStringList &row : QList<QStringList>{header} + rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i == 0 ? row[i].leftJustified(widths[i]) : row[i].rightJustified(widths[i]));
        text += cells.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString itemScoreText(const ItemGap &item)
{
    if (item.score)
        return QString::number(*item.score);
    return item.notApplicable ? translated(QT_TRANSLATE_NOOP("GapFormatter", "N/A")) : QStringLiteral("\u2013");
}

QStringList peerCells(const PeerComparison &comparison)
{
    if (!comparison.peer)
        return {QString(), QString(), QString()};
    return {localNumber(comparison.peer->median, 2), QString::number(comparison.peer->n),
            optionalLocalNumber(comparison.percentileRank, 1)};
}

QString sectionLabel(const QString &sectionId, const Framework &framework)
{
    for (const FrameworkSection &section : framework.sections) {
        if (section.id == sectionId && !section.title.isEmpty())
            return sectionId + QLatin1Char(' ') + section.title;
    }
    return sectionId;
}

QString headerText(const GapResult &result)
{
    QString text = translated(QT_TRANSLATE_NOOP("GapFormatter", "Gap report for %1\n")).arg(result.stateCode);
    if (!result.groupName.isEmpty())
        text += translated(QT_TRANSLATE_NOOP("GapFormatter", "Peer group: %1 (%2)\n"))
                    .arg(result.groupName, result.groupId);
    else if (!result.groupId.isEmpty())
        text += translated(QT_TRANSLATE_NOOP("GapFormatter", "Peer group: %1\n")).arg(result.groupId);
    if (!result.subjectIsMember)
        text += translated(QT_TRANSLATE_NOOP("GapFormatter",
                                             "%1 is not a member of %2: it is compared with all the group's members\n"))
                    .arg(result.stateCode, result.groupId);
    const AssessmentInfo &info = result.assessment;
    text += translated(QT_TRANSLATE_NOOP("GapFormatter", "Assessment: %1, dated %2, status %3\n"))
                .arg(info.id, info.date.toString(Qt::ISODate), VocabularyText::text(info.status));
    if (!info.isFinal())
        text += translated(QT_TRANSLATE_NOOP(
            "GapFormatter", "*** DRAFT: this assessment is not final; its figures may still change ***\n"));
    QStringList used;
    for (const PeerUsed &peer : result.peers)
        used << QStringLiteral("%1 (%2)").arg(peer.stateCode, peer.date.toString(Qt::ISODate));
    text += (used.isEmpty() ? translated(QT_TRANSLATE_NOOP("GapFormatter", "Peers used (0): none\n"))
                            : translated(QT_TRANSLATE_NOOP("GapFormatter", "Peers used (%1): %2\n"))
                                  .arg(result.peers.size())
                                  .arg(used.join(QLatin1String(", "))));
    text += result.missingPeers.isEmpty() ? translated(QT_TRANSLATE_NOOP("GapFormatter", "Missing peers: none\n"))
                                          : translated(QT_TRANSLATE_NOOP("GapFormatter", "Missing peers: %1\n"))
                                                .arg(result.missingPeers.join(QLatin1String(", ")));
    text += translated(QT_TRANSLATE_NOOP("GapFormatter",
                                         "Minimum peers: %1 (peer figures are blank where fewer peers have a score)\n"))
                .arg(result.minPeers);
    return text;
}

QString itemTable(const GapResult &result)
{
    QList<QStringList> rows;
    for (const ItemGap &item : result.items) {
        rows << QStringList{item.id, itemScoreText(item), QString::number(item.target),
                            optionalNumber(item.gapToTarget, 0)}
                    + peerCells(item.comparison);
    }
    return textTable(
        {translated(QT_TRANSLATE_NOOP("GapFormatter", "Item")), translated(QT_TRANSLATE_NOOP("GapFormatter", "Score")),
         translated(QT_TRANSLATE_NOOP("GapFormatter", "Target")), translated(QT_TRANSLATE_NOOP("GapFormatter", "Gap")),
         translated(QT_TRANSLATE_NOOP("GapFormatter", "Peer median")),
         translated(QT_TRANSLATE_NOOP("GapFormatter", "Peer n")),
         translated(QT_TRANSLATE_NOOP("GapFormatter", "Pct rank"))},
        rows);
}

QString sectionTable(const GapResult &result, const Framework &framework)
{
    QList<QStringList> rows;
    for (const SectionGap &section : result.sections) {
        rows << QStringList{sectionLabel(section.id, framework), optionalLocalNumber(section.score, 2)}
                    + peerCells(section.comparison);
    }
    rows << QStringList{translated(QT_TRANSLATE_NOOP("GapFormatter", "Overall")),
                        optionalLocalNumber(result.overall.score, 2)}
                + peerCells(result.overall.comparison);
    return textTable({translated(QT_TRANSLATE_NOOP("GapFormatter", "Section")),
                      translated(QT_TRANSLATE_NOOP("GapFormatter", "Mean score")),
                      translated(QT_TRANSLATE_NOOP("GapFormatter", "Peer median")),
                      translated(QT_TRANSLATE_NOOP("GapFormatter", "Peer n")),
                      translated(QT_TRANSLATE_NOOP("GapFormatter", "Pct rank"))},
                     rows);
}

} // namespace

QByteArray GapFormatter::toJson(const GapResult &result)
{
    Json peerStates = Json::array();
    for (const PeerUsed &peer : result.peers)
        peerStates.push_back(utf8(peer.stateCode));
    Json missingPeers = Json::array();
    for (const QString &code : result.missingPeers)
        missingPeers.push_back(utf8(code));
    Json items = Json::array();
    for (const ItemGap &item : result.items)
        items.push_back(itemJson(item));
    Json sections = Json::array();
    for (const SectionGap &section : result.sections)
        sections.push_back(sectionJson(section));

    const Json document{{"state", utf8(result.stateCode)},
                        {"group", utf8(result.groupId)},
                        {"subjectIsMember", result.subjectIsMember},
                        {"assessment", assessmentJson(result.assessment)},
                        {"peerStates", peerStates},
                        {"missingPeers", missingPeers},
                        {"minPeers", result.minPeers},
                        {"items", items},
                        {"sections", sections},
                        {"overall", sectionJson(result.overall)}};
    return QByteArray::fromStdString(document.dump(2));
}

QByteArray GapFormatter::toCsv(const GapResult &result)
{
    QString csv = QStringLiteral("level,id,score,target,gap_to_target,peer_n,peer_min,peer_q1,peer_median,peer_q3,"
                                 "peer_max,peer_mean,percentile_rank,gap_to_median\r\n");
    for (const ItemGap &item : result.items) {
        csv += csvRow(QStringList{QStringLiteral("item"), item.id, optionalNumber(item.score, 0),
                                  QString::number(item.target), optionalNumber(item.gapToTarget, 0)}
                      + comparisonCells(item.comparison));
    }
    for (const SectionGap &section : result.sections)
        csv += sectionCsvRow(QStringLiteral("section"), section);
    csv += sectionCsvRow(QStringLiteral("overall"), result.overall);
    return csv.toUtf8();
}

QString GapFormatter::toText(const GapResult &result, const Framework &framework)
{
    return headerText(result) + QLatin1Char('\n') + itemTable(result) + QLatin1Char('\n')
           + sectionTable(result, framework);
}

} // namespace iamm
