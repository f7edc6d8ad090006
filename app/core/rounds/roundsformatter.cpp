// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/roundsformatter.h"

#include "catalogs/statecatalog.h"
#include "common/csvfield.h"
#include "display/displaytext.h"
#include "rounds/changereasons.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace iamm {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("RoundsFormatter", text);
}

Json ratingJson(const Rating &rating)
{
    if (rating.notApplicable)
        return "NA";
    return rating.score ? Json(*rating.score) : Json(nullptr);
}

QString ratingText(const Rating &rating)
{
    if (rating.notApplicable)
        return translated(QT_TRANSLATE_NOOP("RoundsFormatter", "N/A"));
    return rating.score ? QString::number(*rating.score) : QStringLiteral("\u2013");
}

Json changeJson(const ItemChange &change)
{
    if (change.isNumeric())
        return change.delta();
    const QString text = change.text();
    return text.isEmpty() ? Json(nullptr) : Json(utf8(text));
}

Json reasonJson(const std::optional<ChangeReason> &reason)
{
    return reason ? Json(utf8(vocabulary::toText(*reason))) : Json(nullptr);
}

Json noteJson(const QString &note)
{
    return note.isEmpty() ? Json(nullptr) : Json(utf8(note));
}

Json meanJson(const std::optional<double> &mean)
{
    return mean ? Json(*mean) : Json(nullptr);
}

QString meanText(const std::optional<double> &mean)
{
    return mean ? QLocale().toString(*mean, 'f', 2) : QStringLiteral("\u2013");
}

Json roundHeader(const AssessmentInfo &info)
{
    return {{"id", utf8(info.id)},
            {"date", utf8(info.date.toString(Qt::ISODate))},
            {"status", utf8(vocabulary::toText(info.status))}};
}

QString roundLabel(const AssessmentInfo &info)
{
    const QString date = info.date.toString(Qt::ISODate);
    return info.isFinal() ? date : translated(QT_TRANSLATE_NOOP("RoundsFormatter", "%1 draft")).arg(date);
}

QString textTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i == 0 ? row[i].leftJustified(widths[i]) : row[i].rightJustified(widths[i]));
        text += cells.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString explanation(const ItemComparison &item)
{
    if (!item.reason && item.note.isEmpty())
        return {};
    const QString reason = item.reason ? ChangeReasons::title(*item.reason)
                                       : translated(QT_TRANSLATE_NOOP("RoundsFormatter", "no category"));
    return item.note.isEmpty() ? reason : QStringLiteral("%1: %2").arg(reason, DisplayText::escaped(item.note));
}

QString explanations(const QList<ItemComparison> &items)
{
    QString text;
    for (const ItemComparison &item : items) {
        const QString why = explanation(item);
        if (!why.isEmpty())
            text += QStringLiteral("  %1  %2\n").arg(item.itemId, why);
    }
    return text.isEmpty() ? text
                          : translated(QT_TRANSLATE_NOOP("RoundsFormatter", "\nExplanations of change:\n")) + text;
}

} // namespace

QByteArray RoundsFormatter::trendJson(const Trend &trend)
{
    Json rounds = Json::array();
    for (const TrendRound &round : trend.rounds) {
        Json entry = roundHeader(round.info);
        Json sections = Json::array();
        for (const TrendSection &section : round.sections)
            sections.push_back({{"id", utf8(section.id)}, {"score", meanJson(section.score)}});
        entry["sections"] = sections;
        entry["overall"] = meanJson(round.overall);
        rounds.push_back(entry);
    }
    Json items = Json::array();
    for (const QString &itemId : trend.itemIds) {
        Json scores = Json::array();
        for (const TrendRound &round : trend.rounds)
            scores.push_back(ratingJson(round.ratings.value(itemId)));
        const ItemComparison *latest = trend.latest ? trend.latest->item(itemId) : nullptr;
        items.push_back({{"id", utf8(itemId)},
                         {"scores", scores},
                         {"change", latest ? changeJson(latest->change) : Json(nullptr)},
                         {"reason", latest ? reasonJson(latest->reason) : Json(nullptr)},
                         {"note", latest ? noteJson(latest->note) : Json(nullptr)}});
    }
    const Json root{{"state", utf8(trend.stateCode)},
                    {"framework", utf8(trend.frameworkId)},
                    {"rounds", rounds},
                    {"items", items}};
    return QByteArray::fromStdString(root.dump(2));
}

QByteArray RoundsFormatter::trendCsv(const Trend &trend)
{
    QStringList header{QStringLiteral("kind"), QStringLiteral("id")};
    for (const TrendRound &round : trend.rounds)
        header << round.info.date.toString(Qt::ISODate) + QLatin1Char(' ') + vocabulary::toText(round.info.status);
    header << QStringLiteral("change") << QStringLiteral("reason") << QStringLiteral("note");
    QString csv = csvLine(header);
    const int sectionCount = trend.rounds.isEmpty() ? 0 : int(trend.rounds.constLast().sections.size());
    for (int s = 0; s < sectionCount; ++s) {
        QStringList row{QStringLiteral("section"), trend.rounds.constLast().sections.at(s).id};
        for (const TrendRound &round : trend.rounds)
            row << (s < round.sections.size() && round.sections.at(s).score
                        ? QString::number(*round.sections.at(s).score, 'g', 15)
                        : QString());
        csv += csvLine(row + QStringList{QString(), QString(), QString()});
    }
    QStringList overall{QStringLiteral("overall"), QStringLiteral("overall")};
    for (const TrendRound &round : trend.rounds)
        overall << (round.overall ? QString::number(*round.overall, 'g', 15) : QString());
    csv += csvLine(overall + QStringList{QString(), QString(), QString()});
    for (const QString &itemId : trend.itemIds) {
        QStringList row{QStringLiteral("item"), itemId};
        for (const TrendRound &round : trend.rounds) {
            const Rating rating = round.ratings.value(itemId);
            row << (rating.notApplicable ? QStringLiteral("NA")
                    : rating.score       ? QString::number(*rating.score)
                                         : QString());
        }
        const ItemComparison *latest = trend.latest ? trend.latest->item(itemId) : nullptr;
        row << (latest ? latest->change.text() : QString())
            << (latest && latest->reason ? vocabulary::toText(*latest->reason) : QString())
            << (latest ? latest->note : QString());
        csv += csvLine(row);
    }
    return csv.toUtf8();
}

