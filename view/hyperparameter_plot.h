#pragma once

#include "model/store/learning_store.h"

#include <QWidget>
#include <vector>

class QCPItemStraightLine;
class QCustomPlot;

namespace streamml::view {

/// The hyper-parameters each search chose, over the stream, one lane each: the family (coloured, a
/// dashed line where it changes) and the preparation variant, then every hyper-parameter of each
/// chosen family; numeric ones as a line within their own range, categorical ones as markers, each
/// value written where it changes.
class HyperparameterPlot : public QWidget
{
    Q_OBJECT
public:
    explicit HyperparameterPlot(QWidget *parent = nullptr);

    /// `chosen`: the chosen candidate of each search; `batchIds`: the stream's batches, ascending.
    void setSearches(const std::vector<model::store::LearningStore::SearchRow> &chosen, const std::vector<qint64> &batchIds);
    void setCurrentBatch(qint64 batchId);
    void showMessage(const QString &message);

private:
    /// One row of the chart: a hyper-parameter of one family, or the family or the variant.
    struct Lane
    {
        QString family; ///< empty for the lanes every search has
        QString name;
        bool numeric = true;
        std::vector<std::pair<double, QJsonValue>> points; ///< batch and value
    };

    static std::vector<Lane> lanes(const std::vector<model::store::LearningStore::SearchRow> &chosen);
    void addFamilies(const std::vector<model::store::LearningStore::SearchRow> &chosen);
    void addLane(const Lane &lane, int index);
    void addLabel(double key, double y, const QString &text, const QColor &colour, bool above);
    void setAxes(const std::vector<Lane> &lanes, const std::vector<qint64> &batchIds);
    QColor familyColour(const QString &family) const;

    QStringList m_families; ///< in the order searches first chose them
    double m_lastBatch = 0;
    QCustomPlot *m_plot;
    QCPItemStraightLine *m_current = nullptr;
};

} // namespace streamml::view
