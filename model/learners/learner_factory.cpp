#include "model/learners/learner_factory.h"

#include "model/core/error.h"
#include "model/learners/decision_tree.h"
#include "model/learners/hoeffding_tree.h"
#include "model/learners/huber_regression.h"
#include "model/learners/k_nearest_neighbours.h"
#include "model/learners/logistic_regression.h"
#include "model/learners/ridge_regression.h"
#include "model/learners/sgd_linear.h"

namespace streamml::model::learners {

using core::Error;

namespace {
constexpr quint32 factoryTag = 0x534C4631; // "SLF1"

std::unique_ptr<Learner> build(const QString &family, Task task, int classCount, QJsonObject p)
{
    const bool classify = task == Task::Classification;
    if (family == u"decision_tree" || family == u"knn") {
        p.insert(QStringLiteral("task"), taskName(task));
        if (family == u"knn")
            return std::make_unique<KNearestNeighbours>(KnnParams::fromJson(p));
        return std::make_unique<DecisionTree>(DecisionTreeParams::fromJson(p));
    }
    if (family == u"sgd_linear") {
        if (classify)
            p.insert(QStringLiteral("class_count"), classCount);
        else if (!p.contains(QStringLiteral("loss")))
            p.insert(QStringLiteral("loss"), QStringLiteral("squared_error"));
        return std::make_unique<SgdLinear>(SgdLinearParams::fromJson(p));
    }
    if (classify && family == u"logistic_regression") {
        p.insert(QStringLiteral("class_count"), classCount);
        return std::make_unique<LogisticRegression>(LogisticRegressionParams::fromJson(p));
    }
    if (classify && family == u"hoeffding_tree")
        return std::make_unique<HoeffdingTree>(HoeffdingTreeParams::fromJson(p));
    if (!classify && family == u"ridge_regression")
        return std::make_unique<RidgeRegression>(RidgeRegressionParams::fromJson(p));
    if (!classify && family == u"huber_regression")
        return std::make_unique<HuberRegression>(HuberRegressionParams::fromJson(p));
    return nullptr;
}
} // namespace

QStringList LearnerFactory::families(Task task)
{
    if (task == Task::Classification)
        return {QStringLiteral("logistic_regression"), QStringLiteral("sgd_linear"), QStringLiteral("knn"),
                QStringLiteral("decision_tree"), QStringLiteral("hoeffding_tree")};
    return {QStringLiteral("ridge_regression"), QStringLiteral("huber_regression"), QStringLiteral("sgd_linear"),
            QStringLiteral("knn"), QStringLiteral("decision_tree")};
}

std::unique_ptr<Learner> LearnerFactory::create(const QString &family, Task task, int classCount, QJsonObject hyperparameters)
{
    std::unique_ptr<Learner> learner = build(family, task, classCount, std::move(hyperparameters));
    if (!learner)
        throw Error::settings(QStringLiteral("model family \"%1\" cannot learn %2; the families for it are: %3")
                                  .arg(family, taskName(task), families(task).join(QStringLiteral(", "))));
    return learner;
}

void LearnerFactory::save(const Learner &learner, QDataStream &out)
{
    out << factoryTag << learner.family() << taskName(learner.task()) << qint32(learner.classCount());
    learner.save(out);
}

std::unique_ptr<Learner> LearnerFactory::load(QDataStream &in)
{
    quint32 tag = 0;
    QString family, task;
    qint32 classCount = 0;
    in >> tag >> family >> task >> classCount;
    if (tag != factoryTag || in.status() != QDataStream::Ok)
        throw Error::model(QStringLiteral("the saved learner is damaged or truncated"));
    std::unique_ptr<Learner> learner;
    try {
        learner = create(family, task == u"regression" ? Task::Regression : Task::Classification, classCount, {});
    } catch (const Error &) {
        throw Error::model(QStringLiteral("the saved learner has an unknown family \"%1\" for %2").arg(family, task));
    }
    learner->load(in);
    return learner;
}

} // namespace streamml::model::learners
