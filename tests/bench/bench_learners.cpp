// Times every learner family's fit and predict on prepared design matrices, and writes those matrices
// (as .npy files) with a list of the cases, so tests/bench/bench_sklearn.py times scikit-learn on the
// very same numbers. Run through scripts/bench_learners.sh, which prints both and their ratio.
//   bench_learners OUTPUT_DIR [REPEATS] [CASE]
// CASE, when given, times only the cases whose "design/family" contains it.
// Prints one line per case: design, family, fit milliseconds, predict milliseconds (medians). kNN
// predicts the first 2,000 rows of the predict set only: a search per row costs a pass over the data.

#include "model/core/progress_sink.h"
#include "model/data/csv_reader.h"
#include "model/data/type_inference.h"
#include "model/learners/learner_factory.h"
#include "model/prep/preprocessor.h"
#include "model/prep/target_encoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace streamml::model;
using learners::Task;

namespace {

/// One prepared data set: the rows to fit on and the rows to predict.
struct Design
{
    QString name;
    Task task = Task::Classification;
    Eigen::MatrixXd xFit;
    Eigen::VectorXd yFit;
    Eigen::MatrixXd xPredict;
    int classCount = 0;
};

/// A family with the hyper-parameters both sides use (see bench_sklearn.py for scikit-learn's).
struct Case
{
    QString design;
    QString family;
    QJsonObject hyperparameters;
};

const QString kLinear = QStringLiteral("name=linear");
// scikit-learn 1.2's trees take no NaN: both sides get imputed ordinal codes.
const QString kTree = QStringLiteral("name=tree_imputed, imputer=median, categorical_imputer=constant, indicators=false, "
                                     "encoder=ordinal, min_frequency=0, scaler=none, keep_nan=false");

data::Table birdstrikes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    const data::TextTable text = data::CsvReader().parse(file.readAll(), path, core::ProgressSink::none());
    data::TypeInference::Options options;
    options.timeColumn = QStringLiteral("Flight Date");
    return data::TypeInference(options).type(text).table;
}

/// The shipped rows with a target, prepared by a variant; fit and predict on all of them.
Design birdDesign(const data::Table &all, const QString &name, Task task, const QString &variant)
{
    const bool classify = task == Task::Classification;
    const QString target = classify ? QStringLiteral("Effect Amount of damage") : QStringLiteral("Speed IAS in knots");
    QStringList features;
    for (const QString &column : all.columnNames())
        if (column != target && column != u"Flight Date" && !column.startsWith(u"Cost "))
            features.append(column);
    prep::TargetEncoder encoder = classify ? prep::TargetEncoder::binary({QStringLiteral("None")}, QStringLiteral("damaged"))
                                           : prep::TargetEncoder::regression();
    const data::Table rows = all.take(prep::TargetEncoder::rowsWithTarget(all.column(target)));
    encoder.fit(rows.column(target));
    prep::Preprocessor preprocessor(prep::PrepVariant::parse(variant));
    Design d{name, task, preprocessor.fitTransform(rows, features), encoder.encode(rows.column(target)), {}, encoder.classCount()};
    d.xPredict = d.xFit;
    return d;
}

/// Standard normal features with a linear signal: 100,000 rows to fit, 10,000 others to predict.
std::pair<Design, Design> syntheticDesigns(Eigen::Index rows, Eigen::Index columns)
{
    std::mt19937_64 generator(20240611);
    std::normal_distribution<double> normal;
    const auto draw = [&](Eigen::Index r, Eigen::Index c) {
        Eigen::MatrixXd m(r, c);
        for (double &v : m.reshaped())
            v = normal(generator);
        return m;
    };
    const Eigen::MatrixXd x = draw(rows, columns);
    const Eigen::MatrixXd xPredict = draw(rows / 10, columns);
    const Eigen::VectorXd weights = draw(columns, 1).col(0);
    const Eigen::VectorXd noise = draw(rows, 1).col(0);
    const Eigen::VectorXd value = x * weights + noise;
    const Eigen::VectorXd label = (value.array() > 0).cast<double>();
    return {Design{QStringLiteral("synthetic_classification"), Task::Classification, x, label, xPredict, 2},
            Design{QStringLiteral("synthetic_regression"), Task::Regression, x, value, xPredict, 0}};
}

/// A matrix as NumPy's .npy (version 1.0, little-endian float64, column-major like Eigen).
void writeNpy(const QString &path, const Eigen::MatrixXd &m)
{
    QByteArray header = QStringLiteral("{'descr': '<f8', 'fortran_order': True, 'shape': (%1, %2), }")
                            .arg(m.rows()).arg(m.cols()).toLatin1();
    // Magic, version and length take 10 bytes; the header ends with a newline at a multiple of 64.
    header.append(QByteArray(63 - (10 + header.size()) % 64, ' ')).append('\n');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    const quint16 length = quint16(header.size());
    file.write("\x93NUMPY\x01\x00", 8);
    file.write(reinterpret_cast<const char *>(&length), 2);
    file.write(header);
    file.write(reinterpret_cast<const char *>(m.data()), qint64(m.size() * qint64(sizeof(double))));
}

