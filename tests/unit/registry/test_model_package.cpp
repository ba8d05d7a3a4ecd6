#include "model/core/error.h"
#include "model/learners/learner_factory.h"
#include "model/learners/ridge_regression.h"
#include "model/registry/model_package.h"
#include "model/registry/trained_model.h"
#include "tests/support/temp_workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>
#include <random>

using namespace streamml;
using model::core::Error;
using model::data::Column;
using model::data::Table;
using model::learners::Task;
using model::registry::ModelPackage;
using model::registry::ModelSpec;
using model::registry::Predictions;
using model::registry::TrainedModel;
using model::registry::TrainingSchema;
using tests::TempWorkspace;

Q_DECLARE_METATYPE(Task)

namespace {

constexpr qint64 kDayMs = 86400000;
const QByteArray kMagic = QByteArrayLiteral("STREAMML-MODEL\n");
constexpr qsizetype kDigestBytes = 32;

/// Rows of a small stream: a time column, numeric features (x2 with missing values, x3 positive and
/// skewed), a categorical feature with missing values, and three targets. "label" has three classes
/// whose dictionary is not in sorted order; "damage" maps to a binary target; "value" is numeric.
Table sampleTable(qsizetype rows, quint32 seed, qint64 startDay = 0)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> unit;
    std::vector<double> time, x1, x2, x3, value;
    std::vector<std::int32_t> colour, label, damage;
    const double colourEffect[] = {4.0, -1.0, 0.0};
    for (qsizetype r = 0; r < rows; ++r) {
        const double a = normal(generator);
        const double b = normal(generator);
        const double noise = normal(generator);
        const int c = int(unit(generator) * 3) % 3;
        time.push_back(double((startDay + r) * kDayMs));
        x1.push_back(a);
        x2.push_back(unit(generator) < 0.1 ? std::nan("") : b);
        x3.push_back(std::exp(normal(generator)));
        colour.push_back(unit(generator) < 0.05 ? -1 : c);
        const double score = 2 * a + 0.5 * noise;
        label.push_back(score > 0.8 ? 2 : score < -0.8 ? 1 : 0);
        damage.push_back(a + b + noise > 1.2 ? (unit(generator) < 0.5 ? 1 : 2) : 0);
        value.push_back(10 + 3 * a - 2 * (std::isnan(x2.back()) ? 0 : b) + colourEffect[c] + 0.3 * noise);
    }
    return Table({Column::time(QStringLiteral("time"), time), Column::numeric(QStringLiteral("x1"), x1),
                  Column::numeric(QStringLiteral("x2"), x2), Column::numeric(QStringLiteral("x3"), x3),
                  Column::categorical(QStringLiteral("colour"), colour, {"red", "green", "blue"}),
                  Column::categorical(QStringLiteral("label"), label, {"mid", "low", "high"}),
                  Column::categorical(QStringLiteral("damage"), damage, {"None", "Minor", "Substantial"}),
                  Column::numeric(QStringLiteral("value"), value)});
}

/// Classification predicts "label" (three classes), regression "value"; every part of feature
/// engineering is on, so it travels through the package too.
TrainingSchema schemaFor(Task task)
{
    TrainingSchema schema;
    schema.task = task;
    schema.timeColumn = QStringLiteral("time");
    schema.features = {QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3"), QStringLiteral("colour")};
    schema.target = QStringLiteral("label");
    if (task == Task::Regression) {
        schema.features.append(QStringLiteral("label"));
        schema.target = QStringLiteral("value");
    }
    schema.featureSettings.timeParts = {QStringLiteral("month")};
    schema.featureSettings.frequencyMinLevels = 3;
    return schema;
}

TrainingSchema binarySchema()
{
    TrainingSchema schema = schemaFor(Task::Classification);
    schema.target = QStringLiteral("damage");
    schema.negativeLabels = {QStringLiteral("None")};
    schema.positiveName = QStringLiteral("damaged");
    return schema;
}

/// Trees get the variant that keeps missing values for them, the others the linear one.
ModelSpec specFor(const QString &family, QJsonObject hyperparameters = {})
{
    const bool tree = family.endsWith(QLatin1String("tree"));
    return ModelSpec{family, std::move(hyperparameters),
                     model::prep::PrepVariant::named(tree ? QStringLiteral("tree") : QStringLiteral("linear"))};
}

void addFamilyRows(const QList<Task> &tasks = {Task::Classification, Task::Regression})
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<Task>("task");
    for (Task task : tasks)
        for (const QString &family : model::learners::LearnerFactory::families(task))
            QTest::addRow("%s/%s", qPrintable(model::learners::taskName(task)), qPrintable(family)) << family << task;
}

