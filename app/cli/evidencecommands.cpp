// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commandcontext.h"
#include "commandhelpers.h"
#include "commands.h"

#include "display/vocabularytext.h"
#include "store/assessmentstore.h"
#include "common/iammerror.h"
#include "common/outputfile.h"

namespace iamm::cli {

int evidenceCommand(CommandContext &context, const QStringList &words)
{
    const Arguments arguments(QStringLiteral("evidence"), words,
                              {QStringLiteral("note"), QStringLiteral("link"), QStringLiteral("file"),
                               QStringLiteral("title"), QStringLiteral("out")},
                              {QStringLiteral("confidential"), QStringLiteral("force")});
    const QString sub = arguments.positional(0, QStringLiteral("subcommand (add, list, remove, save)"));
    AssessmentStore &store = context.store();
    if (sub == QLatin1String("add")) {
        arguments.requirePositionalCount(3, 3);
        const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
        const QString item = arguments.positional(2, QStringLiteral("ITEM"));
        // The options --note, --link and --file are named after the evidence kinds.
        const QString option = arguments.exactlyOne(vocabulary::allTexts<EvidenceKind>());
        const QString title = arguments.value(QStringLiteral("title"), {});
        const bool confidential = arguments.flag(QStringLiteral("confidential"));
        const QString value = arguments.required(option);
        qint64 evidenceId = 0;
        switch (vocabulary::require<EvidenceKind>(option)) {
        case EvidenceKind::Note:
            evidenceId = store.addNote(id, item, title, value, confidential);
            break;
        case EvidenceKind::Link:
            evidenceId = store.addLink(id, item, title, value, confidential);
            break;
        case EvidenceKind::File:
            evidenceId = store.addFile(id, item, title, value, confidential);
            break;
        }
        context.out() << evidenceId << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        arguments.requirePositionalCount(2, 3);
        const QString id = arguments.positional(1, QStringLiteral("assessment ID"));
        for (const Evidence &e : store.evidence(id, itemFilter(context, arguments, id))) {
            context.out() << e.id << '\t' << e.itemId << '\t' << VocabularyText::text(e.kind) << '\t'
                          << (e.confidential ? Arguments::tr("confidential") : QStringLiteral("-")) << '\t'
                          << shown(e.title) << '\t';
            if (e.kind == EvidenceKind::File)
                context.out() << Arguments::tr("%1 (%2, %3 bytes, sha256 %4)")
                                     .arg(shown(e.fileName), shown(e.mimeType), QString::number(e.size), e.sha256);
            else
                context.out() << shown(e.text);
            context.out() << '\n';
        }
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        arguments.requirePositionalCount(2, 2);
        store.removeEvidence(arguments.id(1, QStringLiteral("evidence ID")));
        context.out() << Arguments::tr("removed") << '\n';
        return 0;
    }
    if (sub == QLatin1String("save")) {
        arguments.requirePositionalCount(2, 2);
        const Evidence e = store.evidenceItem(arguments.id(1, QStringLiteral("evidence ID")), true);
        if (e.kind != EvidenceKind::File)
            throw IammError(
                Arguments::tr("evidence %1 is a %2, not a file").arg(e.id).arg(VocabularyText::text(e.kind)));
        const QString out = arguments.required(QStringLiteral("out"));
        OutputFile::write(out, e.content,
                          arguments.flag(QStringLiteral("force")) ? OutputFile::Existing::Overwrite
                                                                  : OutputFile::Existing::Refuse);
        context.out() << out << '\n';
        return 0;
    }
    arguments.usage(Arguments::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace iamm::cli
