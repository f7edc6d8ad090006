// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace iamm {

struct StateInfo
{
    QString code; // ISO 3166-1 alpha-3, or the alpha-3 of a withdrawn ISO 3166-3 entry
    QString alpha2;
    QString name;
    QString officialName;
    // Further names the search matches: iso-codes' name when a common_name is shown, and the
    // common English names of db/reference/state-aliases.json ("Turkey", "UK", "Burma").
    QStringList otherNames;
    bool withdrawn = false;
    bool fictitious = false; // demo workshop states (user-assigned codes XAA–XZZ)
    // The name and the other names in French and Spanish, by language code ("fr": "Pérou",
    // "République du Pérou"), from iso-codes' gettext catalogs; the name shown comes first.
    QHash<QString, QStringList> translatedNames;
};

// States and territories read at run time from Debian's iso-codes data.
class StateCatalog
{
public:
    // Reads iso_3166-1.json and iso_3166-3.json from isoCodesDir, the fictitious demo states and
    // the common-name aliases; throws IammError if a file is missing or broken.
    // The translated names come from isoCodesDir's sibling catalogs under localeDir
    // (fr/LC_MESSAGES/iso_3166-1.mo); a missing catalog leaves the English names.
    explicit StateCatalog(const QString &isoCodesDir = defaultDirectory(),
                          const QString &demoStatesFile = defaultDemoStatesFile(),
                          const QString &aliasesFile = defaultAliasesFile(),
                          const QString &localeDir = defaultLocaleDirectory());

    static QString defaultDirectory();
    static QString defaultLocaleDirectory();
    static QString defaultDemoStatesFile();
    static QString defaultAliasesFile();
    // One shared catalog read from the default directory.
    static const StateCatalog &instance();

    const StateInfo *find(const QString &code) const;
    // The name in the installed UiLanguage; the code itself when unknown.
    QString nameOf(const QString &code) const;
    // The name in the language ("fr", "es"); English for "en" and any other code.
    QString nameOf(const QString &code, const QString &language) const;
    static QString nameIn(const StateInfo &state, const QString &language);
    QList<StateInfo> all() const;
    // Case- and accent-insensitive: the alpha-2 or alpha-3 code, or part of the name, official name or
    // another name, in English or in the language (by default the installed UiLanguage). Exact matches
    // come first, then names that start with the text, then the rest, each in the language's order.
    QList<StateInfo> search(const QString &text) const;
    QList<StateInfo> search(const QString &text, const QString &language) const;

private:
    void readFile(const QString &path, const char *listKey, bool withdrawn);
    void translate(const QString &localeDir, const QString &domain, qsizetype from);
    void readDemoStates(const QString &path);
    void readAliases(const QString &path);
    void add(const StateInfo &state);

    QList<StateInfo> m_states;
    QHash<QString, int> m_index;
};

} // namespace iamm
