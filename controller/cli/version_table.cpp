#include "controller/cli/version_table.h"

#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace streamml::controller::cli {

namespace {
const QStringList header{QStringLiteral("version"), QStringLiteral("aliases"), QStringLiteral("status"), QStringLiteral("family"),
                         QStringLiteral("origin"), QStringLiteral("parent"), QStringLiteral("trained on"), QStringLiteral("validation"),
                         QStringLiteral("scored batches"),
                         QStringLiteral("KiB"), QStringLiteral("sha256"), QStringLiteral("created")};
}

QString VersionTable::format(const QJsonArray &versions)
{
    std::vector<QStringList> rows{header};
    for (const QJsonValue &v : versions)
        rows.push_back(cells(v.toObject()));
    std::vector<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    QString text;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (qsizetype c = 0; c < row.size(); ++c)
            padded.append(c + 1 == row.size() ? row[c] : row[c].leftJustified(widths[c]));
        text += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

QStringList VersionTable::cells(const QJsonObject &v)
{
    QStringList aliases;
    for (const QJsonValue &a : v.value(QStringLiteral("aliases")).toArray())
        aliases.append(a.toString());
    const QJsonArray trained = v.value(QStringLiteral("trained_on")).toArray();
    const QString range = trained.isEmpty() ? QStringLiteral("-")
                                            : QStringLiteral("%1-%2").arg(trained.at(0).toInteger()).arg(trained.at(1).toInteger());
    const QJsonValue parent = v.value(QStringLiteral("parent"));
    return {QString::number(v.value(QStringLiteral("version")).toInt()),
            aliases.isEmpty() ? QStringLiteral("-") : aliases.join(QLatin1Char(',')),
            v.value(QStringLiteral("status")).toString(),
            v.value(QStringLiteral("family")).toString(),
            v.value(QStringLiteral("origin")).toString(),
            parent.isNull() ? QStringLiteral("-") : QString::number(parent.toInt()),
            range,
            validation(v.value(QStringLiteral("metrics")).toObject()),
            scored(v),
            QString::number(v.value(QStringLiteral("file_bytes")).toDouble() / 1024.0, 'f', 1),
            v.value(QStringLiteral("sha256")).toString().left(12),
            v.value(QStringLiteral("created")).toString()};
}

QString VersionTable::validation(const QJsonObject &metrics)
{
    // The search stores the decisive metric beside its spread over the folds.
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (metrics.contains(it.key() + QStringLiteral("_std")))
            return QStringLiteral("%1 %2 ± %3")
                .arg(it.key())
                .arg(it.value().toDouble(), 0, 'f', 4)
                .arg(metrics.value(it.key() + QStringLiteral("_std")).toDouble(), 0, 'f', 4);
    return QStringLiteral("-");
}

QString VersionTable::scored(const QJsonObject &version)
{
    const int batches = version.value(QStringLiteral("scored_batches")).toInt();
    const QJsonObject mean = version.value(QStringLiteral("mean_score")).toObject();
    for (const char *key : {"roc_auc", "rmse", "accuracy"})
        if (batches > 0 && mean.contains(QLatin1String(key)))
            return QStringLiteral("%1, mean %2 %3").arg(batches).arg(QLatin1String(key)).arg(mean.value(QLatin1String(key)).toDouble(), 0, 'f', 4);
    return QString::number(batches);
}

} // namespace streamml::controller::cli
