#pragma once

#include "model/evaluation/explain/coefficient_table.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace streamml::view {

class CoefficientTableModel;
class RankedBarPlot;
class ReasonStack;
struct ExplainedVersion;

/// The Coefficients tab: a linear model's largest coefficients of one output as bars, standardised
/// or raw, every coefficient with its odds ratio (logistic models) in a table beside them; for a
/// family without coefficients, one line saying so.
class CoefficientPanel : public QWidget
{
    Q_OBJECT
public:
    /// Bars drawn at most; the table lists every coefficient.
    static constexpr qsizetype shownBars = 20;

    explicit CoefficientPanel(QWidget *parent = nullptr);

    void setVersion(const ExplainedVersion &version);

private:
    QWidget *createTools();
    void showCoefficients();

    std::optional<model::evaluation::explain::CoefficientTable> m_coefficients;
    ReasonStack *m_stack;
    QRadioButton *m_standardised;
    QRadioButton *m_raw;
    QComboBox *m_output;
    QLabel *m_intercept;
    RankedBarPlot *m_plot;
    CoefficientTableModel *m_model;
    QTableView *m_table;
};

} // namespace streamml::view
