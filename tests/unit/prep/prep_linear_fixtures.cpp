#include "tests/unit/prep/prep_linear_fixtures.h"

#include "tests/support/test_paths.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace streamml::tests {

using model::data::Column;
using model::data::Table;

QJsonObject PrepLinearFixtures::load(const QString &name)
{
    QFile file(TestPaths::fixture(QStringLiteral("prep_linear/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s; run tests/fixtures/make_prep_linear_fixtures.py", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject PrepLinearFixtures::findCase(const QString &file, const QString &name)
{
    for (const QJsonValue &c : load(file).value(QStringLiteral("cases")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    qFatal("no case %s in %s", qPrintable(name), qPrintable(file));
}

QStringList PrepLinearFixtures::caseNames(const QString &file)
{
    QStringList names;
    for (const QJsonValue &c : load(file).value(QStringLiteral("cases")).toArray())
        names.append(c.toObject().value(QStringLiteral("name")).toString());
    return names;
}

Eigen::MatrixXd PrepLinearFixtures::matrix(const QJsonValue &rows)
{
    const QJsonArray array = rows.toArray();
    const qsizetype cols = array.isEmpty() ? 0 : array.at(0).toArray().size();
    Eigen::MatrixXd m(array.size(), cols);
    for (qsizetype r = 0; r < array.size(); ++r) {
        const QJsonArray row = array.at(r).toArray();
        for (qsizetype c = 0; c < cols; ++c)
            m(r, c) = row.at(c).isNull() ? std::numeric_limits<double>::quiet_NaN() : row.at(c).toDouble();
    }
    return m;
}

Eigen::VectorXd PrepLinearFixtures::vector(const QJsonValue &values)
{
    const QJsonArray array = values.toArray();
    Eigen::VectorXd v(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        v[i] = array.at(i).isNull() ? std::numeric_limits<double>::quiet_NaN() : array.at(i).toDouble();
    return v;
}

QStringList PrepLinearFixtures::strings(const QJsonValue &values)
{
    QStringList list;
    for (const QJsonValue &v : values.toArray())
        list.append(v.toString());
    return list;
}

Table PrepLinearFixtures::table(const QJsonArray &columns)
{
    Table t;
    for (const QJsonValue &value : columns) {
        const QJsonObject c = value.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        const QJsonArray values = c.value(QStringLiteral("values")).toArray();
        if (c.value(QStringLiteral("kind")).toString() == QLatin1String("numeric")) {
            const Eigen::VectorXd v = vector(values);
            t.addColumn(Column::numeric(name, std::vector<double>(v.data(), v.data() + v.size())));
            continue;
        }
        QStringList dictionary;
        QHash<QString, std::int32_t> index;
        std::vector<std::int32_t> codes;
        for (const QJsonValue &cell : values) {
            if (cell.isNull()) {
                codes.push_back(-1);
                continue;
            }
            const QString label = cell.toString();
            if (!index.contains(label)) {
                index.insert(label, std::int32_t(dictionary.size()));
                dictionary.append(label);
            }
            codes.push_back(index.value(label));
        }
        t.addColumn(Column::categorical(name, codes, dictionary));
    }
    return t;
}

double PrepLinearFixtures::maxDifference(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (Eigen::Index c = 0; c < a.cols(); ++c) {
        for (Eigen::Index r = 0; r < a.rows(); ++r) {
            const bool nanA = std::isnan(a(r, c));
            const bool nanB = std::isnan(b(r, c));
            if (nanA != nanB)
                return std::numeric_limits<double>::infinity();
            if (!nanA)
                worst = std::max(worst, std::abs(a(r, c) - b(r, c)));
        }
    }
    return worst;
}

} // namespace streamml::tests
