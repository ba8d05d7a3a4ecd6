#pragma once

#include <QTableView>

namespace streamml::view {

/// A read-only table of results: row selection, alternating rows, compact rows, last column stretched.
class ResultTableView : public QTableView
{
    Q_OBJECT
public:
    ResultTableView(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr);
};

} // namespace streamml::view
