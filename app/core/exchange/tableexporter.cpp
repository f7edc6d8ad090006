// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/tableexporter.h"

#include "store/assessmentstore.h"
#include "common/csvfield.h"
#include "common/iammerror.h"
#include "common/outputfile.h"
#include "catalogs/statecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QUuid>

#include <xlsxwriter.h>

#include <filesystem>
#include <optional>

namespace iamm {

namespace {

struct MemberRow
{
    QString stateCode;
    QString stateName;
    std::optional<AssessmentInfo> assessment;
    QHash<QString, Rating> ratings;
};

const QStringList fixedHeaders{QStringLiteral("state_code"), QStringLiteral("state_name"),
                               QStringLiteral("assessment_id"), QStringLiteral("assessment_date"),
                               QStringLiteral("missing")};

QList<MemberRow> memberRows(const AssessmentStore &store, const PeerGroup &group, const Framework &framework)
{
    // The store lists assessments newest first (by date, then creation), so the first final one wins.
    QHash<QString, AssessmentInfo> newestFinal;
    for (const AssessmentInfo &info : store.assessments()) {
        if (info.isFinal() && info.frameworkId == framework.id && !newestFinal.contains(info.stateCode))
            newestFinal.insert(info.stateCode, info);
    }
    QList<MemberRow> rows;
    for (const QString &code : group.members) {
        MemberRow row{code, StateCatalog::instance().nameOf(code, QStringLiteral("en")), std::nullopt, {}};
        const auto found = newestFinal.constFind(code);
        if (found != newestFinal.constEnd()) {
            row.assessment = *found;
            for (const Response &response : store.responses(found->id))
                row.ratings.insert(response.itemId, response.rating);
        }
        rows.append(row);
    }
    return rows;
}

QString ratingText(const Rating &rating)
{
    if (rating.notApplicable)
        return QStringLiteral("NA");
    return rating.score ? QString::number(*rating.score) : QString();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("TableExporter", text);
}

// The spreadsheet is for people: its headers, state names and yes/no are in the installed
// language (the CSV file keeps the English keys and names for programs).
QStringList xlsxHeaders()
{
    return {translated(QT_TRANSLATE_NOOP("TableExporter", "state_code")),
            translated(QT_TRANSLATE_NOOP("TableExporter", "state_name")),
            translated(QT_TRANSLATE_NOOP("TableExporter", "assessment_id")),
            translated(QT_TRANSLATE_NOOP("TableExporter", "assessment_date")),
            translated(QT_TRANSLATE_NOOP("TableExporter", "missing"))};
}

QStringList fixedCells(const MemberRow &row)
{
    return {row.stateCode, row.stateName, row.assessment ? row.assessment->id : QString(),
            row.assessment ? row.assessment->date.toString(Qt::ISODate) : QString(),
            row.assessment ? QStringLiteral("no") : QStringLiteral("yes")};
}

QStringList localizedFixedCells(const MemberRow &row)
{
    QStringList cells = fixedCells(row);
    cells[1] = StateCatalog::instance().nameOf(row.stateCode);
    cells[4] = row.assessment ? translated(QT_TRANSLATE_NOOP("TableExporter", "no"))
                              : translated(QT_TRANSLATE_NOOP("TableExporter", "yes"));
    return cells;
}

// ---- CSV

QByteArray csvLine(const QStringList &fields)
{
    QByteArrayList encoded;
    for (const QString &field : fields)
        encoded << csvField(field).toUtf8();
    return encoded.join(',') + "\r\n";
}

QByteArray csvTable(const QList<MemberRow> &rows, const QStringList &itemIds)
{
    QByteArray content = csvLine(fixedHeaders + itemIds);
    for (const MemberRow &row : rows) {
        QStringList fields = fixedCells(row);
        for (const QString &itemId : itemIds)
            fields << ratingText(row.ratings.value(itemId));
        content += csvLine(fields);
    }
    return content;
}

// ---- XLSX

// libxlsxwriter writes to a file name of its own; this one sits next to the target and is removed
// unless it has been renamed into place.
class PartFile
{
public:
    explicit PartFile(const QString &outPath)
        : m_path(outPath + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~PartFile()
    {
        if (!m_committed)
            QFile::remove(m_path);
    }
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    QString path() const { return m_path; }
    void renameTo(const QString &outPath)
    {
        std::error_code error;
        std::filesystem::rename(m_path.toStdString(), outPath.toStdString(), error);
        if (error)
            throw IammError(QCoreApplication::translate("TableExporter", "Cannot write the table %1: %2")
                                .arg(outPath, QString::fromStdString(error.message())));
        m_committed = true;
    }

private:
    QString m_path;
    bool m_committed = false;
};

class XlsxSheet
{
public:
    XlsxSheet(lxw_workbook *workbook, lxw_worksheet *sheet)
        : m_sheet(sheet)
        , m_bold(workbook_add_format(workbook))
        , m_date(workbook_add_format(workbook))
    {
        format_set_bold(m_bold);
        format_set_num_format(m_date, "yyyy-mm-dd");
    }

