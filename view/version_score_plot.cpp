#include "view/version_score_plot.h"

#include "view/plot_style.h"

#include <QMap>
#include <algorithm>
#include <qcustomplot.h>

namespace streamml::view {

namespace {
const QString highlightLayer = QStringLiteral("highlight");
const QColor versionGrey(175, 175, 175);
constexpr double clickRadius = 10; ///< pixels around a point that still count as a click on it
} // namespace

VersionScorePlot::VersionScorePlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
{
    m_plot->addLayer(highlightLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    connect(m_plot, &QCustomPlot::mousePress, this, &VersionScorePlot::onMousePress);
}

void VersionScorePlot::showMessage(const QString &message)
{
    m_scores.clear();
    m_lines.clear();
    m_label = nullptr;
    PlotStyle::setTitle(*m_plot, tr("Each version's score on new batches"));
    PlotStyle::showMessage(*m_plot, message);
}

void VersionScorePlot::setOverview(const ModelsOverview &overview)
{
    m_scores.clear();
    std::copy_if(overview.scores.begin(), overview.scores.end(), std::back_inserter(m_scores),
                 [](const ModelsOverview::Score &s) { return !std::isnan(s.value); });
    if (m_scores.empty()) {
        showMessage(tr("No version has been scored yet: a champion is scored from the batch after its first"));
        return;
    }
    PlotStyle::clear(*m_plot);
    m_lines.clear();
    PlotStyle::setTitle(*m_plot, tr("Each version's %1 on new batches").arg(overview.metric));
    addVersionLines();
    addRole(QStringLiteral("champion"), tr("champion"));
    addRole(QStringLiteral("challenger"), tr("challenger"));
    addRole(QStringLiteral("fallback"), tr("fallback"));
    setRanges(overview);
    m_label = new QCPItemText(m_plot);
    m_label->setLayer(highlightLayer);
    m_label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_label->setPadding(QMargins(0, 0, 0, 6));
    QFont font = m_plot->font();
    font.setPointSizeF(8);
    font.setBold(true);
    m_label->setFont(font);
    PlotStyle::showLegend(*m_plot, true);
    highlight(m_highlighted);
}

void VersionScorePlot::addVersionLines()
{
    QMap<int, QPair<QVector<double>, QVector<double>>> points;
    for (const ModelsOverview::Score &s : m_scores) {
        points[s.version].first.append(double(s.batchId));
        points[s.version].second.append(s.value);
    }
    for (auto it = points.begin(); it != points.end(); ++it) {
        QCPGraph *line = m_plot->addGraph();
        line->setName(QStringLiteral("v%1").arg(it.key()));
        line->setPen(QPen(versionGrey, 1));
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, versionGrey, versionGrey, 3));
        line->setData(it->first, it->second, true);
        line->removeFromLegend();
        m_lines.insert(it.key(), line);
    }
}

void VersionScorePlot::addRole(const QString &role, const QString &name)
{
    QVector<double> keys, values;
    for (const ModelsOverview::Score &s : m_scores)
        if (s.role == role) {
            keys.append(double(s.batchId));
            values.append(s.value);
        }
    if (keys.isEmpty())
        return;
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(name);
    graph->setData(keys, values, true);
    if (role == u"champion") {
        // The champion changes version from batch to batch; its line is what served.
        graph->setPen(QPen(PlotStyle::referenceColour(), 2.5));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::referenceColour(), PlotStyle::referenceColour(), 7));
    } else {
        const QColor colour = role == u"challenger" ? PlotStyle::currentColour() : PlotStyle::thresholdColour();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(role == u"challenger" ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssSquare,
                                               QPen(colour, 2), Qt::white, 8));
    }
}

void VersionScorePlot::setRanges(const ModelsOverview &overview)
{
    const auto [low, high] = std::minmax_element(m_scores.begin(), m_scores.end(),
                                                 [](const auto &a, const auto &b) { return a.value < b.value; });
    const double span = std::max(high->value - low->value, 0.01);
    // Room above the highest point for a version's label.
    m_plot->yAxis->setRange(low->value - 0.08 * span, high->value + 0.18 * span);
    m_plot->yAxis->setLabel(overview.greaterIsBetter ? tr("%1 (higher is better)").arg(overview.metric)
                                                     : tr("%1 (lower is better)").arg(overview.metric));
    const double first = overview.batchIds.empty() ? double(m_scores.front().batchId) : double(overview.batchIds.front());
    const double last = overview.batchIds.empty() ? double(m_scores.back().batchId) : double(overview.batchIds.back());
    m_plot->xAxis->setRange(first - 0.5, last + 0.5);
    m_plot->xAxis->setLabel(tr("batch"));
    PlotStyle::setIntegerTicks(*m_plot->xAxis);
}

void VersionScorePlot::highlight(int version)
{
    m_highlighted = version;
    if (!m_label)
        return;
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        QCPGraph *line = it.value();
        const bool chosen = it.key() == version;
        const QColor colour = chosen ? QColor(20, 20, 20) : versionGrey;
        line->setPen(QPen(colour, chosen ? 2 : 1));
        line->setScatterStyle(chosen ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.8), Qt::NoBrush, 13)
                                     : QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 3));
        line->setLayer(chosen ? highlightLayer : QStringLiteral("main"));
    }
    QCPGraph *line = m_lines.value(version);
    m_label->setVisible(line != nullptr);
    if (line) {
        // The label sits over the version's last score.
        const auto last = line->data()->constEnd() - 1;
        m_label->position->setCoords(last->key, last->value);
        m_label->setText(QStringLiteral("v%1").arg(version));
    }
    m_plot->replot();
}

void VersionScorePlot::onMousePress(QMouseEvent *event)
{
    if (m_scores.empty())
        return;
    const QPointF at = event->position();
    const ModelsOverview::Score *nearest = nullptr;
    double best = clickRadius;
    for (const ModelsOverview::Score &s : m_scores) {
        const QPointF p(m_plot->xAxis->coordToPixel(double(s.batchId)), m_plot->yAxis->coordToPixel(s.value));
        const double distance = QLineF(at, p).length();
        if (distance <= best) {
            best = distance;
            nearest = &s;
        }
    }
    if (nearest)
        Q_EMIT versionClicked(nearest->version);
}

} // namespace streamml::view
