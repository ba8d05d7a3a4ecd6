#include "view/version_table_model.h"

#include "view/parameter_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace streamml::view {

namespace {
// Status and scores first; the hyper-parameters, the longest, last so they take the room left.
enum Col { Version, Status, Validation, Latest, Family, Origin, Parent, TrainedOn, Variant, Size, Checksum, Created, Hyperparameters, Count };

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', 4);
}

QString parameters(const QJsonObject &all, const QStringList &names, const QString &separator)
{
    QStringList parts;
    for (const QString &name : names.isEmpty() ? all.keys() : names)
        if (all.contains(name))
            parts.append(QStringLiteral("%1=%2").arg(name, ParameterText::value(all.value(name))));
    return parts.join(separator);
}
} // namespace

void VersionTableModel::setOverview(const ModelsOverview &overview)
{
    beginResetModel();
    m_versions.assign(overview.versions.rbegin(), overview.versions.rend());
    m_champion = overview.champion;
    m_challenger = overview.challenger;
    m_fallback = overview.fallback;
    m_metric = overview.metric;
    endResetModel();
}

int VersionTableModel::versionAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_versions[size_t(row)].entry.version : -1;
}

int VersionTableModel::rowOf(int version) const
{
    for (size_t i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].entry.version == version)
            return int(i);
    return -1;
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString VersionTableModel::status(const ModelsOverview::Version &v) const
{
    // The aliases decide what serves; the stored status follows them.
    if (v.entry.version == m_champion)
        return tr("★ champion");
    if (v.entry.version == m_challenger)
        return tr("◆ challenger");
    if (v.entry.version == m_fallback)
        return tr("fallback");
    return v.entry.status;
}

QVariant VersionTableModel::display(const ModelsOverview::Version &v, int column) const
{
    const model::registry::ModelVersion &e = v.entry;
    switch (column) {
    case Version: return QStringLiteral("v%1").arg(e.version);
    case Status: return status(v);
    case Family: return e.family;
    case Origin: return e.origin;
    case Parent: return e.parent > 0 ? QStringLiteral("v%1").arg(e.parent) : QStringLiteral("–");
    case Variant: return ParameterText::variantName(e.variant);
    case Hyperparameters: return parameters(e.hyperparameters, v.keyHyperparameters, QStringLiteral(", "));
    case TrainedOn: return e.trainedRange().replace(QLatin1Char('-'), QStringLiteral("–"));
    case Validation: return figure(v.validation);
    case Latest: return figure(v.latest);
    case Size: return QLocale().formattedDataSize(e.fileBytes, 0);
    case Checksum: return e.fileSha256.left(8);
    case Created: return QDateTime::fromMSecsSinceEpoch(e.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default: return {};
    }
}

QVariant VersionTableModel::toolTip(const ModelsOverview::Version &v, int column) const
{
    const model::registry::ModelVersion &e = v.entry;
    switch (column) {
    case Variant: return e.variant;
    case Validation: return tr("%1 when trained").arg(m_metric);
    case Latest: return v.latestBatch < 0 ? tr("never scored") : tr("%1 on batch %2, before training on it").arg(m_metric).arg(v.latestBatch);
    case Hyperparameters: return parameters(e.hyperparameters, {}, QStringLiteral("\n"));
    case TrainedOn: return tr("%n batch(es), data SHA-256 %1", nullptr, int(e.trainedOn.size())).arg(e.dataSha256);
    case Checksum: return tr("%1\n%2").arg(e.fileSha256, e.file);
    case Size: return tr("%1 bytes; trained in %2 s").arg(QLocale().toString(e.fileBytes)).arg(e.trainSeconds, 0, 'g', 3);
    case Created: return QDateTime::fromMSecsSinceEpoch(e.createdAt).toString(Qt::ISODateWithMs);
    default: return {};
    }
}

QVariant VersionTableModel::decoration(const ModelsOverview::Version &v, int role) const
{
    const bool champion = v.entry.version == m_champion;
    const bool challenger = v.entry.version == m_challenger;
    if (role == Qt::FontRole && (champion || challenger)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole && champion)
        return QBrush(QColor(222, 242, 222));
    if (role == Qt::BackgroundRole && challenger)
        return QBrush(QColor(253, 236, 214));
    return {};
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    const ModelsOverview::Version &v = m_versions[size_t(index.row())];
    if (role == Qt::DisplayRole)
        return display(v, index.column());
    if (role == Qt::ToolTipRole)
        return toolTip(v, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == Validation || index.column() == Latest || index.column() == Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && v.entry.version == m_champion)
        return QBrush(QColor(20, 110, 20));
    if (role == Qt::ForegroundRole && index.column() == Status && v.entry.version == m_challenger)
        return QBrush(QColor(190, 90, 0));
    return decoration(v, role);
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *names[] = {"Version", "Status", "Validation", "Latest", "Family", "Origin", "Parent", "Batches",
                                  "Variant", "Size", "SHA-256", "Created", "Hyper-parameters"};
    static const char *tips[] = {"Registered version", "★ champion answers; ◆ challenger waits for the promotion gate; the fallback answers rows the champion should not",
                                 "Primary metric (%1) at training time: the search's cross-validated score",
                                 "Primary metric (%1) on the newest batch it was scored on, before training on it",
                                 "Learner family", "How it came about: initial, search, incremental update, retrain or fallback",
                                 "The version it was updated from", "Batches it was trained on",
                                 "Preparation variant (the tooltip lists it in full)", "Size of the model package",
                                 "Checksum of the model package (the tooltip gives it in full)", "When it was registered",
                                 "The hyper-parameters searches vary for its family (the tooltip lists all)"};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]).replace(QStringLiteral("%1"), m_metric);
    return {};
}

} // namespace streamml::view