    void header(int column, const QString &text)
    {
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(column), utf8(text), m_bold));
    }
    void text(int row, int column, const QString &value)
    {
        if (!value.isEmpty())
            check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8(value), nullptr));
    }
    void number(int row, int column, double value)
    {
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr));
    }
    void date(int row, int column, const QDate &value)
    {
        lxw_datetime datetime{value.year(), value.month(), value.day(), 0, 0, 0};
        check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &datetime, m_date));
    }
    void layout(int itemCount)
    {
        worksheet_freeze_panes(m_sheet, 1, 2);
        worksheet_set_column(m_sheet, 1, 1, 28, nullptr);
        worksheet_set_column(m_sheet, 2, 2, 36, nullptr);
        worksheet_set_column(m_sheet, 3, 3, 12, nullptr);
        worksheet_set_column(m_sheet, lxw_col_t(fixedHeaders.size()), lxw_col_t(fixedHeaders.size() + itemCount - 1), 7,
                             nullptr);
    }

private:
    const char *utf8(const QString &text)
    {
        m_buffer = text.toUtf8();
        return m_buffer.constData();
    }
    static void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR)
            throw IammError(QCoreApplication::translate("TableExporter", "Cannot write a spreadsheet cell: %1")
                                .arg(QString::fromUtf8(lxw_strerror(error))));
    }

    lxw_worksheet *m_sheet;
    lxw_format *m_bold;
    lxw_format *m_date;
    QByteArray m_buffer;
};

void fillSheet(XlsxSheet &sheet, const QList<MemberRow> &rows, const QStringList &itemIds)
{
    const QStringList headers = xlsxHeaders() + itemIds;
    for (int c = 0; c < headers.size(); ++c)
        sheet.header(c, headers.at(c));
    for (int r = 0; r < rows.size(); ++r) {
        const MemberRow &row = rows.at(r);
        const int line = r + 1;
        const QStringList fixed = localizedFixedCells(row);
        for (int c = 0; c < fixed.size(); ++c) {
            if (c == 3 && row.assessment)
                sheet.date(line, c, row.assessment->date);
            else
                sheet.text(line, c, fixed.at(c));
        }
        for (int i = 0; i < itemIds.size(); ++i) {
            const Rating rating = row.ratings.value(itemIds.at(i));
            const int column = int(fixed.size()) + i;
            if (rating.score && !rating.notApplicable)
                sheet.number(line, column, *rating.score);
            else
                sheet.text(line, column, ratingText(rating));
        }
    }
    sheet.layout(int(itemIds.size()));
}

void writeXlsx(const QList<MemberRow> &rows, const QStringList &itemIds, const QString &outPath)
{
    PartFile part(outPath);
    const QByteArray partPath = QFile::encodeName(part.path());
    lxw_workbook *workbook = workbook_new(partPath.constData());
    if (!workbook)
        throw IammError(
            QCoreApplication::translate("TableExporter", "Cannot write the table %1: out of memory").arg(outPath));
    const QByteArray sheetName = translated(QT_TRANSLATE_NOOP("TableExporter", "States x items")).toUtf8();
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheetName.constData());
    try {
        XlsxSheet sheet(workbook, worksheet);
        fillSheet(sheet, rows, itemIds);
    } catch (const IammError &error) {
        workbook_close(workbook);
        throw IammError(QCoreApplication::translate("TableExporter", "Cannot write the table %1: %2")
                            .arg(outPath, error.message()));
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        throw IammError(QCoreApplication::translate("TableExporter", "Cannot write the table %1: %2")
                            .arg(outPath, QString::fromUtf8(lxw_strerror(closed))));
    part.renameTo(outPath);
}

} // namespace

void TableExporter::write(const AssessmentStore &store, const PeerGroup &group, const Framework &framework,
                          const QString &format, const QString &outPath)
{
    const QString kind = format.trimmed().toLower();
    if (kind != QLatin1String("csv") && kind != QLatin1String("xlsx"))
        throw IammError(
            QCoreApplication::translate("TableExporter", "Unknown table format \"%1\" for %2: use csv or xlsx")
                .arg(format, outPath));
    if (kind == QLatin1String("xlsx")) {
        writeXlsx(memberRows(store, group, framework), framework.itemIds(), outPath);
        return;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw IammError(QCoreApplication::translate("TableExporter", "Cannot write the table %1: %2")
                            .arg(outPath, file.errorString()));
    writeCsv(store, group, framework, file, outPath);
    if (!file.commit())
        throw IammError(QCoreApplication::translate("TableExporter", "Cannot write the table %1: %2")
                            .arg(outPath, file.errorString()));
}

void TableExporter::writeCsv(const AssessmentStore &store, const PeerGroup &group, const Framework &framework,
                             QIODevice &device, const QString &outPath)
{
    OutputFile::writeAll(device, outPath, csvTable(memberRows(store, group, framework), framework.itemIds()));
}

} // namespace iamm
