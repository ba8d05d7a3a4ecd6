#pragma once

#include <QString>
#include <QStringList>
#include <cmath>
#include <cstdint>
#include <vector>

namespace streamml::model::data {

/// One typed column: numbers (NaN = missing), dictionary-encoded categories (-1 = missing),
/// or times as epoch milliseconds UTC (NaN = missing).
class Column
{
public:
    enum class Kind { Numeric, Categorical, Time };

    Column() = default;
    static Column numeric(QString name, std::vector<double> values);
    static Column time(QString name, std::vector<double> epochMs);
    static Column categorical(QString name, std::vector<std::int32_t> codes, QStringList dictionary);
    /// A column of `rows` missing values of the given kind.
    static Column missing(QString name, Kind kind, qsizetype rows);

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    Kind kind() const { return m_kind; }
    bool isNumeric() const { return m_kind == Kind::Numeric; }
    bool isCategorical() const { return m_kind == Kind::Categorical; }
    bool isTime() const { return m_kind == Kind::Time; }
    qsizetype size() const;

    /// Values of a numeric or time column.
    const std::vector<double> &numbers() const { return m_numbers; }
    /// Codes of a categorical column, indexes into dictionary().
    const std::vector<std::int32_t> &codes() const { return m_codes; }
    const QStringList &dictionary() const { return m_dictionary; }

    bool isMissing(qsizetype row) const;
    qsizetype missingCount() const;
    /// The cell as a user reads it: a number, an ISO time, a category; empty when missing.
    QString text(qsizetype row) const;
    /// The category of a row, or an empty string when missing.
    QString category(qsizetype row) const;

    /// A column made of the given rows, in that order.
    Column take(const std::vector<qsizetype> &rows) const;
    Column slice(qsizetype from, qsizetype count) const;
    /// Appends the rows of another column of the same kind, merging dictionaries.
    void append(const Column &other);

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    /// "2001-03-04" at midnight, else "2001-03-04T10:20:30[.250]" (UTC); empty for NaN.
    static QString formatTime(double epochMs);

private:
    QString m_name;
    Kind m_kind = Kind::Numeric;
    std::vector<double> m_numbers;
    std::vector<std::int32_t> m_codes;
    QStringList m_dictionary;
};

} // namespace streamml::model::data
