// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/consensusformatter.h"

#include "common/csvfield.h"

#include "display/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace iamm {

namespace {

using Json = nlohmann::ordered_json;

Json number(const std::optional<double> &value)
{
    if (!value)
        return nullptr;
    if (*value == double(qint64(*value)))
        return qint64(*value);
    return *value;
}

Json number(const std::optional<int> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json agreedJson(const Rating &rating)
{
    if (rating.notApplicable)
        return "NA";
    return number(rating.score);
}

QString agreedText(const Rating &rating)
{
    if (rating.notApplicable)
        return QStringLiteral("NA");
    return rating.score ? QString::number(*rating.score) : QString();
}

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value) : QString();
}

QString numberText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QByteArray ConsensusFormatter::toJson(const QString &assessmentId, const ConsensusFigures &figures)
{
    Json items = Json::array();
    for (const ItemConsensus &item : figures.items) {
        Json counts = Json::object();
        for (auto it = item.counts.constBegin(); it != item.counts.constEnd(); ++it)
            counts[QString::number(it.key()).toStdString()] = it.value();
        items.push_back({{"item", item.itemId.toStdString()},
                         {"n", item.n},
                         {"na", item.na},
                         {"counts", counts},
                         {"median", number(item.median)},
                         {"min", number(item.min)},
                         {"max", number(item.max)},
                         {"divergent", item.divergent},
                         {"agreed", agreedJson(item.agreed)},
                         {"dissent", item.dissent.isEmpty() ? Json(nullptr) : Json(item.dissent.toStdString())}});
    }
    const Json root{{"assessment", assessmentId.toStdString()},
                    {"participants", figures.participants},
                    {"items", std::move(items)}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray ConsensusFormatter::toCsv(const ConsensusFigures &figures)
{
    QStringList header{QStringLiteral("item"), QStringLiteral("n"), QStringLiteral("na")};
    if (!figures.items.isEmpty()) {
        for (int level : figures.items.constFirst().counts.keys())
            header << QStringLiteral("count_%1").arg(level);
    }
    header << QStringLiteral("median") << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("divergent")
           << QStringLiteral("agreed") << QStringLiteral("dissent");
    QString csv = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const ItemConsensus &item : figures.items) {
        QStringList cells{item.itemId, QString::number(item.n), QString::number(item.na)};
        for (int count : item.counts)
            cells << QString::number(count);
        cells << numberText(item.median) << numberText(item.min) << numberText(item.max)
              << (item.divergent ? QStringLiteral("true") : QStringLiteral("false")) << agreedText(item.agreed)
              << csvField(item.dissent);
        csv += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

QString ConsensusFormatter::toText(const QString &assessmentId, const ConsensusFigures &figures)
{
    QString text = QCoreApplication::translate("ConsensusFormatter", "Assessment %1: %n participant(s) from %2",
                                               nullptr, figures.participants)
                       .arg(assessmentId, QCoreApplication::translate("ConsensusFormatter", "%n agency(ies)", nullptr,
                                                                      figures.agencies))
                   + QLatin1Char('\n');
    text += QStringLiteral("%1 %2 %3  %4 %5 %6  %7  %8\n")
                .arg(QCoreApplication::translate("ConsensusFormatter", "Item"), -10)
                .arg(QCoreApplication::translate("ConsensusFormatter", "n"), 3)
                .arg(QCoreApplication::translate("ConsensusFormatter", "N/A"), 3)
                .arg(QCoreApplication::translate("ConsensusFormatter", "Counts"), -16)
                .arg(QCoreApplication::translate("ConsensusFormatter", "Median"), 6)
                .arg(QCoreApplication::translate("ConsensusFormatter", "Range"), 5)
                .arg(QCoreApplication::translate("ConsensusFormatter", "Agreed"), -6)
                .arg(QCoreApplication::translate("ConsensusFormatter", "Dissent"));
    for (const ItemConsensus &item : figures.items) {
        QStringList counts;
        for (int count : item.counts)
            counts << QString::number(count);
        const QString range = item.min ? QStringLiteral("%1–%2").arg(*item.min).arg(*item.max) : QString();
        const QString agreed = item.agreed.notApplicable ? QCoreApplication::translate("ConsensusFormatter", "N/A")
                                                         : agreedText(item.agreed);
        const QString row = QStringLiteral("%1 %2 %3  %4 %5 %6  %7  %8")
                                .arg(item.itemId + (item.divergent ? QStringLiteral(" !") : QString()), -10)
                                .arg(item.n, 3)
                                .arg(item.na, 3)
                                .arg(counts.join(QLatin1Char(' ')), -16)
                                .arg(numberText(item.median).replace(QLatin1Char('.'), QLocale().decimalPoint()), 6)
                                .arg(range, 5)
                                .arg(agreed.isEmpty() ? QStringLiteral("-") : agreed, -6)
                                .arg(DisplayText::escaped(item.dissent));
        text += row.trimmed() + QLatin1Char('\n');
    }
    text += QCoreApplication::translate(
                "ConsensusFormatter",
                "Counts are of levels %1 upwards; ! marks a divergent item (range of 2 or more, or levels and N/A "
                "both given).\n")
                .arg(figures.items.isEmpty() || figures.items.constFirst().counts.isEmpty()
                         ? 0
                         : figures.items.constFirst().counts.firstKey());
    return text;
}

} // namespace iamm
