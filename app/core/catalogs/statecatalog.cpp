// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogs/statecatalog.h"

#include "common/datapaths.h"
#include "common/iammerror.h"
#include "common/jsonreader.h"
#include "common/uilanguage.h"
#include "catalogs/mocatalog.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace iamm {

namespace {

QString folded(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c.toCaseFolded();
    }
    return result;
}

enum class MatchRank { Exact, Prefix, Contains, None };

MatchRank nameMatch(const QString &name, const QString &needle)
{
    const QString candidate = folded(name);
    if (candidate == needle)
        return MatchRank::Exact;
    if (candidate.startsWith(needle))
        return MatchRank::Prefix;
    return candidate.contains(needle) ? MatchRank::Contains : MatchRank::None;
}

MatchRank stateMatch(const StateInfo &state, const QString &needle, const QString &language)
{
    if (needle.isEmpty() || folded(state.code) == needle || (!state.alpha2.isEmpty() && folded(state.alpha2) == needle))
        return MatchRank::Exact;
    MatchRank best = MatchRank::None;
    for (const QString &name :
         QStringList{state.name, state.officialName} + state.otherNames + state.translatedNames.value(language))
        best = std::min(best, nameMatch(name, needle));
    return best;
}

// cannotRead: the whole sentence refusing the file, %1 its path and %2 the reason.
QByteArray readAll(const QString &path, const QString &cannotRead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(cannotRead.arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

StateCatalog::StateCatalog(const QString &isoCodesDir, const QString &demoStatesFile, const QString &aliasesFile,
                           const QString &localeDir)
{
    readFile(isoCodesDir + QStringLiteral("/iso_3166-1.json"), "3166-1", false);
    translate(localeDir, QStringLiteral("iso_3166-1"), 0);
    const qsizetype withdrawnFrom = m_states.size();
    readFile(isoCodesDir + QStringLiteral("/iso_3166-3.json"), "3166-3", true);
    translate(localeDir, QStringLiteral("iso_3166-3"), withdrawnFrom);
    readDemoStates(demoStatesFile);
    readAliases(aliasesFile);
}

QString StateCatalog::defaultLocaleDirectory()
{
    const QString fromEnv = qEnvironmentVariable("IAMM_ISO_CODES_LOCALE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/share/locale") : fromEnv;
}

// The iso-codes catalogs translate the English names themselves (msgid "Peru"), so each state's
// names are looked up as they are.
void StateCatalog::translate(const QString &localeDir, const QString &domain, qsizetype from)
{
    for (const QString &language : UiLanguage::codes()) {
        if (language == QLatin1String("en"))
            continue;
        const MoCatalog catalog = MoCatalog::read(
            QStringLiteral("%1/%2/LC_MESSAGES/%3.mo").arg(localeDir, language, domain));
        if (catalog.isEmpty())
            continue;
        for (qsizetype i = from; i < m_states.size(); ++i) {
            StateInfo &state = m_states[i];
            QStringList names;
            for (const QString &name : QStringList{state.name, state.officialName} + state.otherNames)
                names << catalog.translate(name);
            names.removeDuplicates();
            state.translatedNames.insert(language, names);
        }
    }
}

QString StateCatalog::defaultAliasesFile()
{
    return DataPaths::referenceDir() + QStringLiteral("/state-aliases.json");
}

void StateCatalog::readAliases(const QString &path)
{
    const JsonReader reader(path);
    const nlohmann::json root = JsonReader::parse(
        readAll(path, QCoreApplication::translate("StateCatalog", "%1: cannot read the state name aliases: %2")), path);
    const nlohmann::json &aliases = reader.array(root, QStringLiteral("$"), "aliases");
    for (size_t i = 0; i < aliases.size(); ++i) {
        const QString aliasPath = JsonReader::index(QStringLiteral("$.aliases"), i);
        reader.allowOnly(aliases[i], aliasPath, {"code", "alias", "source"});
        const QString code = reader.string(aliases[i], aliasPath, "code");
        const QString alias = reader.string(aliases[i], aliasPath, "alias");
        if (reader.string(aliases[i], aliasPath, "source").trimmed().isEmpty())
            reader.fail(JsonReader::member(aliasPath, "source"),
                        QCoreApplication::translate("StateCatalog", "every alias needs its source"));
        const auto it = m_index.constFind(code);
        if (it == m_index.constEnd())
            reader.fail(JsonReader::member(aliasPath, "code"),
                        QCoreApplication::translate("StateCatalog", "unknown state code \"%1\"").arg(code));
        m_states[*it].otherNames << alias;
    }
}

QString StateCatalog::defaultDemoStatesFile()
{
    return DataPaths::referenceDir() + QStringLiteral("/demo-states.json");
}

void StateCatalog::add(const StateInfo &state)
{
    if (m_index.contains(state.code))
        return;
    m_index.insert(state.code, int(m_states.size()));
    m_states << state;
}

void StateCatalog::readDemoStates(const QString &path)
{
    const JsonReader reader(path);
    const nlohmann::json root = JsonReader::parse(
        readAll(path, QCoreApplication::translate("StateCatalog", "%1: cannot read the demo states: %2")), path);
    const nlohmann::json &states = reader.array(root, QStringLiteral("$"), "states");
    for (size_t i = 0; i < states.size(); ++i) {
        const QString statePath = JsonReader::index(QStringLiteral("$.states"), i);
        StateInfo state;
        state.code = reader.string(states[i], statePath, "code");
        if (!state.code.startsWith(QLatin1Char('X')) || state.code.size() != 3)
            reader.fail(JsonReader::member(statePath, "code"),
                        QCoreApplication::translate("StateCatalog", "demo codes must be user-assigned (XAA–XZZ)"));
        state.name = reader.string(states[i], statePath, "name");
        state.officialName = state.name;
        state.fictitious = true;
        add(state);
    }
}

QString StateCatalog::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("IAMM_ISO_CODES_DIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/share/iso-codes/json") : fromEnv;
}

const StateCatalog &StateCatalog::instance()
{
    static const StateCatalog catalog;
    return catalog;
}

void StateCatalog::readFile(const QString &path, const char *listKey, bool withdrawn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IammError(
            QCoreApplication::translate(
                "StateCatalog", "%1: cannot read the ISO 3166 country codes (is the iso-codes package installed?): %2")
                .arg(path, file.errorString()));
    const JsonReader reader(path);
    const nlohmann::json root = JsonReader::parse(file.readAll(), path);
    const nlohmann::json &entries = reader.array(root, QStringLiteral("$"), listKey);
    const QString listPath = JsonReader::member(QStringLiteral("$"), listKey);
    for (size_t i = 0; i < entries.size(); ++i) {
        const QString entryPath = JsonReader::index(listPath, i);
        const auto alpha3 = reader.optionalString(entries[i], entryPath, "alpha_3");
        if (!alpha3)
            continue;
        StateInfo state;
        state.code = *alpha3;
        state.alpha2 = reader.optionalString(entries[i], entryPath, "alpha_2").value_or(QString());
        const QString isoName = reader.string(entries[i], entryPath, "name");
        state.name = reader.optionalString(entries[i], entryPath, "common_name").value_or(isoName);
        if (state.name != isoName)
            state.otherNames << isoName;
        state.officialName = reader.optionalString(entries[i], entryPath, "official_name").value_or(state.name);
        state.withdrawn = withdrawn;
        add(state);
    }
}

const StateInfo *StateCatalog::find(const QString &code) const
{
    const auto it = m_index.constFind(code.toUpper());
    return it == m_index.constEnd() ? nullptr : &m_states[*it];
}

QString StateCatalog::nameOf(const QString &code) const
{
    return nameOf(code, UiLanguage::codeOf(UiLanguage::current()));
}

QString StateCatalog::nameOf(const QString &code, const QString &language) const
{
    const StateInfo *state = find(code);
    return state ? nameIn(*state, language) : code;
}

QString StateCatalog::nameIn(const StateInfo &state, const QString &language)
{
    const QStringList translated = state.translatedNames.value(language);
    return translated.isEmpty() ? state.name : translated.constFirst();
}

QList<StateInfo> StateCatalog::all() const
{
    return m_states;
}

QList<StateInfo> StateCatalog::search(const QString &text) const
{
    return search(text, UiLanguage::codeOf(UiLanguage::current()));
}

QList<StateInfo> StateCatalog::search(const QString &text, const QString &language) const
{
    const QString needle = folded(text.trimmed());
    QList<std::pair<MatchRank, StateInfo>> matches;
    for (const StateInfo &state : m_states) {
        const MatchRank rank = stateMatch(state, needle, language);
        if (rank != MatchRank::None)
            matches.append({rank, state});
    }
    std::stable_sort(matches.begin(), matches.end(), [&language](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return QString::localeAwareCompare(nameIn(a.second, language), nameIn(b.second, language)) < 0;
    });
    QList<StateInfo> result;
    for (const auto &match : matches)
        result << match.second;
    return result;
}

} // namespace iamm
