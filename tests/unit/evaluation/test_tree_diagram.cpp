#include "model/core/error.h"
#include "model/evaluation/explain/decision_path.h"
#include "model/evaluation/explain/design_map.h"
#include "model/evaluation/explain/dot_exporter.h"
#include "model/evaluation/explain/model_explainer.h"
#include "model/evaluation/explain/tree_diagram.h"
#include "model/learners/decision_tree.h"
#include "model/learners/hoeffding_tree.h"
#include "tests/unit/evaluation/explain_fixtures.h"

#include <QRegularExpression>
#include <QtTest>
#include <cmath>

using streamml::model::data::Column;
using streamml::model::data::Table;
using streamml::model::evaluation::explain::DecisionPath;
using streamml::model::evaluation::explain::DesignMap;
using streamml::model::evaluation::explain::DotExporter;
using streamml::model::evaluation::explain::ModelExplainer;
using streamml::model::evaluation::explain::TreeDiagram;
using streamml::model::learners::DecisionTree;
using streamml::model::learners::HoeffdingTree;
using streamml::model::learners::Task;
using streamml::model::prep::PrepVariant;
using streamml::tests::ExplainFixtures;

namespace {

const QStringList kFeatures{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("Phase")};
const QString kSpeed = QStringLiteral("Speed IAS in knots");

/// Speeds up to 140 knots undamaged, from 160 damaged, missing speeds damaged.
Table speedTable()
{
    std::vector<double> speed;
    std::vector<std::int32_t> damaged;
    for (int r = 0; r < 60; ++r) {
        const int step = r % 7;
        speed.push_back(step == 6 ? std::nan("") : 100.0 + 20.0 * step);
        damaged.push_back(step == 6 || speed.back() > 150.0 ? 1 : 0);
    }
    return Table({Column::numeric(kSpeed, speed),
                  Column::categorical(QStringLiteral("damage"), damaged, {QStringLiteral("none"), QStringLiteral("damaged")})});
}

/// The parsed DOT text: node ids with their labels, and edges with their labels.
struct Dot
{
    QHash<int, QString> nodes;
    QList<std::tuple<int, int, QString>> edges;
};

Dot parse(const QString &text)
{
    static const QRegularExpression node(QStringLiteral("^(\\d+) \\[label=\"((?:[^\"\\\\]|\\\\.)*)\", fillcolor=\"#[0-9a-f]{6}\"\\];$"));
    static const QRegularExpression edge(QStringLiteral("^(\\d+) -> (\\d+) \\[label=\"(yes|no)(, missing)?\"\\];$"));
    Dot dot;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const auto m = node.match(line); m.hasMatch())
            dot.nodes.insert(m.captured(1).toInt(), m.captured(2));
        else if (const auto e = edge.match(line); e.hasMatch())
            dot.edges.append({e.captured(1).toInt(), e.captured(2).toInt(), e.captured(3) + e.captured(4)});
    }
    return dot;
}

void checkDot(const TreeDiagram &diagram)
{
    const QString text = DotExporter::toDot(diagram);
    QVERIFY(text.startsWith(QStringLiteral("digraph Tree {\n")));
    QVERIFY(text.endsWith(QStringLiteral("}\n")));
    const Dot dot = parse(text);
    QCOMPARE(dot.nodes.size(), qsizetype(diagram.nodes().size()));
    QCOMPARE(dot.edges.size(), qsizetype(diagram.nodes().size()) - 1);
    QHash<int, int> heads;
    QHash<int, int> missing;
    for (const auto &[from, to, label] : dot.edges) {
        ++heads[to];
        const TreeDiagram::Node &parent = diagram.nodes()[size_t(from)];
        QCOMPARE(to, label.startsWith(QStringLiteral("yes")) ? parent.left : parent.right);
        if (label.endsWith(QStringLiteral("missing"))) {
            ++missing[from];
            QCOMPARE(to, parent.missingGoesLeft ? parent.left : parent.right);
        }
    }
    for (const TreeDiagram::Node &node : diagram.nodes()) {
        QCOMPARE(heads.value(node.id), node.id == 0 ? 0 : 1);
        const QString label = dot.nodes.value(node.id);
        QVERIFY(label.contains(QStringLiteral("samples = %1").arg(node.samples)));
        if (!node.isLeaf()) {
            QCOMPARE(missing.value(node.id), 1);
            QVERIFY2(label.startsWith(QString(node.condition).replace(QLatin1Char('"'), QStringLiteral("\\\""))), qPrintable(label));
        }
        QCOMPARE(label.contains(QStringLiteral("class = ")), diagram.task() == Task::Classification);
    }
}

} // namespace

