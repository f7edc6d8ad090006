// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/frameworklanguage.h"
#include "models/itemlistmodel.h"
#include "models/walkthroughordermodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace iamm::gui {

struct OpenAssessment;

// The items of the open assessment and which one the team is looking at.
class ItemNavigator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ItemNavigator belongs to AssessmentSession")

    Q_PROPERTY(ItemListModel *items READ items CONSTANT)
    // The items in the order next() and previous() follow, for the navigation pane.
    Q_PROPERTY(WalkthroughOrderModel *walkthrough READ walkthrough CONSTANT)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY itemsReset)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE goTo NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY currentItemChanged)
    Q_PROPERTY(QString sectionId READ sectionId NOTIFY currentItemChanged)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY itemTextsChanged)
    Q_PROPERTY(int itemNumber READ itemNumber NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemText READ itemText NOTIFY itemTextsChanged)
    Q_PROPERTY(QString itemHeading READ itemHeading NOTIFY itemTextsChanged)
    Q_PROPERTY(QString itemSource READ itemSource NOTIFY currentItemChanged)
    Q_PROPERTY(QStringList guidingQuestions READ guidingQuestions NOTIFY itemTextsChanged)
    // The item's sub-topics, each "Group: text" when the framework groups them.
    Q_PROPERTY(QStringList subtopics READ subtopics NOTIFY itemTextsChanged)
    // The language the texts above are in.
    Q_PROPERTY(FrameworkLanguage *textLanguage READ textLanguage CONSTANT)

public:
    ItemNavigator(const OpenAssessment &open, QObject *parent = nullptr);

    // Shows the items with their responses, none of them current yet; itemsReset follows
    // once the session has taken the new assessment.
    void reset(const iamm::Framework *framework, const QList<iamm::Response> &responses);
    // No items and no current item.
    void clear();
    // The same items and responses with the texts of framework, a translation of the one shown.
    void showTexts(const iamm::Framework *framework);

    ItemListModel *items() const { return m_items; }
    WalkthroughOrderModel *walkthrough() const { return m_walkthrough; }
    FrameworkLanguage *textLanguage() const { return m_textLanguage; }
    int itemCount() const { return m_items->rowCount(); }
    int currentIndex() const { return m_currentIndex; }
    const ItemListModel::Row *currentRow() const;
    QString itemId() const;
    QString sectionId() const;
    QString sectionTitle() const;
    int itemNumber() const;
    QString itemText() const;
    QString itemHeading() const;
    QString itemSource() const;
    QStringList guidingQuestions() const;
    QStringList subtopics() const;

    Q_INVOKABLE void goTo(int index);
    Q_INVOKABLE bool goToItem(const QString &itemId);
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // Moves to the first item after the current one (wrapping) without a rating; false if none.
    Q_INVOKABLE bool nextUnassessed();
    // An ItemMatch for each item whose id, text or heading contains the text.
    Q_INVOKABLE QVariantList findItems(const QString &text) const;

signals:
    void itemsReset();
    void currentItemChanged();
    // The current item's texts changed: another item, or another language.
    void itemTextsChanged();

private:
    const OpenAssessment &m_open;
    ItemListModel *m_items;
    WalkthroughOrderModel *m_walkthrough;
    FrameworkLanguage *m_textLanguage;
    int m_currentIndex = -1;
};

} // namespace iamm::gui