QString RoundsFormatter::trendText(const Trend &trend, const Framework &framework)
{
    QString text = QCoreApplication::translate("RoundsFormatter", "%1 (%2), framework %3: %n round(s)\n\n", nullptr,
                                               int(trend.rounds.size()))
                       .arg(StateCatalog::instance().nameOf(trend.stateCode), trend.stateCode, trend.frameworkId);
    QList<QStringList> means{{translated(QT_TRANSLATE_NOOP("RoundsFormatter", "Mean"))}};
    for (const TrendRound &round : trend.rounds)
        means[0] << roundLabel(round.info);
    for (const FrameworkSection &section : framework.sections) {
        QStringList row{section.title};
        for (const TrendRound &round : trend.rounds) {
            const auto found = std::find_if(round.sections.cbegin(), round.sections.cend(),
                                            [&](const TrendSection &s) { return s.id == section.id; });
            row << meanText(found == round.sections.cend() ? std::nullopt : found->score);
        }
        means << row;
    }
    QStringList overall{translated(QT_TRANSLATE_NOOP("RoundsFormatter", "Overall"))};
    for (const TrendRound &round : trend.rounds)
        overall << meanText(round.overall);
    means << overall;
    text += textTable(means);
    if (trend.latest)
        text += translated(QT_TRANSLATE_NOOP("RoundsFormatter", "\nChange: %1 against the previous round of %2 (%3)\n"))
                    .arg(roundLabel(trend.latest->current), trend.latest->previous.date.toString(Qt::ISODate),
                         trend.latest->previous.id);
    else
        text += translated(QT_TRANSLATE_NOOP("RoundsFormatter", "\nNo previous round to compare the newest with.\n"));
    QList<QStringList> items{{translated(QT_TRANSLATE_NOOP("RoundsFormatter", "Item"))}};
    for (const TrendRound &round : trend.rounds)
        items[0] << roundLabel(round.info);
    items[0] << translated(QT_TRANSLATE_NOOP("RoundsFormatter", "Change"));
    for (const QString &itemId : trend.itemIds) {
        QStringList row{itemId};
        for (const TrendRound &round : trend.rounds)
            row << ratingText(round.ratings.value(itemId));
        const ItemComparison *latest = trend.latest ? trend.latest->item(itemId) : nullptr;
        row << (latest && !latest->change.displayText().isEmpty() ? latest->change.displayText()
                                                                  : QStringLiteral("\u2013"));
        items << row;
    }
    return text + QLatin1Char('\n') + textTable(items) + (trend.latest ? explanations(trend.latest->items) : QString());
}

QByteArray RoundsFormatter::comparisonJson(const RoundComparison &comparison)
{
    Json items = Json::array();
    for (const ItemComparison &item : comparison.items)
        items.push_back({{"id", utf8(item.itemId)},
                         {"from", ratingJson(item.previous)},
                         {"to", ratingJson(item.current)},
                         {"change", changeJson(item.change)},
                         {"reason", reasonJson(item.reason)},
                         {"note", noteJson(item.note)}});
    const Json root{{"framework", utf8(comparison.current.frameworkId)},
                    {"from", roundHeader(comparison.previous)},
                    {"to", roundHeader(comparison.current)},
                    {"items", items}};
    return QByteArray::fromStdString(root.dump(2));
}

QString RoundsFormatter::comparisonText(const RoundComparison &comparison)
{
    QString text = translated(QT_TRANSLATE_NOOP("RoundsFormatter", "From %1 (%2)\nTo   %3 (%4)\n\n"))
                       .arg(roundLabel(comparison.previous), comparison.previous.id, roundLabel(comparison.current),
                            comparison.current.id);
    QList<QStringList> rows{{translated(QT_TRANSLATE_NOOP("RoundsFormatter", "Item")),
                             translated(QT_TRANSLATE_NOOP("RoundsFormatter", "From")),
                             translated(QT_TRANSLATE_NOOP("RoundsFormatter", "To")),
                             translated(QT_TRANSLATE_NOOP("RoundsFormatter", "Change"))}};
    for (const ItemComparison &item : comparison.items) {
        const QString change = item.change.displayText();
        rows << QStringList{item.itemId, ratingText(item.previous), ratingText(item.current),
                            change.isEmpty() ? QStringLiteral("\u2013") : change};
    }
    const int changed = int(comparison.changed().size());
    return text + textTable(rows) + explanations(comparison.items)
           + QCoreApplication::translate("RoundsFormatter", "\n%1 of %n item(s) changed.\n", nullptr,
                                         int(comparison.items.size()))
                 .arg(changed);
}

} // namespace iamm