/// Trees as data for drawing, their DOT text, readable decision paths, and the design map's texts.
class TestTreeDiagram : public QObject
{
    Q_OBJECT

private slots:
    void decisionPathReadsInInputTerms()
    {
        const Table table = speedTable();
        const auto model = ExplainFixtures::train(QStringLiteral("decision_tree"), {}, PrepVariant::tree(), table, {kSpeed},
                                                  QStringLiteral("damage"), Task::Classification);
        const ModelExplainer explainer(model, table);
        QVERIFY(explainer.treeDiagram().has_value());
        const TreeDiagram &diagram = *explainer.treeDiagram();
        QCOMPARE(diagram.nodes().size(), size_t(3));
        QCOMPARE(diagram.nodes()[0].condition, QStringLiteral("Speed IAS in knots <= 150"));
        QCOMPARE(diagram.nodes()[0].featureName, kSpeed);
        QCOMPARE(diagram.nodes()[1].parent, 0);

        const auto slow = explainer.explain(table, 1); // 120 knots
        QVERIFY(slow.path.has_value());
        QCOMPARE(int(slow.path->steps().size()), 1);
        QCOMPARE(slow.path->steps()[0].text, QStringLiteral("Speed IAS in knots <= 150 (value 120) → left"));
        QCOMPARE(slow.path->outcome(), QStringLiteral("leaf 1 → none (100% of 27 training samples)"));
        QCOMPARE(slow.path->nodes(), (std::vector<int>{0, 1}));

        const auto unknown = explainer.explain(table, 6); // missing speed
        const DecisionPath::Step &step = unknown.path->steps()[0];
        QVERIFY(step.missing);
        QVERIFY(!step.wentLeft);
        QCOMPARE(step.text, QStringLiteral("Speed IAS in knots <= 150 (value missing) → right, where missing values go"));
        QCOMPARE(unknown.path->leaf(), 2);
        QCOMPARE(unknown.waterfall.output, QStringLiteral("none")); // class 1 of ("damaged", "none")
    }

    void pathFollowsTheTree()
    {
        const Table table = ExplainFixtures::synthetic(800, 191);
        const auto model = ExplainFixtures::train(QStringLiteral("decision_tree"), {{"max_depth", 6}}, PrepVariant::tree(), table,
                                                  kFeatures, QStringLiteral("kind"), Task::Classification);
        const auto &tree = dynamic_cast<const DecisionTree &>(model->learner());
        const DesignMap design = DesignMap::of(model->preprocessor());
        const TreeDiagram diagram = TreeDiagram::of(tree, design, model->targetEncoder().classLabels());
        const Eigen::MatrixXd x = model->design(table);
        for (Eigen::Index r = 0; r < 100; ++r) {
            const DecisionPath path = DecisionPath::read(diagram, design, x.row(r));
            QCOMPARE(path.nodes(), tree.decisionPath(x, r));
            for (const DecisionPath::Step &step : path.steps()) {
                QVERIFY(step.text.startsWith(step.condition + QStringLiteral(" (value ") + step.value + QStringLiteral(") → ")));
                QVERIFY(step.text.contains(step.wentLeft ? QStringLiteral("→ left") : QStringLiteral("→ right")));
            }
            QCOMPARE(diagram.nodes()[size_t(path.leaf())].predictedClass, int(tree.predict(x.middleRows(r, 1))[0]));
        }
    }

