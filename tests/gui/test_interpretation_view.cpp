#include "controller/gui/main_controller.h"
#include "model/core/progress_sink.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/pipeline/pipeline.h"
#include "model/registry/model_package.h"
#include "model/registry/model_registry.h"
#include "model/settings/store_settings.h"
#include "model/settings/validation_settings.h"
#include "model/store/batch_store.h"
#include "model/store/database.h"
#include "model/store/learning_store.h"
#include "model/store/raw_row_store.h"
#include "tests/gui/screenshot.h"
#include "tests/support/shipped_data.h"
#include "tests/support/temp_workspace.h"
#include "tests/support/test_paths.h"
#include "view/interpretation_view.h"
#include "view/main_window.h"
#include "view/neighbour_table_model.h"
#include "view/reason_stack.h"
#include "view/tree_diagram_view.h"
#include "view/tree_node_item.h"
#include "view/tree_panel.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>
#include <algorithm>
#include <limits>
#include <qcustomplot.h>
#include <set>

using namespace streamml;
using model::evaluation::explain::CoefficientTable;
using model::evaluation::explain::DesignMap;
using model::evaluation::explain::ModelExplainer;
using model::evaluation::explain::TreeDiagram;
using streamml::tests::TempWorkspace;
using streamml::tests::TestPaths;

namespace {

constexpr int explainTimeoutMs = 30000;

/// What the test reads of a workspace on its own connection, beside the window's.
struct Workspace
{
    explicit Workspace(const model::settings::Settings &settings)
        : seed(model::settings::ValidationSettings::from(settings).seed)
        , db(model::settings::StoreSettings::from(settings, settings.path(QStringLiteral("workspace"), QStringLiteral("path"))))
    {
    }

    model::registry::ModelVersion version(int number) { return *model::registry::ModelRegistry(db).find(number); }

    std::shared_ptr<const model::registry::TrainedModel> model(int number)
    {
        return std::make_shared<const model::registry::TrainedModel>(model::registry::ModelPackage::read(version(number).file).model);
    }

    /// An explainer over the version's training rows with the run's seed, as the view builds it.
    ModelExplainer explainer(int number)
    {
        model::evaluation::explain::ExplainOptions options;
        options.seed = seed;
        options.sampling.seed = seed;
        return ModelExplainer(model(number), model::store::RawRowStore(db).load(version(number).trainedOn), options);
    }

    int latest(const QString &family)
    {
        int found = -1;
        for (const auto &v : model::registry::ModelRegistry(db).list())
            if (v.family == family)
                found = v.version;
        return found;
    }

    qint64 newestBatch() { return model::store::BatchStore(db).list().back().id; }

    quint32 seed;
    model::store::Database db;
};

/// The model's own output for one row on the explained scale: a probability, or log-odds.
double predicted(const model::registry::TrainedModel &model, const model::data::Table &rows, qsizetype row, bool logOdds)
{
    const double p = model.predict(rows.slice(row, 1)).probabilities(0, 1);
    return logOdds ? std::log(p / (1 - p)) : p;
}

QCustomPlot *plotOf(const QWidget &root, const char *name)
{
    auto *host = root.findChild<QWidget *>(QString::fromLatin1(name));
    if (!host)
        qFatal("no widget %s", name);
    return host->findChild<QCustomPlot *>();
}

/// The waterfall's bars bottom to top, as (open, close).
std::vector<std::pair<double, double>> waterfallBars(const QWidget &root)
{
    QCustomPlot *plot = plotOf(root, "waterfallPlot");
    std::vector<std::pair<double, double>> bars;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *financial = qobject_cast<QCPFinancial *>(plot->plottable(i)))
            for (auto it = financial->data()->constBegin(); it != financial->data()->constEnd(); ++it)
                bars.emplace_back(it->open, it->close);
    return bars;
}

double contributionSum(const std::vector<std::pair<double, double>> &bars)
{
    double sum = 0;
    for (const auto &[open, close] : bars)
        sum += close - open;
    return sum;
}

/// A bar plot's values top to bottom, whichever series (raising or lowering) holds them.
std::vector<double> barValues(const QWidget &root, const char *name)
{
    QCustomPlot *plot = plotOf(root, name);
    std::vector<std::pair<double, double>> keyed;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(i)))
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                keyed.emplace_back(it->key, it->value);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<double> values;
    for (const auto &[key, value] : keyed)
        values.push_back(value);
    return values;
}

