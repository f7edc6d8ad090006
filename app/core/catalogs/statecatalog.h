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
};

// States and territories read at run time from Debian's iso-codes data.
class StateCatalog
{
public:
    // Reads iso_3166-1.json and iso_3166-3.json from isoCodesDir, the fictitious demo states and
    // the common-name aliases; throws IammError if a file is missing or broken.
    explicit StateCatalog(const QString &isoCodesDir = defaultDirectory(),
                          const QString &demoStatesFile = defaultDemoStatesFile(),
                          const QString &aliasesFile = defaultAliasesFile());

    static QString defaultDirectory();
    static QString defaultDemoStatesFile();
    static QString defaultAliasesFile();
    // One shared catalog read from the default directory.
    static const StateCatalog &instance();

    const StateInfo *find(const QString &code) const;
    QString nameOf(const QString &code) const; // the code itself when unknown
    QList<StateInfo> all() const;
    // Case- and accent-insensitive: the alpha-2 or alpha-3 code, or part of the name, official name or
    // another name. Exact matches come first, then names that start with the text, then the rest.
    QList<StateInfo> search(const QString &text) const;

private:
    void readFile(const QString &path, const char *listKey, bool withdrawn);
    void readDemoStates(const QString &path);
    void readAliases(const QString &path);
    void add(const StateInfo &state);

    QList<StateInfo> m_states;
    QHash<QString, int> m_index;
};

} // namespace iamm
