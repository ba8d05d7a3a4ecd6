#include "tests/unit/learners/tree_knn_fixtures.h"

#include "tests/support/test_paths.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QtGlobal>

namespace streamml::tests {

QJsonValue TreeKnnFixtures::load(const QString &name)
{
    static QHash<QString, QJsonValue> cache;
    if (!cache.contains(name)) {
        QFile file(TestPaths::fixture(QStringLiteral("tree_knn/%1.json").arg(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture tree_knn/%s.json: run tests/fixtures/make_tree_knn_fixtures.py", qPrintable(name));
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        cache.insert(name, document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    }
    return cache.value(name);
}

QJsonObject TreeKnnFixtures::dataset(const QString &name)
{
    return load(QStringLiteral("datasets")).toObject().value(name).toObject();
}

Eigen::MatrixXd TreeKnnFixtures::matrix(const QJsonArray &rows)
{
    const Eigen::Index columns = rows.isEmpty() ? 0 : rows.first().toArray().size();
    Eigen::MatrixXd result(rows.size(), columns);
    for (Eigen::Index r = 0; r < result.rows(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        for (Eigen::Index c = 0; c < columns; ++c)
            result(r, c) = row.at(c).toDouble();
    }
    return result;
}

Eigen::VectorXd TreeKnnFixtures::vector(const QJsonArray &values)
{
    Eigen::VectorXd result(values.size());
    for (Eigen::Index i = 0; i < result.size(); ++i)
        result[i] = values.at(i).toDouble();
    return result;
}

} // namespace streamml::tests
