#pragma once

#include "model/data/table.h"
#include "model/settings/settings.h"

#include <QByteArray>
#include <QStringList>

namespace streamml::tests {

/// The shipped dataset and settings as tests use them.
class ShippedData
{
public:
    /// The shipped settings.ini (dataset, target and its labels, ignored columns, yearly batches)
    /// with the workspace at `workspace`; `families`, when given, restricts the learners.
    static model::settings::Settings settings(const QString &workspace, const QString &families = {});
    /// resources/data/birdstrikes.csv read by the CSV reader and type inference ("Flight Date" the
    /// time), empty cells missing; read once per test program.
    static const model::data::Table &table();
    /// The shipped rows of the given years as CSV; `blank` empties every cell but the time.
    static QByteArray yearsCsv(const QStringList &years, bool blank = false);
};

} // namespace streamml::tests
