#pragma once

#include "model/data/column_profile.h"
#include "model/data/table.h"
#include "model/store/batch_record.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace streamml::view {

class BatchTableModel;
class ProfileTableModel;
class TablePreviewModel;

/// The Data view: stored batches, and for the selected one its meta-parameters and raw rows.
class DataView : public QWidget
{
    Q_OBJECT
public:
    explicit DataView(QWidget *parent = nullptr);

    void setBatches(std::vector<model::store::BatchRecord> batches);
    void setBatchDetail(qint64 batchId, std::vector<model::data::ColumnProfile> profiles, model::data::Table preview,
                        qint64 totalRows);
    qint64 selectedBatch() const;
    void selectBatch(qint64 batchId);

Q_SIGNALS:
    void batchSelected(qint64 batchId);

private:
    void onSelectionChanged();

    BatchTableModel *m_batches;
    ProfileTableModel *m_profiles;
    TablePreviewModel *m_preview;
    QTableView *m_batchTable;
    QTableView *m_profileTable;
    QTableView *m_previewTable;
    QLabel *m_detailTitle;
    QLabel *m_summary;
};

} // namespace streamml::view
