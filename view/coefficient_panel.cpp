#include "view/coefficient_panel.h"

#include "model/evaluation/explain/design_map.h"
#include "view/coefficient_table_model.h"
#include "view/explained_version.h"
#include "view/explanation_text.h"
#include "view/ranked_bar_plot.h"
#include "view/reason_stack.h"
#include "view/result_table_view.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace streamml::view {

namespace {
using model::evaluation::explain::CoefficientTable;
using model::evaluation::explain::DesignMap;

constexpr int maxNameWidth = 190;
} // namespace

CoefficientPanel::CoefficientPanel(QWidget *parent)
    : QWidget(parent)
    , m_standardised(new QRadioButton(tr("standardised (per scale unit)"), this))
    , m_raw(new QRadioButton(tr("raw (per input unit)"), this))
    , m_output(new QComboBox(this))
    , m_intercept(new QLabel(this))
    , m_plot(new RankedBarPlot(this))
    , m_model(new CoefficientTableModel(this))
    , m_table(new ResultTableView(m_model, QStringLiteral("coefficientTable"), this))
{
    m_plot->setObjectName(QStringLiteral("coefficientPlot"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_table);
    splitter->setSizes({550, 450});
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTools());
    layout->addWidget(splitter, 1);
    m_stack = new ReasonStack(content, QStringLiteral("coefficientPanel"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_stack->showReason(tr("Choose a model version"));
}

QWidget *CoefficientPanel::createTools()
{
    m_standardised->setObjectName(QStringLiteral("standardisedButton"));
    m_raw->setObjectName(QStringLiteral("rawButton"));
    m_output->setObjectName(QStringLiteral("coefficientOutputCombo"));
    m_intercept->setObjectName(QStringLiteral("interceptLabel"));
    m_intercept->setWordWrap(true);
    m_intercept->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_standardised->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_standardised);
    group->addButton(m_raw);
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Coefficients:"), bar));
    layout->addWidget(m_standardised);
    layout->addWidget(m_raw);
    layout->addSpacing(12);
    layout->addWidget(m_output);
    layout->addSpacing(12);
    layout->addWidget(m_intercept, 1);
    connect(m_standardised, &QRadioButton::toggled, this, &CoefficientPanel::showCoefficients);
    connect(m_output, &QComboBox::currentIndexChanged, this, &CoefficientPanel::showCoefficients);
    return bar;
}

void CoefficientPanel::setVersion(const ExplainedVersion &version)
{
    m_coefficients = version.coefficients;
    if (!m_coefficients) {
        m_stack->showReason(tr("v%1 is a %2 model: only the linear families (logistic, ridge, huber, sgd_linear) have coefficients.")
                                .arg(version.version)
                                .arg(version.family));
        return;
    }
    {
        const QSignalBlocker blocker(m_output);
        m_output->clear();
        for (const CoefficientTable::Intercept &intercept : m_coefficients->intercepts())
            m_output->addItem(tr("output: %1").arg(intercept.output), intercept.output);
    }
    // One output needs no choice.
    m_output->setVisible(m_output->count() > 1);
    m_stack->showContent();
    showCoefficients();
}

void CoefficientPanel::showCoefficients()
{
    if (!m_coefficients)
        return;
    const bool standardised = m_standardised->isChecked();
    const QString output = m_output->currentData().toString();
    std::vector<CoefficientTable::Row> rows;
    for (const CoefficientTable::Row &row : m_coefficients->rows())
        if (row.output == output)
            rows.push_back(row);
    m_model->setRows(std::move(rows), standardised, m_coefficients->isLogistic());
    // Long one-hot names elide so the numbers beside them stay in view.
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), maxNameWidth));

    RankedBars bars;
    bars.signedColours = true;
    const auto total = qsizetype(m_model->rows().size());
    const qsizetype shown = std::min(total, shownBars);
    bars.title = shown < total ? tr("Largest %1 of %2 coefficients of %3").arg(shown).arg(total).arg(output)
                               : tr("Coefficients of %1").arg(output);
    bars.valueTitle = standardised ? tr("standardised coefficient (per scale unit of the input)") : tr("raw coefficient (per input unit)");
    for (qsizetype i = 0; i < shown; ++i) {
        const CoefficientTable::Row &row = m_model->rows()[size_t(i)];
        bars.labels.append(row.feature);
        bars.values.push_back(CoefficientTableModel::shown(row, standardised));
        QString tip = tr("%1\nstandardised %2, raw %3").arg(row.feature, DesignMap::number(row.standardised), DesignMap::number(row.raw));
        if (m_coefficients->isLogistic())
            tip += tr("\nodds ratio %1 per input unit, %2 per scale unit")
                       .arg(DesignMap::number(row.oddsRatio), DesignMap::number(row.standardisedOddsRatio));
        bars.toolTips.append(tip);
    }
    m_plot->setBars(std::move(bars));
    for (const CoefficientTable::Intercept &intercept : m_coefficients->intercepts())
        if (intercept.output == output)
            m_intercept->setText(tr("On the %1: intercept %2 (raw %3)%4")
                                     .arg(ExplanationText::scale(m_coefficients->scale(), output), DesignMap::number(intercept.standardised),
                                          DesignMap::number(intercept.raw),
                                          m_coefficients->isLogistic() ? tr("; hover a bar for its odds ratio") : QString()));
}

} // namespace streamml::view
