// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/contributionjson.h"

#include "common/inputlimits.h"
#include "common/jsonreader.h"
#include "display/displaytext.h"
#include "framework/framework.h"

#include <QCoreApplication>
#include <QSet>

namespace iamm {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

nlohmann::ordered_json ContributionJson::write(const QList<Contribution> &contributions)
{
    ordered_json list = ordered_json::array();
    for (const Contribution &c : contributions) {
        ordered_json views = ordered_json::array();
        for (const ContributionView &v : c.views)
            views.push_back({{"item", utf8(v.itemId)},
                             {"score", v.rating.score ? ordered_json(*v.rating.score) : ordered_json()},
                             {"notApplicable", v.rating.notApplicable},
                             {"comment", utf8(v.comment)}});
        ordered_json entry;
        entry["participant"] = utf8(c.participant);
        entry["agency"] = utf8(c.agency);
        entry["source"] = utf8(c.source);
        if (c.createdAt.isValid())
            entry["createdAt"] = utf8(c.createdAt.toUTC().toString(Qt::ISODateWithMs));
        entry["views"] = std::move(views);
        list.push_back(std::move(entry));
    }
    return list;
}

QList<Contribution> ContributionJson::read(const JsonReader &reader, const nlohmann::json &root,
                                           const Framework &framework)
{
    QList<Contribution> contributions;
    if (!root.contains("contributions"))
        return contributions;
    const QString path = QStringLiteral("$.contributions");
    const nlohmann::json &list = reader.array(root, QStringLiteral("$"), "contributions");
    if (list.size() > size_t(InputLimits::maxContributionsPerAssessment))
        reader.fail(path, QCoreApplication::translate("ContributionJson",
                                                      "%1 contributions; at most %2 per assessment are allowed")
                              .arg(InputLimits::number(qint64(list.size())),
                                   InputLimits::number(InputLimits::maxContributionsPerAssessment)));
    QSet<QString> names;
    for (size_t i = 0; i < list.size(); ++i) {
        const QString entryPath = JsonReader::index(path, i);
        Contribution contribution = readContribution(reader, list[i], entryPath, framework);
        if (!contribution.participant.isEmpty() && names.contains(contribution.participant))
            reader.fail(JsonReader::member(entryPath, "participant"),
                        QCoreApplication::translate("ContributionJson", "participant %1 has an earlier contribution")
                            .arg(DisplayText::quoted(contribution.participant)));
        names.insert(contribution.participant);
        contributions << contribution;
    }
    return contributions;
}

Contribution ContributionJson::readContribution(const JsonReader &reader, const nlohmann::json &value,
                                                const QString &path, const Framework &framework)
{
    reader.requireObject(value, path);
    reader.allowOnly(value, path, {"participant", "agency", "source", "createdAt", "views"});
    Contribution contribution;
    contribution.participant = readString(reader, value, path, "participant", InputLimits::maxNameLength).trimmed();
    contribution.agency = readString(reader, value, path, "agency", InputLimits::maxNameLength);
    if (value.contains("source"))
        contribution.source = readString(reader, value, path, "source", InputLimits::maxNameLength);
    if (const auto created = reader.optionalString(value, path, "createdAt")) {
        contribution.createdAt = QDateTime::fromString(*created, Qt::ISODateWithMs);
        if (!contribution.createdAt.isValid())
            reader.fail(
                JsonReader::member(path, "createdAt"),
                QCoreApplication::translate("ContributionJson", "%1 is not a date and time like 2024-05-01T09:30:00Z")
                    .arg(DisplayText::quoted(*created)));
    }
    const QString viewsPath = JsonReader::member(path, "views");
    const nlohmann::json &views = reader.array(value, path, "views");
    QSet<QString> items;
    for (size_t i = 0; i < views.size(); ++i) {
        const ContributionView view = readView(reader, views[i], JsonReader::index(viewsPath, i), framework);
        if (items.contains(view.itemId))
            reader.fail(
                JsonReader::member(JsonReader::index(viewsPath, i), "item"),
                QCoreApplication::translate("ContributionJson", "item %1 already has a view in this contribution")
                    .arg(view.itemId));
        items.insert(view.itemId);
        contribution.views << view;
    }
    return contribution;
}

ContributionView ContributionJson::readView(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                            const Framework &framework)
{
    reader.requireObject(value, path);
    reader.allowOnly(value, path, {"item", "score", "notApplicable", "comment"});
    ContributionView view;
    view.itemId = reader.string(value, path, "item");
    if (!framework.item(view.itemId))
        reader.fail(JsonReader::member(path, "item"),
                    QCoreApplication::translate("ContributionJson", "unknown item %1 (not in framework %2)")
                        .arg(DisplayText::quoted(view.itemId), framework.id));
    const Scale &scale = framework.scale;
    view.rating.score = reader.optionalInteger(value, path, "score");
    if (view.rating.score && !scale.contains(*view.rating.score))
        reader.fail(JsonReader::member(path, "score"),
                    QCoreApplication::translate("ContributionJson", "%1 is off the scale %2–%3")
                        .arg(*view.rating.score)
                        .arg(scale.min)
                        .arg(scale.max));
    if (value.contains("notApplicable"))
        view.rating.notApplicable = reader.boolean(value, path, "notApplicable");
    if (view.rating.notApplicable && view.rating.score)
        reader.fail(JsonReader::member(path, "notApplicable"),
                    QCoreApplication::translate("ContributionJson",
                                                "true together with a score: a view is either a level or "
                                                "not applicable"));
    if (view.rating.notApplicable && !scale.allowNotApplicable)
        reader.fail(JsonReader::member(path, "notApplicable"),
                    QCoreApplication::translate("ContributionJson", "framework %1 does not allow \"not applicable\"")
                        .arg(framework.id));
    if (value.contains("comment"))
        view.comment = readString(reader, value, path, "comment", InputLimits::maxLongTextLength);
    return view;
}

QString ContributionJson::readString(const JsonReader &reader, const nlohmann::json &value, const QString &path,
                                     const char *key, int maxLength)
{
    const QString text = reader.string(value, path, key);
    if (text.size() > maxLength)
        reader.fail(JsonReader::member(path, key), InputLimits::tooLongValue(text.size(), maxLength));
    return text;
}

} // namespace iamm