/// The coefficients of the table's first output, largest magnitude first in the given unit.
std::vector<CoefficientTable::Row> ranked(const CoefficientTable &table, bool standardised)
{
    std::vector<CoefficientTable::Row> rows;
    for (const CoefficientTable::Row &row : table.rows())
        if (row.output == table.intercepts().front().output)
            rows.push_back(row);
    const auto value = [standardised](const CoefficientTable::Row &row) { return std::abs(standardised ? row.standardised : row.raw); };
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) { return value(a) > value(b); });
    return rows;
}

std::vector<double> topValues(const std::vector<CoefficientTable::Row> &rows, bool standardised, size_t count)
{
    std::vector<double> values;
    for (size_t i = 0; i < std::min(count, rows.size()); ++i)
        values.push_back(standardised ? rows[i].standardised : rows[i].raw);
    return values;
}

QCPColorMap *colorMapOf(QCustomPlot *plot)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *map = qobject_cast<QCPColorMap *>(plot->plottable(i)))
            return map;
    qFatal("no colour map");
}

QList<view::TreeNodeItem *> nodeItems(const view::TreeDiagramView &tree)
{
    QList<view::TreeNodeItem *> items;
    for (QGraphicsItem *item : tree.scene()->items())
        if (auto *node = qgraphicsitem_cast<view::TreeNodeItem *>(item))
            items.append(node);
    return items;
}

int countAtMostDepth(const TreeDiagram &diagram, int depth)
{
    return int(std::count_if(diagram.nodes().begin(), diagram.nodes().end(), [depth](const TreeDiagram::Node &n) { return n.depth <= depth; }));
}

/// Nodes strictly below `node`.
int countBelow(const TreeDiagram &diagram, int node)
{
    const TreeDiagram::Node &n = diagram.nodes()[size_t(node)];
    return n.isLeaf() ? 0 : 2 + countBelow(diagram, n.left) + countBelow(diagram, n.right);
}

/// Of the batch's first rows, the one whose path through the tree is shortest.
qsizetype shallowestRow(const ModelExplainer &explainer, const model::data::Table &rows)
{
    qsizetype best = 0;
    size_t shortest = std::numeric_limits<size_t>::max();
    for (qsizetype row = 0; row < std::min<qsizetype>(rows.rowCount(), 100); ++row) {
        const size_t length = explainer.explain(rows, row).path->nodes().size();
        if (length < shortest) {
            best = row;
            shortest = length;
        }
    }
    return best;
}

bool waitForRow(view::InterpretationView &view, qsizetype row, qint64 batchId)
{
    auto *summary = view.findChild<QLabel *>(QStringLiteral("interpretationSummary"));
    const QString expected = QStringLiteral("Row %1 of batch %2").arg(row + 1).arg(batchId);
    return QTest::qWaitFor([&] { return summary->text().startsWith(expected); }, explainTimeoutMs);
}

void clickNode(view::TreeDiagramView &tree, int node)
{
    for (view::TreeNodeItem *item : nodeItems(tree))
        if (item->nodeId() == node) {
            const QPoint at = tree.mapFromScene(item->mapToScene(0, view::TreeNodeItem::height / 2));
            QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, at);
            return;
        }
    qFatal("node %d is not drawn", node);
}

} // namespace

/// The Interpretation view offscreen, on the shipped stream with a logistic champion and decision-tree
/// fallbacks, and on a kNN stream: what it draws for the chosen version and row, checked against the
/// model's own tree, path, coefficients, predictions and neighbours.
class TestInterpretationView : public QObject
{
    Q_OBJECT

private:
    TempWorkspace m_shippedDir;
    TempWorkspace m_knnDir;
    model::settings::Settings m_shipped = model::settings::Settings::defaults(QDir::tempPath());
    model::settings::Settings m_knn = model::settings::Settings::defaults(QDir::tempPath());

private Q_SLOTS:
    void initTestCase()
    {
        // A logistic champion for certain, and decision trees as the fallbacks ([models] fallback).
        m_shipped = streamml::tests::ShippedData::settings(m_shippedDir.path(QStringLiteral("workspace")), QStringLiteral("logistic_regression"));
        auto report = model::pipeline::Pipeline(m_shipped).update(-1, model::core::ProgressSink::none());
        QVERIFY2(report.ok, qPrintable(report.error));
        // Three batches are enough for a kNN champion with a large decision-tree fallback.
        m_knn = streamml::tests::ShippedData::settings(m_knnDir.path(QStringLiteral("workspace")), QStringLiteral("knn"));
        report = model::pipeline::Pipeline(m_knn).update(3, model::core::ProgressSink::none());
        QVERIFY2(report.ok, qPrintable(report.error));
    }

