#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>

// One stored item the Reports page can render: a load run or an acceptance result.
struct ReportEntry
{
    enum class Kind
    {
        LoadRun,
        Acceptance,
    };
    enum class Verdict
    {
        Pass,
        Fail,
        None, // nothing was judged (a load run without thresholds)
    };
    Kind kind = Kind::LoadRun;
    qint64 id = 0;
    QString name;
    qint64 startedMs = 0;
    Verdict verdict = Verdict::None;
    QString verdictText; // "PASS", "FAIL (2)", "no criteria", "cancelled"

    // "run:3" or "result:2": unique across both kinds.
    QString key() const;
    bool operator==(const ReportEntry&) const = default;
};

// The Reports page's list: type, name, date and the verdict in colour (green, red, grey).
class ReportsPageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Type,
        Name,
        Date,
        Verdict,
        ColumnCount,
    };

    explicit ReportsPageModel(QObject* parent = nullptr);
    ~ReportsPageModel() override;

    void setEntries(const QList<ReportEntry>& entries);
    const QList<ReportEntry>& entries() const { return m_entries; }
    int rowOf(const QString& key) const; // -1 when not listed
    static QColor verdictColour(ReportEntry::Verdict verdict);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ReportEntry& entry, int column) const;

    QList<ReportEntry> m_entries;
};