    void dotTextParses_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<Task>("task");
        QTest::newRow("three classes") << "kind" << Task::Classification;
        QTest::newRow("regression") << "y" << Task::Regression;
    }
    void dotTextParses()
    {
        QFETCH(QString, target);
        QFETCH(Task, task);
        Table table = ExplainFixtures::synthetic(600, 201);
        // Missing values in a, so splits learn a side for them.
        std::vector<double> a = table.column(QStringLiteral("a")).numbers();
        for (size_t r = 0; r < a.size(); r += 5)
            a[r] = std::nan("");
        table.replaceColumn(table.indexOf(QStringLiteral("a")), Column::numeric(QStringLiteral("a"), a));
        const auto model = ExplainFixtures::train(QStringLiteral("decision_tree"), {{"max_depth", 5}}, PrepVariant::tree(), table,
                                                  kFeatures, target, task);
        const TreeDiagram diagram = TreeDiagram::of(dynamic_cast<const DecisionTree &>(model->learner()),
                                                    DesignMap::of(model->preprocessor()), model->targetEncoder().classLabels());
        QVERIFY(diagram.nodes().size() > 15);
        QCOMPARE(diagram.criterion(), task == Task::Classification ? QStringLiteral("gini") : QStringLiteral("squared_error"));
        checkDot(diagram);
    }

    void hoeffdingTreeDraws()
    {
        const Table table = ExplainFixtures::synthetic(6000, 211);
        const auto model = ExplainFixtures::train(QStringLiteral("hoeffding_tree"), {}, PrepVariant::linear(), table, kFeatures,
                                                  QStringLiteral("label"), Task::Classification);
        const auto &tree = dynamic_cast<const HoeffdingTree &>(model->learner());
        const TreeDiagram diagram = TreeDiagram::of(tree, DesignMap::of(model->preprocessor()), model->targetEncoder().classLabels());
        QCOMPARE(diagram.nodes().size(), tree.nodes().size());
        QVERIFY(diagram.nodes().size() > 1);
        checkDot(diagram);
        const ModelExplainer explainer(model, table);
        QCOMPARE(explainer.explainer().method(), QStringLiteral("sampling_shapley"));
        const auto row = explainer.explain(table, 0);
        QVERIFY(row.path.has_value());
        const Eigen::MatrixXd x = model->design(table.slice(0, 1));
        QCOMPARE(row.path->nodes(), tree.decisionPath(x, 0));
    }

    void designMapSpeaksInInputTerms()
    {
        Table table = ExplainFixtures::synthetic(300, 221);
        std::vector<double> speed, cost;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            speed.push_back(r % 10 == 0 ? std::nan("") : 100.0 + double(r % 50));
            cost.push_back(std::exp(double(r % 40) / 4.0)); // skewed and positive: logged
        }
        table.addColumn(Column::numeric(kSpeed, speed));
        table.addColumn(Column::numeric(QStringLiteral("cost"), cost));
        const QStringList features{kSpeed, QStringLiteral("cost"), QStringLiteral("Phase")};
        const auto linear = ExplainFixtures::train(QStringLiteral("ridge_regression"), {}, PrepVariant::linear(), table, features,
                                                   QStringLiteral("y"), Task::Regression, true);
        const DesignMap map = DesignMap::of(linear->preprocessor());
        QCOMPARE(map.names(), linear->designNames());
        QCOMPARE(map.inputs(), features);
        const int logged = int(map.names().indexOf(QStringLiteral("log1p(cost)")));
        const int climb = int(map.names().indexOf(QStringLiteral("Phase=Climb")));
        const int missing = int(map.names().indexOf(kSpeed + QStringLiteral("_missing")));
        QVERIFY(logged >= 0 && climb >= 0 && missing >= 0);
        QCOMPARE(map.column(logged).input, QStringLiteral("cost"));
        QCOMPARE(map.conditionText(climb, 0.5), QStringLiteral("Phase ≠ Climb"));
        QCOMPARE(map.conditionText(missing, 0.5), QStringLiteral("Speed IAS in knots is present"));
        // A threshold in standardised log units reads back in the input's own units.
        const DesignMap::Column &c = map.column(logged);
        const double designThreshold = (std::log1p(20.0) - c.center) / c.scale;
        QCOMPARE(map.conditionText(logged, designThreshold), QStringLiteral("cost <= 20"));
        // A threshold at the input's zero reads 0, whatever round-off undoing the centring leaves.
        const int speedColumn = int(map.names().indexOf(kSpeed));
        const DesignMap::Column &s = map.column(speedColumn);
        const double atZero = -s.center / s.scale;
        for (double design : {std::nextafter(atZero, -1.0e300), atZero, std::nextafter(atZero, 1.0e300)})
            QCOMPARE(map.conditionText(speedColumn, design), kSpeed + QStringLiteral(" <= 0"));

        const Eigen::MatrixXd x = linear->design(table.slice(0, 2));
        QCOMPARE(map.inputText(x.row(0), 0), QStringLiteral("missing")); // row 0 has no speed
        QCOMPARE(map.inputText(x.row(1), 0), QStringLiteral("101"));
        QCOMPARE(map.inputText(x.row(1), 2), QStringLiteral("Climb"));
        QCOMPARE(map.valueText(x.row(1), climb), QStringLiteral("Climb"));
        QCOMPARE(map.inputText(x.row(1), 1), DesignMap::number(std::exp(0.25)));

        const Eigen::MatrixXd perColumn = Eigen::MatrixXd::Ones(map.size(), 2);
        const Eigen::MatrixXd perInput = map.sumByInput(perColumn);
        QCOMPARE(perInput.rows(), Eigen::Index(3));
        QCOMPARE(perInput(0, 1), 2.0); // Speed and Speed_missing
        QCOMPARE(perInput(2, 0), double(map.groups()[2].size()));

        const auto tree = ExplainFixtures::train(QStringLiteral("decision_tree"), {}, PrepVariant::tree(), table, features,
                                                 QStringLiteral("y"), Task::Regression);
        const DesignMap ordinal = DesignMap::of(tree->preprocessor());
        const int phase = int(ordinal.names().indexOf(QStringLiteral("Phase")));
        QCOMPARE(ordinal.conditionText(phase, 0.5), QStringLiteral("Phase in {Approach}"));
        QCOMPARE(ordinal.conditionText(phase, 1.5), QStringLiteral("Phase in {Approach, Climb}"));
        QCOMPARE(ordinal.valueText(tree->design(table.slice(2, 1)).row(0), phase), QStringLiteral("Landing"));
    }

    void engineeredColumnsFoldIntoTheirInputs()
    {
        // A time column split into parts, and a categorical with many levels that gains a frequency column.
        std::vector<double> when, a;
        std::vector<std::int32_t> airport;
        QStringList airports;
        for (int level = 0; level < 40; ++level)
            airports.append(QStringLiteral("airport %1").arg(level, 2, 10, QLatin1Char('0')));
        std::vector<double> y;
        for (int r = 0; r < 400; ++r) {
            when.push_back(978307200000.0 + double(r) * 86400000.0 * 3); // from 2001-01-01, every third day
            airport.push_back(std::int32_t(r % 40));
            a.push_back(double(r % 17));
            y.push_back(a.back() + (r % 40 < 5 ? 3.0 : 0.0));
        }
        const Table table({Column::time(QStringLiteral("when"), when), Column::categorical(QStringLiteral("airport"), airport, airports),
                           Column::numeric(QStringLiteral("a"), a), Column::numeric(QStringLiteral("y"), y)});
        streamml::model::registry::ModelSpec spec{QStringLiteral("ridge_regression"), {}, PrepVariant::linear()};
        streamml::model::registry::TrainingSchema schema;
        schema.features = QStringList{QStringLiteral("airport"), QStringLiteral("a")};
        schema.target = QStringLiteral("y");
        schema.timeColumn = QStringLiteral("when");
        schema.task = Task::Regression;
        schema.featureSettings.timeParts = QStringList{QStringLiteral("month"), QStringLiteral("weekday")};
        schema.featureSettings.logAuto = false;
        const auto model = std::make_shared<const streamml::model::registry::TrainedModel>(
            streamml::model::registry::TrainedModel::train(spec, schema, table));
        QVERIFY(model->designNames().contains(QStringLiteral("airport.frequency")));
        QVERIFY(model->designNames().contains(QStringLiteral("when.month")));
        const ModelExplainer explainer(model, table);
        QCOMPARE(explainer.design().inputs(), (QStringList{QStringLiteral("airport"), QStringLiteral("a"), QStringLiteral("when")}));
        const auto row = explainer.explain(table, 31); // 2001-04-03, a Tuesday, airport 31
        QCOMPARE(row.inputs.features, explainer.design().inputs());
        QVERIFY(std::abs(row.inputs.base[0] + row.inputs.contributions.sum() - row.inputs.prediction[0]) <= 1e-9);
        QHash<QString, QString> values;
        for (const auto &step : row.waterfall.steps)
            values.insert(step.feature, step.value);
        QCOMPARE(values.value(QStringLiteral("airport")), QStringLiteral("airport 31"));
        QCOMPARE(values.value(QStringLiteral("a")), QStringLiteral("14"));
        QVERIFY2(values.value(QStringLiteral("when")).startsWith(QStringLiteral("month 4, weekday ")), qPrintable(values.value("when")));
    }
};

QTEST_GUILESS_MAIN(TestTreeDiagram)
#include "test_tree_diagram.moc"
