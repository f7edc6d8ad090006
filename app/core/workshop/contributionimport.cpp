// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/contributionimport.h"

#include "common/boundedfile.h"
#include "common/iammerror.h"
#include "common/inputlimits.h"
#include "exchange/exchangereader.h"
#include "framework/framework.h"
#include "store/assessmentstore.h"
#include "workshop/contributioncsv.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace iamm {

ContributionImport::Format ContributionImport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Exchange;
    throw IammError(QCoreApplication::translate(
                        "ContributionImport", "%1: unknown kind of file: expected a spreadsheet of votes (.csv) or an "
                                              "assessment exchange file (.json)")
                        .arg(path));
}

QList<Contribution> ContributionImport::read(const QString &path, const Framework &framework,
                                             const FrameworkRegistry &frameworks, const StateCatalog &states,
                                             const Participant &participant)
{
    if (formatOf(path) == Format::Exchange)
        return {fromExchange(path, framework, frameworks, states, participant)};
    if (!participant.name.isEmpty() || !participant.agency.isEmpty())
        throw IammError(
            QCoreApplication::translate("ContributionImport",
                                        "%1: a spreadsheet of votes names its participants and agencies in its own "
                                        "columns; a participant or agency is given only with an exchange (.json) file")
                .arg(path));
    return ContributionCsv::parse(BoundedFile::read(path, InputLimits::maxImportFileBytes), path, framework);
}

ContributionImport::Summary ContributionImport::importFile(AssessmentStore &store, const QString &assessmentId,
                                                           const QString &path, const FrameworkRegistry &frameworks,
                                                           const StateCatalog &states, const Participant &participant)
{
    const QList<Contribution> contributions = read(path, store.frameworkOf(assessmentId), frameworks, states,
                                                   participant);
    store.replaceContributions(assessmentId, contributions);
    Summary summary;
    summary.participants = int(contributions.size());
    for (const Contribution &contribution : contributions)
        summary.views += int(contribution.views.size());
    return summary;
}

Contribution ContributionImport::fromExchange(const QString &path, const Framework &framework,
                                              const FrameworkRegistry &frameworks, const StateCatalog &states,
                                              const Participant &participant)
{
    const AssessmentRecord record =
        ExchangeReader(path, frameworks, states).read(BoundedFile::read(path, InputLimits::maxImportFileBytes));
    if (record.info.frameworkId != framework.id)
        throw IammError(
            QCoreApplication::translate("ContributionImport",
                                        "%1: $.framework.id: the file is an assessment on framework %2, but the "
                                        "assessment it would contribute to is on framework %3")
                .arg(path, record.info.frameworkId, framework.id));
    Contribution contribution;
    contribution.participant = participant.name.trimmed();
    contribution.agency = participant.agency.trimmed();
    contribution.source = QFileInfo(path).fileName();
    for (const Response &response : record.responses) {
        if (response.rating != Rating::notAssessed() || !response.rationale.isEmpty())
            contribution.views << ContributionView{response.itemId, response.rating, response.rationale};
    }
    return contribution;
}

} // namespace iamm