/// The message of the Error `action` throws; empty when it throws none.
template<typename Action>
QString errorOf(Action action, Error::Kind *kind = nullptr)
{
    try {
        action();
    } catch (const Error &error) {
        if (kind)
            *kind = error.kind();
        return error.message();
    }
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A package's bytes with the checksum recomputed, as a program that wrote them would have.
QByteArray resigned(QByteArray bytes)
{
    bytes.chop(kDigestBytes);
    return bytes + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool samePredictions(const Predictions &a, const Predictions &b)
{
    return a.values == b.values && a.probabilities == b.probabilities && a.labels == b.labels;
}

} // namespace

/// TrainedModel for every family (train, predict, update) and ModelPackage (round trip, refusal of
/// damaged, newer-format and foreign files).
class TestModelPackage : public QObject
{
    Q_OBJECT

private slots:
    void everyFamilyTrainsAndPredicts_data() { addFamilyRows(); }

    void everyFamilyTrainsAndPredicts()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        const Table train = sampleTable(300, 1);
        const Table test = sampleTable(100, 2, 300);
        const TrainedModel model = TrainedModel::train(specFor(family), schemaFor(task), train);
        QCOMPARE(model.learner().family(), family);
        QVERIFY(model.designNames().contains(QStringLiteral("time.month")));
        QVERIFY(model.designNames().contains(QStringLiteral("log1p(x3)")));
        const Predictions p = model.predict(test);
        QCOMPARE(p.values.size(), test.rowCount());
        QCOMPARE(p.labels.size(), test.rowCount());
        const Eigen::VectorXd truth = model.targets(test);
        if (task == Task::Regression) {
            QVERIFY(p.values.allFinite());
            QCOMPARE(p.probabilities.size(), 0);
            const double rmse = std::sqrt((p.values - truth).squaredNorm() / double(truth.size()));
            qInfo("%s: rmse %.3f (the target's standard deviation is about 4.4)", qPrintable(family), rmse);
            QVERIFY2(rmse < 3.0, "the model did not learn the signal");
            return;
        }
        QCOMPARE(p.probabilities.rows(), test.rowCount());
        QCOMPARE(p.probabilities.cols(), model.targetEncoder().classCount());
        double correct = 0;
        for (Eigen::Index r = 0; r < p.values.size(); ++r) {
            QVERIFY(std::abs(p.probabilities.row(r).sum() - 1.0) < 1e-9);
            QCOMPARE(p.labels.at(r), model.targetEncoder().classLabels().at(int(p.values[r])));
            correct += p.values[r] == truth[r] ? 1 : 0;
        }
        qInfo("%s: accuracy %.3f", qPrintable(family), correct / double(truth.size()));
        // The most frequent class alone scores about 0.35.
        QVERIFY2(correct / double(truth.size()) > 0.5, "the model did not learn the signal");
    }

    void predictingNoRowsGivesNoPredictions_data() { addFamilyRows(); }

    void predictingNoRowsGivesNoPredictions()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        const TrainedModel model = TrainedModel::train(specFor(family), schemaFor(task), sampleTable(300, 1));
        const Predictions p = model.predict(sampleTable(10, 2).slice(0, 0));
        QCOMPARE(p.values.size(), 0);
        QCOMPARE(p.labels.size(), 0);
    }

    void packageRoundTripGivesIdenticalPredictions_data() { addFamilyRows(); }

    void packageRoundTripGivesIdenticalPredictions()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        const TrainedModel model = TrainedModel::train(specFor(family), schemaFor(task), sampleTable(300, 3));
        const QJsonObject metadata{{QStringLiteral("version"), 7}, {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("f1"), 0.5}}}};
        TempWorkspace dir;
        const QString path = dir.path(QStringLiteral("models/v7.smlpkg"));
        QDir().mkpath(dir.path(QStringLiteral("models")));
        const auto [sha256, size] = ModelPackage::write(path, model, metadata);
        const QByteArray bytes = fileBytes(path);
        QCOMPARE(size, bytes.size());
        QCOMPARE(sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        const ModelPackage::Contents read = ModelPackage::read(path);
        QCOMPARE(read.metadata, metadata);
        const Table test = sampleTable(80, 4, 300);
        QVERIFY(samePredictions(read.model.predict(test), model.predict(test)));
        QCOMPARE(read.model.designNames(), model.designNames());
        QCOMPARE(read.model.spec().variant, model.spec().variant);
        QCOMPARE(read.model.schema().features, model.schema().features);
        const QJsonObject described = ModelPackage::describe(read);
        QCOMPARE(described.value(QStringLiteral("learner")).toObject().value(QStringLiteral("family")).toString(), family);
        QCOMPARE(described.value(QStringLiteral("design_columns")).toArray().size(), model.designNames().size());
        // A model read back keeps learning the same way as the one written.
        TrainedModel updatedRead = read.model;
        TrainedModel updated = model;
        const Table more = sampleTable(60, 5, 380);
        QCOMPARE(updatedRead.update(more), updated.update(more));
        QVERIFY(samePredictions(updatedRead.predict(test), updated.predict(test)));
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated to half") << "half" << "truncated";
        QTest::newRow("truncated by one byte") << "last byte" << "truncated";
        QTest::newRow("truncated after the header") << "header" << "truncated";
        QTest::newRow("one byte changed in the model") << "model byte" << "checksum does not match";
        QTest::newRow("one byte changed in the metadata") << "metadata byte" << "checksum does not match";
        QTest::newRow("one byte changed in the checksum") << "checksum byte" << "checksum does not match";
        QTest::newRow("format number raised") << "format" << "package format 2 by a newer StreamML";
        QTest::newRow("format number raised, checksum kept") << "format unsigned" << "package format 2 by a newer StreamML";
        QTest::newRow("a CSV file") << "csv" << "is not a StreamML model package";
        QTest::newRow("an empty file") << "empty" << "is not a StreamML model package";
        QTest::newRow("a folder") << "folder" << "cannot open the model package";
        QTest::newRow("no file") << "absent" << "cannot open the model package";
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const TrainedModel model = TrainedModel::train(specFor(QStringLiteral("logistic_regression")),
                                                       schemaFor(Task::Classification), sampleTable(200, 6));
        const QByteArray good = ModelPackage::encode(model, {{QStringLiteral("version"), 1}});
        QByteArray bytes = good;
        const qsizetype formatAt = kMagic.size();
        if (damage == u"half")
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"last byte")
            bytes.chop(1);
        else if (damage == u"header")
            bytes.truncate(formatAt + 4);
        else if (damage == u"model byte")
            bytes[bytes.size() * 3 / 4] = char(bytes[bytes.size() * 3 / 4] ^ 0x10);
        else if (damage == u"metadata byte")
            bytes[formatAt + 12] = char(bytes[formatAt + 12] ^ 0x01);
        else if (damage == u"checksum byte")
            bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
        else if (damage.startsWith(u"format")) {
            bytes[formatAt + 3] = char(ModelPackage::formatVersion + 1); // big-endian quint32
            if (damage == u"format")
                bytes = resigned(bytes);
        } else if (damage == u"csv")
            bytes = QByteArrayLiteral("time,x1\n2001-01-01,3\n");
        else if (damage == u"empty")
            bytes.clear();

        TempWorkspace dir;
        QString path = dir.path(QStringLiteral("missing.smlpkg"));
        if (damage == u"folder")
            QVERIFY(QDir().mkpath(path));
        else if (damage != u"absent")
            path = dir.write(QStringLiteral("damaged.smlpkg"), bytes);
        Error::Kind kind = Error::Kind::Internal;
        const QString message = errorOf([&] { ModelPackage::read(path); }, &kind);
        qInfo("%s", qPrintable(message));
        QCOMPARE(kind, Error::Kind::Model);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void everyTruncationIsRefused()
    {
        const TrainedModel model = TrainedModel::train(specFor(QStringLiteral("decision_tree")),
                                                       schemaFor(Task::Classification), sampleTable(120, 7));
        const QByteArray good = ModelPackage::encode(model, {});
        // Every cut, also those that leave a checksum-sized tail which happens to look valid.
        for (qsizetype length = 0; length < good.size(); length += 7) {
            Error::Kind kind = Error::Kind::Internal;
            const QString message = errorOf([&] { ModelPackage::decode(good.left(length), QStringLiteral("cut.smlpkg")); }, &kind);
            QVERIFY2(kind == Error::Kind::Model && message.startsWith(QStringLiteral("cut.smlpkg")),
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(length).arg(message)));
        }
    }

    void ridgeUpdateEqualsTrainingOnTheUnion()
    {
        const Table first = sampleTable(200, 8);
        Table second = sampleTable(120, 9, 200);
        // Rows without a target are skipped by the update.
        std::vector<double> values = second.column(QStringLiteral("value")).numbers();
        for (size_t r = 0; r < values.size(); r += 10)
            values[r] = std::nan("");
        second.replaceColumn(second.indexOf(QStringLiteral("value")), Column::numeric(QStringLiteral("value"), values));

        const TrainingSchema schema = schemaFor(Task::Regression);
        const TrainedModel trained = TrainedModel::train(specFor(QStringLiteral("ridge_regression")), schema, first);
        TrainedModel updated = trained;
        QCOMPARE(updated.update(second), 108);
        QCOMPARE(updated.preprocessor().describe(), trained.preprocessor().describe());

        // The learner trained from scratch on both parts, prepared as the model prepares them.
        Table both = first;
        both.append(second.take(model::prep::TargetEncoder::rowsWithTarget(second.column(QStringLiteral("value")))));
        model::learners::RidgeRegression scratch;
        scratch.fit(updated.design(both), updated.targets(both));

        const Table test = sampleTable(50, 10, 320);
        const Eigen::VectorXd expected = scratch.predict(updated.design(test));
        const Eigen::VectorXd got = updated.predict(test).values;
        QVERIFY2((got - expected).cwiseAbs().maxCoeff() < 1e-9 * expected.cwiseAbs().maxCoeff(),
                 qPrintable(QString::number((got - expected).cwiseAbs().maxCoeff())));
        QVERIFY((got - trained.predict(test).values).cwiseAbs().maxCoeff() > 1e-6);
    }

    void updateChangesTheLearnerOnly_data() { addFamilyRows(); }

    void updateChangesTheLearnerOnly()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        const TrainedModel trained = TrainedModel::train(specFor(family), schemaFor(task), sampleTable(300, 11));
        TrainedModel updated = trained;
        QCOMPARE(updated.update(sampleTable(250, 12, 300)), 250);
        QCOMPARE(updated.preprocessor().describe(), trained.preprocessor().describe());
        QCOMPARE(updated.designNames(), trained.designNames());
        QVERIFY(updated.learner().describe() != trained.learner().describe());
        const Table test = sampleTable(80, 13, 550);
        QVERIFY(!samePredictions(updated.predict(test), trained.predict(test)));
    }

    void unknownClassLabelsInAnUpdateAreSkipped()
    {
        const TrainedModel trained = TrainedModel::train(specFor(QStringLiteral("knn")), schemaFor(Task::Classification),
                                                         sampleTable(100, 14));
        Table batch = sampleTable(40, 15, 100);
        // Ten rows carry a class never trained on, five have no label.
        std::vector<std::int32_t> codes = batch.column(QStringLiteral("label")).codes();
        for (size_t r = 0; r < 15; ++r)
            codes[r] = r < 10 ? 3 : -1;
        batch.replaceColumn(batch.indexOf(QStringLiteral("label")),
                            Column::categorical(QStringLiteral("label"), codes, {"mid", "low", "high", "extreme"}));
        TrainedModel updated = trained;
        QCOMPARE(updated.update(batch), 25);
        QCOMPARE(updated.learner().describe().value(QStringLiteral("stored_rows")).toInt(), 125);
        QCOMPARE(updated.targetEncoder().classLabels(), trained.targetEncoder().classLabels());
        QCOMPARE(updated.predict(batch).probabilities.cols(), 3);

        // With a binary mapping every label other than the negative ones is positive: none is unknown.
        const TrainedModel binary = TrainedModel::train(specFor(QStringLiteral("knn")), binarySchema(), sampleTable(100, 14));
        TrainedModel binaryUpdated = binary;
        Table damaged = sampleTable(40, 15, 100);
        damaged.replaceColumn(damaged.indexOf(QStringLiteral("damage")),
                              Column::categorical(QStringLiteral("damage"), std::vector<std::int32_t>(40, 3),
                                                  {"None", "Minor", "Substantial", "Destroyed"}));
        QCOMPARE(binaryUpdated.update(damaged), 40);
    }

    void probabilitiesKeepTheEncoderClassOrder_data() { addFamilyRows({Task::Classification}); }

    void probabilitiesKeepTheEncoderClassOrder()
    {
        QFETCH(QString, family);
        QFETCH(Task, task);
        const TrainedModel model = TrainedModel::train(specFor(family), schemaFor(task), sampleTable(400, 16));
        // Sorted labels, not the dictionary's order of first appearance ("mid", "low", "high").
        QCOMPARE(model.targetEncoder().classLabels(), (QStringList{"high", "low", "mid"}));
        Table extremes = sampleTable(2, 17, 400);
        extremes.replaceColumn(extremes.indexOf(QStringLiteral("x1")), Column::numeric(QStringLiteral("x1"), {3.0, -3.0}));
        const Predictions p = model.predict(extremes);
        QCOMPARE(p.labels, (QStringList{"high", "low"}));
        QVERIFY2(p.probabilities(0, 0) > 0.5 && p.probabilities(1, 1) > 0.5,
                 qPrintable(QStringLiteral("%1 %2").arg(p.probabilities(0, 0)).arg(p.probabilities(1, 1))));
    }

    void binaryClassesStayInOrderWhenTrainingSawOneClass_data() { addFamilyRows({Task::Classification}); }

    void binaryClassesStayInOrderWhenTrainingSawOneClass()
    {
        QFETCH(QString, family);
        // An early batch without any damaged row: class 1 exists only in the mapping.
        const Table all = sampleTable(400, 18);
        const Table undamaged = all.take(rowsWhere(all.column(QStringLiteral("damage")), 0));
        const TrainedModel model = TrainedModel::train(specFor(family), binarySchema(), undamaged);
        QCOMPARE(model.targetEncoder().classLabels(), (QStringList{"None", "damaged"}));
        const Predictions p = model.predict(all);
        QCOMPARE(p.probabilities.cols(), 2);
        for (Eigen::Index r = 0; r < p.values.size(); ++r)
            QVERIFY(p.probabilities(r, 0) > 0.5 && p.labels.at(r) == u"None");
        // The first damaged rows arrive: the class appears and predictions stay in the same order.
        TrainedModel updated = model;
        QCOMPARE(updated.update(all), all.rowCount());
        const Predictions after = updated.predict(all);
        QCOMPARE(after.probabilities.cols(), 2);
        for (Eigen::Index r = 0; r < after.values.size(); ++r)
            QCOMPARE(after.labels.at(r), model.targetEncoder().classLabels().at(int(after.values[r])));
    }

private:
    static std::vector<qsizetype> rowsWhere(const Column &column, std::int32_t code)
    {
        std::vector<qsizetype> rows;
        for (qsizetype r = 0; r < column.size(); ++r)
            if (column.codes()[size_t(r)] == code)
                rows.push_back(r);
        return rows;
    }
};

QTEST_GUILESS_MAIN(TestModelPackage)
#include "test_model_package.moc"