    void linearChampionShowsCoefficientsWaterfallAndImportance()
    {
        Workspace ws(m_shipped);
        const int champion = *model::registry::ModelRegistry(ws.db).alias(QStringLiteral("champion"));
        QCOMPARE(ws.version(champion).family, QStringLiteral("logistic_regression"));
        view::MainWindow window;
        controller::gui::MainController controller(m_shipped, window);
        window.showPage(QStringLiteral("Interpretation"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::InterpretationView *view = window.interpretationView();

        // The champion, the newest batch and its first row by default.
        QCOMPARE(view->selectedVersion(), champion);
        const qint64 batchId = ws.newestBatch();
        QCOMPARE(view->selectedBatch(), batchId);
        QCOMPARE(view->selectedRow(), 0);
        QVERIFY(waitForRow(*view, 0, batchId));

        const ModelExplainer own = ws.explainer(champion);
        const CoefficientTable &coefficients = *own.coefficients();
        QVERIFY(coefficients.isLogistic());
        QCOMPARE(barValues(*view, "coefficientPlot"), topValues(ranked(coefficients, true), true, 20));
        auto *table = view->findChild<QTableView *>(QStringLiteral("coefficientTable"));
        QCOMPARE(table->model()->rowCount(), int(coefficients.rows().size())); // one output: every coefficient
        view->findChild<QRadioButton *>(QStringLiteral("rawButton"))->click();
        const auto byRaw = ranked(coefficients, false);
        QCOMPARE(barValues(*view, "coefficientPlot"), topValues(byRaw, false, 20));
        // Odds ratios per input unit beside the raw coefficients: exp(raw).
        QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("odds ratio"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), byRaw.front().feature);
        QCOMPARE(table->model()->index(0, 3).data().toString(), DesignMap::number(std::exp(byRaw.front().raw)));

        // From the base value the first bar starts at, the contributions add up to the model's own
        // log-odds for the row (the base itself depends on the background rows drawn).
        const model::data::Table rows = model::store::RawRowStore(ws.db).load(batchId);
        const auto bars = waterfallBars(*view);
        QCOMPARE(int(bars.size()), int(own.design().inputs().size())); // ten inputs: none pooled
        const double prediction = predicted(*ws.model(champion), rows, 0, true);
        QVERIFY(std::abs(contributionSum(bars) - (prediction - bars.front().first)) < 1e-9);

        // A linear model has neither a tree nor neighbours; each panel says why.
        QVERIFY(view->findChild<view::ReasonStack *>(QStringLiteral("treePanel"))->reason().contains(QStringLiteral("logistic_regression")));
        QVERIFY(view->findChild<view::ReasonStack *>(QStringLiteral("neighbourPanel"))->showsReason());

        // Stored importance of the champion, and its share over every version.
        const auto stored = model::store::LearningStore(ws.db).importance(champion, QStringLiteral("mean_abs_shap"));
        std::vector<double> expected;
        for (const auto &[feature, value] : stored)
            expected.push_back(value);
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(barValues(*view, "shapImportancePlot"), expected);
        QCOMPARE(int(barValues(*view, "permutationImportancePlot").size()),
                 int(model::store::LearningStore(ws.db).importance(champion, QStringLiteral("permutation")).size()));
        const QCPColorMap *history = colorMapOf(plotOf(*view, "importanceHistory"));
        QCOMPARE(history->data()->keySize(), int(model::registry::ModelRegistry(ws.db).list().size()));
        QCOMPARE(history->data()->valueSize(), int(stored.size()));

        view->selectRow(3);
        QVERIFY(waitForRow(*view, 3, batchId));
        QVERIFY(std::abs(waterfallBars(*view).back().second - predicted(*ws.model(champion), rows, 3, true)) < 1e-9);

        view->findChild<QRadioButton *>(QStringLiteral("standardisedButton"))->click();
        view->findChild<QTabWidget *>(QStringLiteral("interpretationTabs"))->setCurrentIndex(1);
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("interpretation_coefficients.png")));
    }

    void treeVersionIsDrawnCollapsedAndHighlightsThePath()
    {
        Workspace ws(m_shipped);
        const int tree = ws.latest(QStringLiteral("decision_tree"));
        QVERIFY(tree > 0);
        view::MainWindow window;
        controller::gui::MainController controller(m_shipped, window);
        window.showPage(QStringLiteral("Interpretation"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::InterpretationView *view = window.interpretationView();
        const qint64 batchId = ws.newestBatch();
        view->selectVersion(tree);
        const qsizetype row = 2;
        view->selectRow(row);
        QVERIFY(waitForRow(*view, row, batchId));

        const ModelExplainer own = ws.explainer(tree);
        const TreeDiagram &diagram = *own.treeDiagram();
        view::TreeDiagramView *drawn = view->treePanel()->diagramView();
        QCOMPARE(int(nodeItems(*drawn).size()), countAtMostDepth(diagram, view::TreeDiagramView::initialDepth));
        QCOMPARE(int(nodeItems(*drawn).size()), int(drawn->visibleNodes().size()));

        // A click on an expanded node hides its subtree; another brings it back.
        const int node = diagram.nodes()[0].left;
        QVERIFY(!diagram.nodes()[size_t(node)].isLeaf());
        const int before = int(nodeItems(*drawn).size());
        const int hidden = int(std::count_if(diagram.nodes().begin(), diagram.nodes().end(), [&](const TreeDiagram::Node &n) {
            int up = n.parent;
            while (up >= 0 && up != node)
                up = diagram.nodes()[size_t(up)].parent;
            return up == node && n.depth <= view::TreeDiagramView::initialDepth;
        }));
        clickNode(*drawn, node);
        QCOMPARE(int(nodeItems(*drawn).size()), before - hidden);
        for (const view::TreeNodeItem *item : nodeItems(*drawn))
            if (item->nodeId() == node)
                QVERIFY(item->isCollapsed());
        clickNode(*drawn, node);
        QCOMPARE(int(nodeItems(*drawn).size()), before);

        // The outlined path is the model's own decision path for the row.
        const model::data::Table rows = model::store::RawRowStore(ws.db).load(batchId);
        const std::vector<int> path = own.explain(rows, row).path->nodes();
        view->findChild<QToolButton *>(QStringLiteral("treeExpandPathButton"))->click();
        QCOMPARE(drawn->highlightedNodes(), path);
        std::set<int> outlined;
        for (const view::TreeNodeItem *item : nodeItems(*drawn))
            if (item->isOnPath())
                outlined.insert(item->nodeId());
        QCOMPARE(outlined, std::set<int>(path.begin(), path.end()));

        // TreeSHAP: from the tree's expected probability to the model's own probability for the row.
        const auto bars = waterfallBars(*view);
        const double prediction = predicted(*ws.model(tree), rows, row, false);
        const double root = diagram.nodes()[0].value[1] / (diagram.nodes()[0].value[0] + diagram.nodes()[0].value[1]);
        QVERIFY(std::abs(contributionSum(bars) - (prediction - root)) < 1e-9);
        QVERIFY(std::abs(bars.front().first - root) < 1e-9);

        // Zoom by button, back to the whole tree by Fit.
        const double fitted = drawn->transform().m11();
        view->findChild<QToolButton *>(QStringLiteral("treeZoomInButton"))->click();
        QVERIFY(std::abs(drawn->transform().m11() - fitted * 1.25) < 1e-9);
        view->findChild<QToolButton *>(QStringLiteral("treeFitButton"))->click();
        QVERIFY(drawn->mapFromScene(drawn->sceneRect()).boundingRect().width() <= drawn->viewport()->width() + 1);

        auto *colour = view->findChild<QComboBox *>(QStringLiteral("treeColourCombo"));
        QCOMPARE(colour->count(), 1 + int(diagram.classLabels().size()));
        auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("interpretationTabs"));
        tabs->setCurrentIndex(0);
        // The opening drawing, with a row whose path ends near the root.
        const qsizetype shallow = shallowestRow(own, rows);
        view->selectRow(shallow);
        QVERIFY(waitForRow(*view, shallow, batchId));
        view->findChild<QToolButton *>(QStringLiteral("treeCollapseButton"))->click();
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("interpretation_tree.png")));
        tabs->setCurrentIndex(2);
        QVERIFY(streamml::tests::Screenshot::save(window, QStringLiteral("interpretation_shap.png")));
    }

    void knnChampionListsItsNeighboursAndLargeTreesOpenCollapsed()
    {
        Workspace ws(m_knn);
        const int champion = *model::registry::ModelRegistry(ws.db).alias(QStringLiteral("champion"));
        QCOMPARE(ws.version(champion).family, QStringLiteral("knn"));
        view::MainWindow window;
        controller::gui::MainController controller(m_knn, window);
        window.showPage(QStringLiteral("Interpretation"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view::InterpretationView *view = window.interpretationView();
        const qint64 batchId = ws.newestBatch();
        QVERIFY(waitForRow(*view, 0, batchId));

        const int k = ws.version(champion).hyperparameters.value(QStringLiteral("n_neighbors")).toInt();
        auto *neighbours = view->findChild<QTableView *>(QStringLiteral("neighbourTable"));
        QCOMPARE(neighbours->model()->rowCount(), k);
        // Every neighbour names a batch the champion was trained on.
        const std::vector<qint64> &trainedOn = ws.version(champion).trainedOn;
        QVERIFY(!neighbours->isColumnHidden(view::NeighbourTableModel::batchColumn()));
        for (int r = 0; r < k; ++r) {
            const qint64 source = neighbours->model()->index(r, view::NeighbourTableModel::batchColumn()).data().toLongLong();
            QVERIFY2(std::find(trainedOn.begin(), trainedOn.end(), source) != trainedOn.end(), qPrintable(QString::number(source)));
        }
        QVERIFY(!view->findChild<view::ReasonStack *>(QStringLiteral("neighbourPanel"))->showsReason());
        QVERIFY(view->findChild<view::ReasonStack *>(QStringLiteral("coefficientPanel"))->showsReason());
        const model::data::Table rows = model::store::RawRowStore(ws.db).load(batchId);
        const auto bars = waterfallBars(*view);
        QVERIFY(std::abs(bars.front().first + contributionSum(bars) - predicted(*ws.model(champion), rows, 0, false)) < 1e-9);

        // A tree of hundreds of nodes opens collapsed below the initial depth, fitted to the view.
        const int tree = ws.latest(QStringLiteral("decision_tree"));
        view->selectVersion(tree);
        QVERIFY(waitForRow(*view, 0, batchId));
        const ModelExplainer own = ws.explainer(tree);
        const TreeDiagram &diagram = *own.treeDiagram();
        QVERIFY(diagram.nodes().size() > 100);
        view::TreeDiagramView *drawn = view->treePanel()->diagramView();
        QCOMPARE(int(nodeItems(*drawn).size()), countAtMostDepth(diagram, view::TreeDiagramView::initialDepth));
        int hiddenBelow = 0;
        for (const view::TreeNodeItem *item : nodeItems(*drawn))
            if (item->isCollapsed())
                hiddenBelow += countBelow(diagram, item->nodeId());
        QCOMPARE(int(nodeItems(*drawn).size()) + hiddenBelow, int(diagram.nodes().size()));
        QVERIFY(view->findChild<view::ReasonStack *>(QStringLiteral("neighbourPanel"))->showsReason());
    }

    void emptyWorkspaceSaysWhyPanelsAreEmpty()
    {
        TempWorkspace dir;
        view::MainWindow window;
        controller::gui::MainController controller(streamml::tests::ShippedData::settings(dir.path(QStringLiteral("workspace"))), window);
        view::InterpretationView *view = window.interpretationView();
        QCOMPARE(view->selectedVersion(), -1);
        QCOMPARE(view->selectedRow(), -1);
        for (const char *panel : {"treePanel", "coefficientPanel", "neighbourPanel"})
            QVERIFY(view->findChild<view::ReasonStack *>(QString::fromLatin1(panel))->reason().startsWith(QStringLiteral("No model version yet")));
    }
};

QTEST_MAIN(TestInterpretationView)
#include "test_interpretation_view.moc"
