#pragma once

#include <QWidget>

class QLabel;

namespace streamml::view {

class FindingTableModel;
struct QualityBatchDetail;

/// The data-quality verdict on one batch: the rules it failed and what cleaning did.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setBatch(const QualityBatchDetail &detail);
    void clear();

private:
    static QString cleaningText(const QualityBatchDetail &detail);

    QLabel *m_title;
    FindingTableModel *m_findings;
    QLabel *m_actions;
};

} // namespace streamml::view
