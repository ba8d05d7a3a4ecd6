#pragma once

#include <QString>

namespace streamml::controller::cli {

/// The command line after parsing and validation.
struct CliOptions
{
    QString mode;      ///< empty: the GUI
    QString file;      ///< --file of inference
    QString config;    ///< --config; empty: settings.ini in the current folder
    QString workspace; ///< --workspace override of [workspace] path
    qint64 batches = 1;
    qint64 batch = -1; ///< --batch of release
    QString reason;    ///< --reason of release and rollback
    int modelVersion = -1; ///< --version N of rollback, compare and export
    int otherVersion = -1; ///< --against N of compare
    QString out;           ///< --out DIR of export
    bool all = false;
    bool help = false;
    bool version = false;
};

} // namespace streamml::controller::cli
