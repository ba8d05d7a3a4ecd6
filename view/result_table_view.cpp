#include "view/result_table_view.h"

#include <QHeaderView>

namespace streamml::view {

ResultTableView::ResultTableView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(20);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    // Column widths follow the contents whenever the model is reset.
    connect(model, &QAbstractItemModel::modelReset, this, &QTableView::resizeColumnsToContents);
}

} // namespace streamml::view
