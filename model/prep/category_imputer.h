#pragma once

#include "model/prep/registry.h"

#include <QDataStream>
#include <QString>
#include <QStringList>
#include <vector>

namespace streamml::model::prep {

/// Fills the missing values of one categorical column with one label learnt from its training levels.
class CategoryImputer
{
public:
    virtual ~CategoryImputer() = default;

    /// Registered name, as a variant spells it ("most_frequent", "constant").
    virtual QString name() const = 0;

    /// Learns the fill label from the distinct training levels and how many rows hold each.
    void fit(const QStringList &levels, const std::vector<qint64> &counts);
    const QString &fillLabel() const { return m_fill; }

    void save(QDataStream &out) const;
    void load(QDataStream &in);

    /// most_frequent, constant.
    static const Registry<CategoryImputer> &registry();

protected:
    virtual QString choose(const QStringList &levels, const std::vector<qint64> &counts) const = 0;

private:
    QString m_fill;
};

} // namespace streamml::model::prep
