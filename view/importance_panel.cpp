#include "view/importance_panel.h"

#include "model/evaluation/explain/design_map.h"
#include "view/heatmap_data.h"
#include "view/heatmap_plot.h"
#include "view/ranked_bar_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace streamml::view {

namespace {
using model::evaluation::explain::FeatureImportance;

constexpr qsizetype maxLabelledVersions = 14;

/// Each feature's share of the version's total importance; negative importance counts as none.
QMap<QString, double> shares(const std::vector<FeatureImportance> &values)
{
    double total = 0;
    for (const FeatureImportance &v : values)
        total += std::max(0.0, v.value);
    QMap<QString, double> result;
    for (const FeatureImportance &v : values)
        result.insert(v.feature, total > 0 ? std::max(0.0, v.value) / total : 0.0);
    return result;
}
} // namespace

ImportancePanel::ImportancePanel(QWidget *parent)
    : QWidget(parent)
    , m_shap(new RankedBarPlot(this))
    , m_permutation(new RankedBarPlot(this))
    , m_historyMethod(new QComboBox(this))
    , m_history(new HeatmapPlot(this))
{
    m_shap->setObjectName(QStringLiteral("shapImportancePlot"));
    m_permutation->setObjectName(QStringLiteral("permutationImportancePlot"));
    m_history->setObjectName(QStringLiteral("importanceHistory"));
    m_historyMethod->setObjectName(QStringLiteral("importanceHistoryCombo"));
    m_historyMethod->addItem(tr("mean |SHAP|"), true);
    m_historyMethod->addItem(tr("permutation importance"), false);

    auto *bars = new QSplitter(Qt::Vertical, this);
    bars->addWidget(m_shap);
    bars->addWidget(m_permutation);
    auto *historyHost = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyHost);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Over versions:"), historyHost));
    chooser->addWidget(m_historyMethod);
    chooser->addStretch(1);
    chooser->addWidget(new QLabel(tr("Click a column to explain that version."), historyHost));
    historyLayout->addLayout(chooser);
    historyLayout->addWidget(m_history, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(bars);
    splitter->addWidget(historyHost);
    splitter->setSizes({450, 550});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_historyMethod, &QComboBox::currentIndexChanged, this, &ImportancePanel::showHistory);
    connect(m_history, &HeatmapPlot::cellClicked, this, [this](int column, int) {
        if (column < m_importance.size())
            Q_EMIT versionClicked(m_importance.keys().at(column));
    });
    setVersion(-1);
}

void ImportancePanel::setOverview(const InterpretationOverview &overview)
{
    m_importance = overview.importance;
    showHistory();
}

RankedBars ImportancePanel::bars(const std::vector<FeatureImportance> &values, const QString &title, const QString &valueTitle) const
{
    RankedBars result;
    result.title = title;
    result.valueTitle = valueTitle;
    for (const FeatureImportance &v : values) {
        if (result.labels.size() == shownFeatures)
            break;
        result.labels.append(v.feature);
        result.values.push_back(v.value);
        result.toolTips.append(tr("%1: %2").arg(v.feature, model::evaluation::explain::DesignMap::number(v.value)));
    }
    return result;
}

void ImportancePanel::setVersion(int version)
{
    m_version = version;
    const QString of = version >= 0 ? tr(" of v%1").arg(version) : QString();
    const QString shapTitle = tr("Mean |SHAP|%1").arg(of);
    const QString permutationTitle = tr("Permutation importance%1").arg(of);
    const auto it = m_importance.constFind(version);
    if (it == m_importance.constEnd() || it->meanAbsShap.empty())
        m_shap->showMessage(shapTitle, tr("No mean |SHAP| stored for this version"));
    else
        m_shap->setBars(bars(it->meanAbsShap, shapTitle, tr("mean |SHAP| over rows of its newest training batch")));
    if (it == m_importance.constEnd() || it->permutation.empty())
        m_permutation->showMessage(permutationTitle, tr("No permutation importance stored for this version"));
    else
        m_permutation->setBars(bars(it->permutation, permutationTitle, tr("drop of the deciding metric when the feature is shuffled")));
    showHistory();
}

void ImportancePanel::showHistory()
{
    const bool shap = m_historyMethod->currentData().toBool();
    if (m_importance.isEmpty()) {
        m_history->showMessage(tr("Importance over versions"), tr("No version has stored importance yet"));
        return;
    }
    m_history->setData(history(shap));
}

HeatmapData ImportancePanel::history(bool shap) const
{
    std::vector<QMap<QString, double>> perVersion;
    QMap<QString, double> summed;
    for (const InterpretationOverview::Importance &importance : m_importance) {
        perVersion.push_back(shares(shap ? importance.meanAbsShap : importance.permutation));
        for (auto it = perVersion.back().cbegin(); it != perVersion.back().cend(); ++it)
            summed[it.key()] += it.value();
    }
    // The features that mattered most over all versions, the most important on top.
    QStringList features = summed.keys();
    std::stable_sort(features.begin(), features.end(), [&](const QString &a, const QString &b) { return summed.value(a) > summed.value(b); });
    features = features.mid(0, shownFeatures);
    HeatmapData cells;
    cells.values.setConstant(Eigen::Index(features.size()), Eigen::Index(perVersion.size()), std::nan(""));
    for (qsizetype row = 0; row < features.size(); ++row) {
        const QString &feature = features.at(features.size() - 1 - row);
        cells.yLabels.append(feature);
        for (size_t column = 0; column < perVersion.size(); ++column)
            if (perVersion[column].contains(feature))
                cells.values(Eigen::Index(row), Eigen::Index(column)) = perVersion[column].value(feature);
    }
    // Every version's column labelled while they fit; beyond that every n-th, and always the shown one.
    const QList<int> versions = m_importance.keys();
    const qsizetype step = (versions.size() + maxLabelledVersions - 1) / maxLabelledVersions;
    for (qsizetype column = 0; column < versions.size(); ++column) {
        const bool shown = versions.at(column) == m_version;
        cells.xLabels.append(column % step == 0 || shown ? QString::number(versions.at(column)) : QString());
        for (qsizetype row = 0; shown && row < features.size(); ++row)
            cells.marked.emplace_back(int(column), int(row));
    }
    cells.markLabel = tr("v%1, the version shown").arg(m_version);
    cells.high = std::max(0.05, cells.values.array().isNaN().select(0.0, cells.values).maxCoeff());
    cells.palette = HeatmapData::Palette::Sequential;
    cells.title = tr("Each feature's share of a version's %1 (grey: not stored)").arg(shap ? tr("mean |SHAP|") : tr("permutation importance"));
    cells.xTitle = tr("version");
    cells.scaleTitle = tr("share");
    return cells;
}

} // namespace streamml::view
