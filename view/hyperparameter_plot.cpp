#include "view/hyperparameter_plot.h"

#include "view/parameter_text.h"
#include "view/plot_style.h"

#include <qcustomplot.h>

namespace streamml::view {

namespace {
using model::store::LearningStore;

constexpr double laneMargin = 0.22; ///< share of a lane's height kept free above and below its line

/// Where a value sits within its lane: its share of the lane's range, on a log scale when the
/// values are positive and span more than a decade (C, alpha).
std::vector<double> positions(const std::vector<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const bool logScale = *low > 0 && *high / *low > 10;
    const auto scaled = [&](double v) { return logScale ? std::log10(v) : v; };
    const double from = scaled(*low);
    const double span = scaled(*high) - from;
    std::vector<double> result;
    for (double v : values)
        result.push_back(span > 0 ? (scaled(v) - from) / span : 0.5);
    return result;
}
} // namespace

HyperparameterPlot::HyperparameterPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(PlotStyle::create(this))
{
}

void HyperparameterPlot::showMessage(const QString &message)
{
    m_current = nullptr;
    PlotStyle::setTitle(*m_plot, tr("Hyper-parameters each search chose"));
    PlotStyle::showMessage(*m_plot, message);
}

void HyperparameterPlot::setSearches(const std::vector<LearningStore::SearchRow> &chosen, const std::vector<qint64> &batchIds)
{
    if (chosen.empty()) {
        showMessage(tr("No search has run yet"));
        return;
    }
    PlotStyle::clear(*m_plot);
    PlotStyle::setTitle(*m_plot, tr("Hyper-parameters each search chose"));
    m_families.clear();
    for (const LearningStore::SearchRow &row : chosen)
        if (!m_families.contains(row.family))
            m_families.append(row.family);
    const std::vector<Lane> all = lanes(chosen);
    m_lastBatch = batchIds.empty() ? double(chosen.back().batchId) : double(std::max(batchIds.back(), chosen.back().batchId));
    addFamilies(chosen);
    for (size_t i = 1; i < all.size(); ++i)
        addLane(all[i], int(i));
    setAxes(all, batchIds);
    m_current = PlotStyle::addBatchMarker(*m_plot);
    PlotStyle::showLegend(*m_plot, true);
    m_plot->replot();
}

std::vector<HyperparameterPlot::Lane> HyperparameterPlot::lanes(const std::vector<LearningStore::SearchRow> &chosen)
{
    // Bottom to top: the family, the variant, then each family's hyper-parameters by name.
    std::vector<Lane> result{{{}, tr("family"), false, {}}, {{}, tr("variant"), false, {}}};
    for (const LearningStore::SearchRow &row : chosen) {
        result[0].points.emplace_back(double(row.batchId), row.family);
        result[1].points.emplace_back(double(row.batchId), ParameterText::variantName(row.variant));
        for (auto it = row.hyperparameters.begin(); it != row.hyperparameters.end(); ++it) {
            auto lane = std::find_if(result.begin(), result.end(), [&](const Lane &l) { return l.family == row.family && l.name == it.key(); });
            if (lane == result.end())
                lane = result.insert(result.end(), Lane{row.family, it.key(), true, {}});
            lane->numeric = lane->numeric && it.value().isDouble();
            lane->points.emplace_back(double(row.batchId), it.value());
        }
    }
    return result;
}

QColor HyperparameterPlot::familyColour(const QString &family) const
{
    return family.isEmpty() ? PlotStyle::thresholdColour() : PlotStyle::seriesColour(int(m_families.indexOf(family)));
}

void HyperparameterPlot::addFamilies(const std::vector<LearningStore::SearchRow> &chosen)
{
    // One graph per family on the bottom lane, so the legend names each family's colour; a change
    // of family is a dashed line across every lane.
    for (size_t i = 1; i < chosen.size(); ++i)
        if (chosen[i].family != chosen[i - 1].family) {
            auto *change = new QCPItemStraightLine(m_plot);
            change->setPen(QPen(PlotStyle::thresholdColour(), 1, Qt::DashLine));
            change->point1->setCoords(double(chosen[i].batchId), 0);
            change->point2->setCoords(double(chosen[i].batchId), 1);
        }
    for (const QString &family : m_families) {
        QVector<double> keys, values;
        for (const LearningStore::SearchRow &row : chosen)
            if (row.family == family) {
                keys.append(double(row.batchId));
                values.append(0.5);
            }
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(family);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, familyColour(family), familyColour(family), 8));
        graph->setData(keys, values, true);
    }
}

