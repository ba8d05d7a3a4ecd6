#include "model/core/error.h"
#include "tests/support/shipped_data.h"
#include "model/data/table.h"
#include "model/evaluation/metrics.h"
#include "model/registry/trained_model.h"
#include "tests/support/test_paths.h"
#include "tests/unit/prep/prep_linear_fixtures.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace streamml;
using model::data::Table;
using model::evaluation::Metrics;
using model::learners::Task;
using model::registry::ModelSpec;
using model::registry::TrainedModel;
using model::registry::TrainingSchema;
using tests::PrepLinearFixtures;
using tests::TestPaths;

namespace {

const QJsonObject &fixture()
{
    static const QJsonObject root = [] {
        QFile file(TestPaths::fixture(QStringLiteral("parity/parity.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open tests/fixtures/parity/parity.json");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

QJsonObject taskAt(int task)
{
    return fixture().value(QStringLiteral("tasks")).toArray().at(task).toObject();
}

QJsonObject caseAt(int task, int index)
{
    return taskAt(task).value(QStringLiteral("cases")).toArray().at(index).toObject();
}

/// The shipped rows whose flight year lies in the fixture's range `key`, in file order.
Table rowsOfYears(const QString &key)
{
    const QJsonArray years = fixture().value(key).toArray();
    const Table &all = streamml::tests::ShippedData::table();
    const model::data::Column &time = all.column(fixture().value(QStringLiteral("time_column")).toString());
    std::vector<qsizetype> rows;
    for (qsizetype r = 0; r < all.rowCount(); ++r) {
        const int year = QDateTime::fromMSecsSinceEpoch(qint64(time.numbers()[size_t(r)]), QTimeZone::utc()).date().year();
        if (year >= years.at(0).toInt() && year <= years.at(1).toInt())
            rows.push_back(r);
    }
    return all.take(rows);
}

TrainingSchema schemaOf(const QJsonObject &task)
{
    TrainingSchema schema;
    schema.features = PrepLinearFixtures::strings(task.value(QStringLiteral("features")));
    schema.target = task.value(QStringLiteral("target")).toString();
    schema.task = task.value(QStringLiteral("task")).toString() == u"regression" ? Task::Regression : Task::Classification;
    schema.negativeLabels = PrepLinearFixtures::strings(task.value(QStringLiteral("negative_labels")));
    schema.positiveName = task.value(QStringLiteral("positive_name")).toString();
    // No engineered features: scikit-learn sees the prepared raw columns only.
    schema.featureSettings.frequencyMinLevels = 0;
    schema.featureSettings.logAuto = false;
    return schema;
}

ModelSpec specOf(const QJsonObject &c)
{
    return ModelSpec{c.value(QStringLiteral("family")).toString(), c.value(QStringLiteral("hyperparameters")).toObject(),
                     model::prep::PrepVariant::parse(c.value(QStringLiteral("variant")).toString())};
}

/// Accuracy or RMSE of a trained model on the rows of `test` that have a target.
double score(const TrainedModel &model, const Table &test)
{
    const TrainingSchema &schema = model.schema();
    const Table scored = test.take(model::prep::TargetEncoder::rowsWithTarget(test.column(schema.target)));
    const Eigen::VectorXd predicted = model.predict(scored).values;
    const Eigen::VectorXd truth = model.targets(scored);
    return schema.task == Task::Classification ? Metrics::accuracy(truth, predicted) : Metrics::rmse(truth, predicted);
}

/// StreamML's metric for a case; for SGD, which shuffles rows, the mean over the seeds scikit-learn was
/// run with. The design width the models saw goes to `designColumns`.
double oursFor(const QJsonObject &c, const TrainingSchema &schema, const Table &train, const Table &test,
               qsizetype *designColumns)
{
    const QJsonArray seeds = c.value(QStringLiteral("seeds")).toArray();
    const qsizetype runs = std::max<qsizetype>(1, seeds.size());
    double sum = 0;
    for (qsizetype run = 0; run < runs; ++run) {
        ModelSpec spec = specOf(c);
        if (!seeds.isEmpty())
            spec.hyperparameters.insert(QStringLiteral("seed"), seeds.at(run).toInt());
        const TrainedModel model = TrainedModel::train(spec, schema, train);
        *designColumns = model.designNames().size();
        sum += score(model, test);
    }
    return sum / double(runs);
}

void report(const QJsonObject &c, const char *metric, double ours, double reference)
{
    qInfo("%s %s: ours %.4f, scikit-learn %.4f (%s)", qPrintable(c.value(QStringLiteral("family")).toString()), metric,
          ours, reference, qPrintable(c.value(QStringLiteral("sklearn_model")).toString()));
    if (c.contains(QStringLiteral("sklearn_optimum_metric")))
        qInfo("scikit-learn's objective refined to its optimum gives %.4f: its solver stops early",
              c.value(QStringLiteral("sklearn_optimum_metric")).toDouble());
}

} // namespace

/// Each learner family, trained through TrainedModel on the shipped dataset split by time, scores
/// within the fixture's tolerance of scikit-learn's same model on the same prepared data.
class TestParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!fixture().isEmpty(), "run tests/fixtures/make_parity_fixtures.py");
        m_train = rowsOfYears(QStringLiteral("train_years"));
        m_test = rowsOfYears(QStringLiteral("test_years"));
    }

    void matchesScikitLearn_data()
    {
        QTest::addColumn<int>("task");
        QTest::addColumn<int>("index");
        const QJsonArray tasks = fixture().value(QStringLiteral("tasks")).toArray();
        for (int t = 0; t < tasks.size(); ++t) {
            const QJsonArray cases = tasks.at(t).toObject().value(QStringLiteral("cases")).toArray();
            for (int i = 0; i < cases.size(); ++i)
                QTest::addRow("%s/%s", qPrintable(tasks.at(t).toObject().value(QStringLiteral("task")).toString()),
                              qPrintable(cases.at(i).toObject().value(QStringLiteral("family")).toString()))
                    << t << i;
        }
    }

    void matchesScikitLearn()
    {
        QFETCH(int, task);
        QFETCH(int, index);
        const QJsonObject t = taskAt(task);
        const QJsonObject c = caseAt(task, index);
        const TrainingSchema schema = schemaOf(t);
        QCOMPARE(m_test.rowCount() - model::prep::TargetEncoder::missingCount(m_test.column(schema.target)),
                 t.value(QStringLiteral("test_rows")).toInt());

        qsizetype designColumns = 0;
        const double ours = oursFor(c, schema, m_train, m_test, &designColumns);
        // The same prepared columns as scikit-learn saw.
        QCOMPARE(designColumns, qsizetype(c.value(QStringLiteral("design_columns")).toInt()));
        const double reference = c.value(QStringLiteral("sklearn_metric")).toDouble();
        const bool classification = schema.task == Task::Classification;
        const char *metric = classification ? "accuracy" : "rmse";
        report(c, metric, ours, reference);
        if (!c.value(QStringLiteral("compared")).toBool()) {
            qInfo("no scikit-learn counterpart: a gap of %+.4f to the reference, no tolerance", ours - reference);
            QVERIFY(ours >= 0 && ours <= 1);
            return;
        }
        const QJsonObject tolerance = fixture().value(QStringLiteral("tolerance")).toObject();
        const double gap = classification ? std::abs(ours - reference) : std::abs(ours - reference) / reference;
        const double allowed = tolerance.value(classification ? QStringLiteral("accuracy") : QStringLiteral("rmse_relative")).toDouble();
        QVERIFY2(gap <= allowed, qPrintable(QStringLiteral("%1 differs by %2, more than %3")
                                                 .arg(QLatin1String(metric)).arg(gap).arg(allowed)));
    }

private:
    Table m_train;
    Table m_test;
};

QTEST_GUILESS_MAIN(TestParity)
#include "test_parity.moc"
