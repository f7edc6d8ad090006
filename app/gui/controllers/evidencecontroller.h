// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/evidencelistmodel.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace iamm {
class AssessmentStore;
}

namespace iamm::gui {

class ItemNavigator;
struct OpenAssessment;

// The notes, links and files recorded as evidence for the current item.
class EvidenceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvidenceController belongs to AssessmentSession")
    Q_PROPERTY(EvidenceListModel *model READ model CONSTANT)

public:
    EvidenceController(const OpenAssessment &open, ItemNavigator *navigator, QObject *parent = nullptr);
    ~EvidenceController() override;

    // Also shows what other users of a server database add or remove, as they do.
    void open(iamm::AssessmentStore &store, const QList<iamm::Evidence> &evidence);
    void close();

    EvidenceListModel *model() const { return m_model; }

    Q_INVOKABLE bool addNote(const QString &title, const QString &text, bool confidential);
    Q_INVOKABLE bool addLink(const QString &title, const QString &url, bool confidential);
    Q_INVOKABLE bool addFile(const QString &title, const QUrl &file, bool confidential);
    Q_INVOKABLE bool removeEvidence(qint64 evidenceId);
    // Opens a link in the browser, a file (copied out of the database) in its application.
    Q_INVOKABLE bool openEvidence(qint64 evidenceId);

private:
    void showCurrentItem();
    void refresh(const QString &assessmentId);
    bool add(const std::function<qint64()> &insert);
    bool openFile(qint64 evidenceId);
    bool openUrl(const QUrl &url);

    const OpenAssessment &m_open;
    ItemNavigator *m_navigator;
    EvidenceListModel *m_model;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
    QMetaObject::Connection m_changes;
};

} // namespace iamm::gui