void HyperparameterPlot::addLane(const Lane &lane, int index)
{
    const QColor colour = familyColour(lane.family);
    QVector<double> keys, values;
    std::vector<double> numbers;
    for (const auto &[key, value] : lane.points)
        numbers.push_back(value.toDouble());
    const std::vector<double> shares = lane.numeric ? positions(numbers) : std::vector<double>(numbers.size(), 0.5);
    QString previous;
    for (size_t i = 0; i < lane.points.size(); ++i) {
        const double y = index + laneMargin + (1 - 2 * laneMargin) * shares[i];
        keys.append(lane.points[i].first);
        values.append(y);
        const QString text = ParameterText::value(lane.points[i].second, 3);
        if (text != previous)
            addLabel(lane.points[i].first, y, text, colour.darker(130), shares[i] <= 0.5);
        previous = text;
    }
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(lane.family.isEmpty() ? lane.name : QStringLiteral("%1 (%2)").arg(lane.name, lane.family));
    graph->setPen(QPen(colour, 1.5));
    graph->setLineStyle(lane.numeric ? QCPGraph::lsLine : QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(lane.numeric ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssDiamond, colour, colour, 6));
    graph->setData(keys, values, true);
    graph->removeFromLegend();
}

void HyperparameterPlot::addLabel(double key, double y, const QString &text, const QColor &colour, bool above)
{
    auto *label = new QCPItemText(m_plot);
    label->position->setCoords(key, y);
    // Beside the point, towards the middle of the lane and of the stream, so it stays inside the chart.
    const bool leftOfPoint = key > m_lastBatch - 2;
    label->setPositionAlignment((leftOfPoint ? Qt::AlignRight : Qt::AlignLeft) | (above ? Qt::AlignBottom : Qt::AlignTop));
    label->setPadding(QMargins(3, 2, 3, 2));
    label->setText(text);
    label->setColor(colour);
    // Readable where a family change's dashed line crosses it.
    label->setBrush(QColor(255, 255, 255, 210));
    QFont font = m_plot->font();
    font.setPointSizeF(7.5);
    label->setFont(font);
}

void HyperparameterPlot::setAxes(const std::vector<Lane> &lanes, const std::vector<qint64> &batchIds)
{
    std::vector<double> centres;
    QStringList names;
    for (size_t i = 0; i < lanes.size(); ++i) {
        centres.push_back(double(i) + 0.5);
        names.append(lanes[i].name);
        // A thin rule between lanes; the lanes have no common scale to grid.
        if (i > 0) {
            auto *rule = new QCPItemStraightLine(m_plot);
            rule->setPen(QPen(QColor(225, 225, 225), 1));
            rule->point1->setCoords(0, double(i));
            rule->point2->setCoords(1, double(i));
        }
    }
    PlotStyle::setTextTicks(*m_plot->yAxis, centres, names);
    m_plot->yAxis->setRange(0, double(lanes.size()));
    double first = lanes.front().points.front().first;
    double last = lanes.front().points.back().first;
    if (!batchIds.empty()) {
        first = std::min(first, double(batchIds.front()));
        last = std::max(last, double(batchIds.back()));
    }
    m_plot->xAxis->setRange(first - 0.5, last + 0.5);
    m_plot->xAxis->setLabel(tr("batch"));
    PlotStyle::setIntegerTicks(*m_plot->xAxis);
}

void HyperparameterPlot::setCurrentBatch(qint64 batchId)
{
    if (m_current)
        PlotStyle::placeBatchMarker(*m_current, batchId);
}

} // namespace streamml::view