void writeDesign(const QDir &dir, const Design &d)
{
    writeNpy(dir.filePath(d.name + QStringLiteral("_x_fit.npy")), d.xFit);
    writeNpy(dir.filePath(d.name + QStringLiteral("_y_fit.npy")), d.yFit);
    writeNpy(dir.filePath(d.name + QStringLiteral("_x_predict.npy")), d.xPredict);
}

QList<Case> casesFor(const QString &bird, const QString &birdTree, const QString &synthetic, Task task)
{
    const QJsonObject tree{{QStringLiteral("max_depth"), 10}, {QStringLiteral("min_samples_leaf"), 5}};
    const QJsonObject knn{{QStringLiteral("n_neighbors"), 5}};
    QList<Case> cases;
    for (const QString &design : {bird, synthetic}) {
        const QString treeDesign = design == bird ? birdTree : synthetic;
        if (task == Task::Classification) {
            cases.append({design, QStringLiteral("logistic_regression"), {{QStringLiteral("C"), 1.0}}});
            cases.append({design, QStringLiteral("sgd_linear"), {{QStringLiteral("loss"), QStringLiteral("log_loss")}}});
            cases.append({design, QStringLiteral("knn"), knn});
            cases.append({treeDesign, QStringLiteral("decision_tree"), tree});
            cases.append({treeDesign, QStringLiteral("hoeffding_tree"), {}});
        } else {
            cases.append({design, QStringLiteral("ridge_regression"), {{QStringLiteral("alpha"), 1.0}}});
            cases.append({design, QStringLiteral("huber_regression"), {{QStringLiteral("epsilon"), 1.35}}});
            cases.append({design, QStringLiteral("sgd_linear"), {}});
            cases.append({design, QStringLiteral("knn"), knn});
            cases.append({treeDesign, QStringLiteral("decision_tree"), tree});
        }
    }
    return cases;
}

constexpr int kPredictRuns = 10;
constexpr double kPredictBudgetMs = 300.0;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Median fit milliseconds over `repeats` runs, each fitting a new learner. Then the median predict
/// milliseconds of the last one, after an untimed run that brings the rows into the cache as preparing
/// them just before predicting does: over `repeats` runs, or more until 10 runs or 300 ms, as the first
/// runs after a fit are slower while the processor settles (bench_sklearn.py times the same way).
std::pair<double, double> timeCase(const Design &d, const Case &c, int repeats)
{
    const Eigen::MatrixXd xPredict = d.xPredict.topRows(c.family == u"knn" ? std::min<Eigen::Index>(2000, d.xPredict.rows())
                                                                            : d.xPredict.rows());
    std::vector<double> fit, predict;
    std::unique_ptr<learners::Learner> learner;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        learner = learners::LearnerFactory::create(c.family, d.task, d.classCount, c.hyperparameters);
        timer.start();
        learner->fit(d.xFit, d.yFit);
        fit.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    double spent = 0.0;
    for (int i = 0; i <= repeats || (i <= kPredictRuns && spent < kPredictBudgetMs); ++i) {
        timer.start();
        const Eigen::VectorXd predicted = learner->predict(xPredict);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0) {
            predict.push_back(ms);
            spent += ms;
        }
        if (predicted.size() != xPredict.rows())
            throw std::runtime_error("wrong prediction count");
    }
    return {median(fit), median(predict)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_learners OUTPUT_DIR [REPEATS] [CASE]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const int repeats = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    const QString only = args.value(3);
    try {
        const data::Table all = birdstrikes(QStringLiteral(STREAMML_SHIPPED_DATASET));
        const auto [syntheticClassification, syntheticRegression] = syntheticDesigns(100000, 20);
        const QList<Design> designs{
            birdDesign(all, QStringLiteral("birdstrikes_classification"), Task::Classification, kLinear),
            birdDesign(all, QStringLiteral("birdstrikes_classification_tree"), Task::Classification, kTree),
            birdDesign(all, QStringLiteral("birdstrikes_regression"), Task::Regression, kLinear),
            birdDesign(all, QStringLiteral("birdstrikes_regression_tree"), Task::Regression, kTree),
            syntheticClassification, syntheticRegression};
        QList<Case> cases = casesFor(designs[0].name, designs[1].name, designs[4].name, Task::Classification);
        cases += casesFor(designs[2].name, designs[3].name, designs[5].name, Task::Regression);

        QFile list(dir.filePath(QStringLiteral("cases.tsv")));
        if (!list.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write the case list");
        QTextStream listOut(&list);
        QTextStream out(stdout);
        for (const Design &d : designs) {
            writeDesign(dir, d);
            for (const Case &c : cases) {
                if (c.design != d.name || !(c.design + u'/' + c.family).contains(only))
                    continue;
                const auto [fitMs, predictMs] = timeCase(d, c, repeats);
                listOut << d.name << '\t' << learners::taskName(d.task) << '\t' << c.family << '\n';
                out << d.name << '\t' << c.family << '\t' << QString::number(fitMs, 'f', 2) << '\t'
                    << QString::number(predictMs, 'f', 2) << Qt::endl;
            }
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "bench_learners: %s\n", error.what());
        return 1;
    }
    return 0;
}
