// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace iamm {

// The words a reader sees for the vocabulary's values, in the application's language: the report
// and the command line's text output show these, while JSON, CSV and the database keep
// vocabulary::toText's spellings. In lower case ("in progress", "partly in place"), as they stand
// in a sentence; a heading or table cell capitalises them with capitalized.
class VocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyText)

public:
    static QString text(AssessmentStatus status);
    static QString text(EvidenceKind kind);
    static QString text(Confidence confidence);
    static QString text(ChecklistState state);
    static QString text(ActionStatus status);
    static QString text(ActionReview review);
    static QString capitalized(const QString &word);
};

} // namespace iamm
