#pragma once

#include "model/data/column.h"
#include "model/data/table.h"
#include "model/data/text_table.h"
#include "model/data/time_parser.h"

#include <QHash>

namespace streamml::model::data {

/// Turns text cells into typed columns. Without a known schema each column becomes numeric when every
/// present value is a number, time when every present value is an ISO time, categorical otherwise.
/// With a schema (the kinds of earlier batches) values are coerced to it and misfits counted.
class TypeInference
{
public:
    struct Options
    {
        QStringList missingTokens;
        QString timeColumn;
        QString timeFormat = QStringLiteral("auto");
        /// Batches need a valid time in every row; inference input may lack or garble it (then the
        /// time is missing and counted as a misfit).
        bool strictTime = true;
        QHash<QString, Column::Kind> schema; ///< known kinds by column name; empty infers every column
    };

    struct Result
    {
        Table table;
        /// Per column with misfits: which rows hold a present value that does not fit the column's kind.
        QHash<QString, std::vector<bool>> violations;
    };

    explicit TypeInference(Options options);

    /// Throws Error::input naming the file, line and column when the time column is absent,
    /// missing in a row, or unparsable.
    Result type(const TextTable &text) const;

private:
    bool isMissing(const std::string &cell) const;
    Column::Kind inferKind(const std::vector<std::string> &cells) const;
    Column timeColumn(const TextTable &text, qsizetype index) const;
    Column lenientTimeColumn(const QString &name, const std::vector<std::string> &cells, std::vector<bool> &violations) const;
    Column convert(const QString &name, const std::vector<std::string> &cells, Column::Kind kind,
                   std::vector<bool> &violations) const;

    Options m_options;
    TimeParser m_timeParser;
    std::vector<std::string> m_missing;
};

} // namespace streamml::model::data
