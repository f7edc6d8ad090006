// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commands.h"

#include "common/datapaths.h"
#include "common/uilanguage.h"
#include "display/displaytext.h"
#include "common/iammerror.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>

namespace {

using iamm::cli::CommandContext;
using Command = std::function<int(CommandContext &, const QStringList &)>;

const char *const usageText = QT_TRANSLATE_NOOP("Cli",
                                                R"(Usage: iamm [--db PATH] [--read-only] [--lang en|fr|es] COMMAND ...

IAMM self-assessment: score a state against the International Agenda for Migration
Management, compare it with its peers and write gap reports.

Frameworks and states
  framework list | show [ID] [--format text|json] | validate FILE [--framework FILE]
  state list [--search TEXT]
Assessments
  assessment create --state ISO3 [--framework ID] [--title T] [--date YYYY-MM-DD]
  assessment list [--state ISO3]
  assessment show ID [--format text|json]
  assessment finalize ID | reopen ID | delete ID --yes
  assessment new-round ID [--title T] [--date YYYY-MM-DD]
  assessment set-previous ID (PREV_ID | --clear)
  score ID ITEM (--score N | --na | --clear) [--target N | --clear-target]
                [--confidence low|medium|high] [--rationale TEXT] [--dissent TEXT]
                [--change-reason performance|evidence|method|other] [--change-note TEXT]
  checklist ID ENTRY (--status in_place|partial|not_in_place|not_applicable | --clear)
  evidence add ID ITEM (--note TEXT | --link URL | --file PATH) [--title T] [--confidential]
  evidence list ID [ITEM] | remove EVIDENCE_ID | save EVIDENCE_ID --out FILE [--force]
  action add ID ITEM --text T [--owner AGENCY] [--due YYYY-MM-DD] [--status S]
  action list ID [ITEM] | set-status ID ACTION_ID --status S | remove ID ACTION_ID
  action review ID ACTION_ID --as continuing|done|dropped   (actions carried from the previous round)
  history ID
  team add ID --name N [--agency A] [--role R]
  team list ID | remove ID MEMBER_ID
Rounds: what changed since the previous assessment
  trend --state ISO3 [--framework ID] [--finals-only] [--format json|csv|text]
  compare ID_A ID_B [--format json|text]     item by item, change = B − A
Workshop: every participant's view before the agreed score
  contribution import ID FILE.csv            votes: participant,agency,item,score,comment
  contribution import ID FILE.json [--participant NAME] [--agency A]
                                             one participant's own exported assessment
  contribution list ID | remove ID --participant NAME
  consensus show ID [--format json|csv|text]
Facilitator tools (private: never in --share exports, in reports only with --include-notes)
  note ID ITEM TEXT | note ID ITEM --clear | note list ID [--format json|text]
  parking add ID --item ITEM TEXT | parking list ID [--open] [--format json|text]
  parking done ID QUESTION_ID [--undo] | parking remove ID QUESTION_ID
  agenda add ID --title T --from ITEM --to ITEM --minutes N
  agenda list ID [--format json|text] | agenda clear ID
Live voting: participants vote from their phones on the local network
  poll serve ID --item ITEM [--bind ADDR] [--port N] [--code CODE] [--seconds S]
             serves the voting page until S seconds pass or SIGINT/SIGTERM, stores the
             votes as contributions and prints the tally as JSON (default 127.0.0.1, any port)
Peers and reports
  group list | show ID | create ID [--name N] [ISO3 ...] | create ID --from GROUP [--name N]
  group add ID ISO3 ... | remove ID ISO3 ... | rename ID --name N | delete ID
  gap --state ISO3 --group GROUP [--assessment ID] [--min-peers N] [--format json|csv|text]
  report --state ISO3 --group GROUP --out FILE.pdf [--assessment ID] [--min-peers N]
         [--paper a4|letter] [--include-evidence] [--name-contributors] [--include-notes]
  worksheet ID --out FILE.pdf [--participant NAME] [--paper a4|letter] [--force]
  export-table --group GROUP --format csv|xlsx --out FILE [--framework ID]
  export ID --out FILE [--share]
  import FILE ... [--replace]
Database
  demo       create a demo workshop (fictitious states, names and scores)
  check      integrity check of the database and its attachments (one line per problem)
  backup [--out FILE]   consistent copy, also while the app is open (default: the backups
                        folder beside the database, the newest 10 kept)
  restore FILE          replace the database by a checked backup, keeping the replaced file
  copy --from SOURCE --to TARGET [--assessment ID ...]
                        copy assessments with everything attached and their history
                        (all, and your peer groups, without --assessment), replacing
                        those with the same ids; verified by SHA-256, all or nothing
Server administration (PostgreSQL): run by the owner of the database
  admin init            group roles, access_grants and row-level security policies
  admin grant --state ISO3 --user NAME --role team|observer
  admin grant --secretariat --group GROUP --user NAME
                        creates the login role NAME when missing (set its password with
                        psql's \password); a secretariat reads the final scores of the
                        group's states only
  admin revoke (same options as grant) | admin list

Texts, numbers and dates are in --lang's language (en, fr or es), else the system's, else
English; JSON and CSV output is the same in every language.

The database is --db PATH, else $IAMM_DB, else the default in your data folder:
)");

QString cliText(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const std::map<QString, Command> &commands()
{
    using namespace iamm::cli;
    static const std::map<QString, Command> table{
        {QStringLiteral("framework"), frameworkCommand},
        {QStringLiteral("state"), stateCommand},
        {QStringLiteral("assessment"), assessmentCommand},
        {QStringLiteral("score"), scoreCommand},
        {QStringLiteral("checklist"), checklistCommand},
        {QStringLiteral("evidence"), evidenceCommand},
        {QStringLiteral("action"), actionCommand},
        {QStringLiteral("history"), historyCommand},
        {QStringLiteral("demo"), demoCommand},
        {QStringLiteral("check"), checkCommand},
        {QStringLiteral("group"), groupCommand},
        {QStringLiteral("gap"), gapCommand},
        {QStringLiteral("report"), reportCommand},
        {QStringLiteral("export-table"), exportTableCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("copy"), copyCommand},
        {QStringLiteral("team"), teamCommand},
        {QStringLiteral("backup"), backupCommand},
        {QStringLiteral("restore"), restoreCommand},
        {QStringLiteral("contribution"), contributionCommand},
        {QStringLiteral("consensus"), consensusCommand},
        {QStringLiteral("worksheet"), worksheetCommand},
        {QStringLiteral("note"), noteCommand},
        {QStringLiteral("parking"), parkingCommand},
        {QStringLiteral("agenda"), agendaCommand},
        {QStringLiteral("poll"), pollCommand},
        {QStringLiteral("trend"), trendCommand},
        {QStringLiteral("compare"), compareCommand},
        {QStringLiteral("admin"), adminCommand},
    };
    return table;
}

struct Invocation
{
    QString databasePath;
    std::optional<QString> language;
    QString command;
    QStringList words;
    bool help = false;
    bool version = false;
    bool readOnly = false;
};

// --lang also after the command (`iamm report … --lang fr`): no command has an option of that name.
void takeLanguageOption(Invocation &invocation)
{
    QStringList &words = invocation.words;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--lang")) {
            if (i + 1 >= words.size())
                throw iamm::cli::UsageError(cliText(QT_TRANSLATE_NOOP("Cli", "--lang needs a language: en, fr or es")));
            invocation.language = words[i + 1];
            words.remove(i, 2);
            --i;
        } else if (words[i].startsWith(QLatin1String("--lang="))) {
            invocation.language = words[i].mid(7);
            words.remove(i);
            --i;
        }
    }
}

Invocation parseGlobal(const QStringList &arguments)
{
    Invocation invocation;
    int i = 1;
    for (; i < arguments.size() && arguments[i].startsWith(QLatin1String("--")); ++i) {
        const QString &word = arguments[i];
        if (word == QLatin1String("--help")) {
            invocation.help = true;
        } else if (word == QLatin1String("--version")) {
            invocation.version = true;
        } else if (word == QLatin1String("--read-only")) {
            invocation.readOnly = true;
        } else if (word == QLatin1String("--db")) {
            if (++i >= arguments.size())
                throw iamm::cli::UsageError(cliText(QT_TRANSLATE_NOOP("Cli", "--db needs a path")));
            invocation.databasePath = arguments[i];
        } else if (word.startsWith(QLatin1String("--db="))) {
            invocation.databasePath = word.mid(5);
        } else if (word == QLatin1String("--lang")) {
            if (++i >= arguments.size())
                throw iamm::cli::UsageError(cliText(QT_TRANSLATE_NOOP("Cli", "--lang needs a language: en, fr or es")));
            invocation.language = arguments[i];
        } else if (word.startsWith(QLatin1String("--lang="))) {
            invocation.language = word.mid(7);
        } else {
            throw iamm::cli::UsageError(
                cliText(QT_TRANSLATE_NOOP("Cli", "unknown option %1 (options go after the command)")).arg(word));
        }
    }
    if (i < arguments.size())
        invocation.command = arguments[i];
    invocation.words = arguments.mid(i + 1);
    takeLanguageOption(invocation);
    if (invocation.databasePath.isEmpty())
        invocation.databasePath = iamm::DataPaths::defaultDatabasePath();
    return invocation;
}

// The language of the texts: --lang's, else the system's; any other code is a usage error.
void installLanguage(const std::optional<QString> &code)
{
    if (!code)
        return;
    const auto language = iamm::UiLanguage::fromCode(*code);
    if (!language)
        throw iamm::cli::UsageError(
            cliText(QT_TRANSLATE_NOOP("Cli", "unknown language \"%1\" for --lang: use en, fr or es")).arg(*code));
    iamm::UiLanguage::install(*language);
}

// The PDF report and worksheet need fonts, which need a GUI application; everything else runs without one.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "worksheet") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iamm"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IAMM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    iamm::UiLanguage::install(iamm::UiLanguage::systemLanguage());
    try {
        const Invocation invocation = parseGlobal(QCoreApplication::arguments());
        installLanguage(invocation.language);
        if (invocation.version) {
            out << "iamm " << IAMM_VERSION << '\n';
            return 0;
        }
        if (invocation.help || invocation.command.isEmpty() || invocation.command == QLatin1String("help")) {
            out << cliText(usageText) << "  " << iamm::DataPaths::defaultDatabasePath() << '\n';
            return invocation.command.isEmpty() && !invocation.help ? 2 : 0;
        }
        const auto command = commands().find(invocation.command);
        if (command == commands().end())
            throw iamm::cli::UsageError(
                cliText(QT_TRANSLATE_NOOP("Cli", "unknown command \"%1\" (see iamm --help)")).arg(invocation.command));
        CommandContext context(invocation.databasePath, invocation.readOnly, out, err);
        return command->second(context, invocation.words);
    } catch (const iamm::cli::UsageError &error) {
        out.flush();
        err << "iamm: " << iamm::DisplayText::escaped(error.message()) << '\n';
        return 2;
    } catch (const iamm::IammError &error) {
        out.flush();
        err << "iamm: " << iamm::DisplayText::escaped(error.message()) << '\n';
        return 1;
    } catch (const std::exception &error) {
        out.flush();
        err << "iamm: " << cliText(QT_TRANSLATE_NOOP("Cli", "unexpected error:")) << ' '
            << iamm::DisplayText::excerpt(QString::fromUtf8(error.what()), 500) << '\n';
        return 1;
    }
}
