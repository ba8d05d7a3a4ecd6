#include "model/settings/key_catalog.h"

namespace streamml::model::settings {

namespace {
using Type = KeyDef::Type;

KeyDef integer(const char *section, const char *key, qlonglong def, qlonglong lo, qlonglong hi, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), Type::Integer, QString::number(def),
            QString::fromUtf8(help), double(lo), double(hi), {}};
}

KeyDef real(const char *section, const char *key, double def, double lo, double hi, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), Type::Real, QString::number(def),
            QString::fromUtf8(help), lo, hi, {}};
}

KeyDef choice(const char *section, const char *key, const char *def, QStringList choices, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), Type::Choice, QString::fromLatin1(def),
            QString::fromUtf8(help), 0, 0, std::move(choices)};
}

KeyDef plain(Type type, const char *section, const char *key, const char *def, const char *help)
{
    return {QString::fromLatin1(section), QString::fromLatin1(key), type, QString::fromUtf8(def),
            QString::fromUtf8(help), 0, 0, {}};
}

std::vector<KeyDef> buildCatalog()
{
    return {
        // [source]: where the stream comes from and what its columns mean.
        choice("source", "kind", "file", {"file", "folder", "sql"}, "file: one table file; folder: a drop folder, each new file a segment; sql: a table behind a Qt Sql connection"),
        plain(Type::Path, "source", "path", "resources/data/birdstrikes.csv", "file (CSV, CSV.gz, XLSX) or drop folder"),
        choice("source", "format", "auto", {"auto", "csv", "csv.gz", "xlsx"}, "file format; auto picks it from the file name"),
        plain(Type::Text, "source", "delimiter", "auto", "CSV field delimiter: auto, a character, or tab"),
        plain(Type::List, "source", "missing_tokens", "NA,N/A,NaN,nan,null,NULL,?", "cell values read as missing (empty cells always are)"),
        plain(Type::Text, "source", "sheet", "", "XLSX sheet name; empty takes the first sheet"),
        plain(Type::Text, "source", "folder_pattern", "*.csv *.csv.gz *.xlsx", "file name patterns a drop folder accepts, space separated"),
        plain(Type::Text, "source", "time_column", "Flight Date", "the column that orders the stream"),
        plain(Type::Text, "source", "time_format", "auto", "auto (ISO 8601 dates and times) or a Qt date-time format such as dd.MM.yyyy"),
        plain(Type::Text, "source", "target", "Effect Amount of damage", "the column the models predict"),
        choice("source", "task", "auto", {"auto", "classification", "regression"}, "auto: classification for a categorical target, regression for a numeric one"),
        plain(Type::List, "source", "negative_labels", "", "classification: these target labels become class 0 and every other label class 1 (empty keeps every label a class)"),
        plain(Type::Text, "source", "positive_label", "positive", "name of class 1 when negative_labels is set"),
        plain(Type::List, "source", "ignore_columns", "Cost Other,Cost Repair,Cost Total $", "columns kept in the store but never used as features"),
        plain(Type::List, "source", "pii_columns", "", "columns replaced at ingest by a salted hash"),
        plain(Type::List, "source", "id_columns", "", "row identifiers: stored, never used as features"),
        choice("source", "sql_driver", "QSQLITE", {"QSQLITE", "QPSQL"}, "Qt Sql driver of an sql source"),
        plain(Type::Text, "source", "sql_database", "", "database name or SQLite file of an sql source"),
        plain(Type::Text, "source", "sql_host", "127.0.0.1", "host of an sql source"),
        integer("source", "sql_port", 5432, 1, 65535, "port of an sql source"),
        plain(Type::Text, "source", "sql_user", "", "user of an sql source"),
        plain(Type::Text, "source", "sql_password_env", "STREAMML_SOURCE_PASSWORD", "environment variable holding the sql source's password"),
        plain(Type::Text, "source", "sql_table", "", "table (or view) of an sql source"),

        // [stream]: how the ordered table is cut into batches.
        integer("stream", "batch_rows", 1000, 1, 100000000, "rows per batch when no window is set"),
        plain(Type::Duration, "stream", "window", "", "time window per batch (e.g. 7d, 1m, 1q, 1y); empty cuts by batch_rows"),

        // [workspace] and [store]: where a run leaves everything it keeps.
        plain(Type::Path, "workspace", "path", "workspace", "folder holding the store, models, predictions, reports and logs"),
        choice("store", "driver", "sqlite", {"sqlite", "postgresql"}, "sqlite: a file in the workspace; postgresql: a server through QPSQL"),
        plain(Type::Text, "store", "file", "streamml.sqlite", "SQLite file name inside the workspace"),
        plain(Type::Text, "store", "host", "127.0.0.1", "PostgreSQL host"),
        integer("store", "port", 5432, 1, 65535, "PostgreSQL port"),
        plain(Type::Text, "store", "database", "streamml", "PostgreSQL database"),
        plain(Type::Text, "store", "user", "streamml", "PostgreSQL user"),
        plain(Type::Text, "store", "password_env", "STREAMML_STORE_PASSWORD", "environment variable holding the PostgreSQL password"),

        // [quality]: data-quality rules, cleaning and quarantine.
        plain(Type::Text, "quality", "valid_ranges", "Speed IAS in knots:0..1500", "valid numeric ranges, `column:low..high` separated by `;` (an empty bound is open)"),
        real("quality", "max_missing_share", 0.5, 0, 1, "a column missing more than this share of values fails the missing rule"),
        real("quality", "drop_column_missing_share", 0.95, 0, 1, "cleaning drops a feature column missing at least this share in a batch"),
        real("quality", "max_out_of_range_share", 0.01, 0, 1, "share of values outside valid_ranges that fails the range rule"),
        plain(Type::Boolean, "quality", "clip_out_of_range", "true", "cleaning clips values outside valid_ranges to the range"),
        real("quality", "max_type_violation_share", 0.01, 0, 1, "share of values of the wrong type (text in a numeric column) that fails the type rule"),
        real("quality", "max_unseen_category_share", 0.05, 0, 1, "share of values in categories the reference never had that fails the new-category rule"),
        real("quality", "constant_share", 0.95, 0.5, 1, "a column whose most frequent value has at least this share is (almost) constant"),
        real("quality", "max_duplicate_share", 0.05, 0, 1, "share of duplicated rows that fails the duplicate rule"),
        plain(Type::Boolean, "quality", "drop_duplicates", "true", "cleaning drops duplicated rows (keeping the first)"),
        real("quality", "outlier_iqr_k", 1.5, 0.1, 100, "IQR rule: outside [Q1 - k IQR, Q3 + k IQR] of the reference"),
        real("quality", "outlier_z", 3, 0.5, 100, "z rule: |value - reference mean| > z reference standard deviations"),
        real("quality", "max_outlier_share", 0.05, 0, 1, "share of IQR or z outliers that fails the outlier rule"),
        real("quality", "max_out_of_order_share", 0.05, 0, 1, "share of rows earlier than a row before them in the source that fails the order rule"),
        plain(Type::Duration, "quality", "future_tolerance", "1d", "times later than now plus this are in the future"),
        integer("quality", "min_rows", 20, 1, 100000000, "a batch with fewer rows is quarantined"),
        real("quality", "quarantine_missing_share", 0.9, 0, 1, "a batch whose feature cells are missing at least this share is quarantined"),
        real("quality", "quarantine_target_missing_share", 0.5, 0, 1, "a batch whose target is missing at least this share is quarantined"),
        real("quality", "min_quality_score", 50, 0, 100, "a batch scoring below this is quarantined"),
        integer("quality", "reference_batches", 5, 1, 100000, "quality reference: the last N accepted batches before the batch"),

        // [features]: engineered features, reproducible at inference time.
        plain(Type::List, "features", "time_parts", "year,month,weekday,is_weekend", "parts of the time column: hour, weekday, month, quarter, year, dayofyear, is_weekend"),
        plain(Type::Text, "features", "ratios", "", "ratios `numerator / denominator` separated by `;`"),
        plain(Type::Text, "features", "differences", "", "differences `a - b` separated by `;`"),
        integer("features", "frequency_min_levels", 30, 0, 100000000, "categoricals with at least this many levels get a frequency column (0: none)"),
        plain(Type::Text, "features", "log_columns", "auto", "numeric columns replaced by log1p: auto (positive and skewness above log_skewness), none, or a list separated by `;`"),
        real("features", "log_skewness", 1.0, 0, 1000, "skewness above which auto takes the log of a positive column"),

        // [drift]: data drift against a reference window.
        choice("drift", "reference", "champion", {"champion", "last_n"}, "champion: the batches the champion was trained on (the last reference_batches until one exists); last_n: the last reference_batches batches"),
        integer("drift", "reference_batches", 3, 1, 100000, "batches in the reference window"),
        plain(Type::Text, "drift", "numeric_test", "auto", "auto (ks, or wasserstein on a large reference), ks, psi or wasserstein"),
        plain(Type::Text, "drift", "categorical_test", "auto", "auto (chi2, or jensenshannon on a large reference), chi2, psi or jensenshannon"),
        real("drift", "alpha", 0.05, 0, 1, "adjusted p-values below alpha may flag drift"),
        real("drift", "min_effect", 0.1, 0, 1, "smallest effect (KS statistic, Cramér's V) that counts"),
        integer("drift", "large_reference_rows", 1000, 1, 100000000, "above this many reference values distances decide instead of p-values"),
        real("drift", "wasserstein_threshold", 0.1, 0, 100, "Wasserstein distance in reference standard deviations that flags drift"),
        real("drift", "jensenshannon_threshold", 0.1, 0, 1, "Jensen-Shannon distance that flags drift"),
        real("drift", "psi_warning", 0.1, 0, 100, "PSI of a moderate shift"),
        real("drift", "psi_drift", 0.25, 0, 100, "PSI of a significant shift"),
        integer("drift", "psi_bins", 10, 2, 1000, "reference-quantile bins of numeric PSI"),
        real("drift", "dataset_drift_share", 0.5, 0, 1, "the dataset drifts when this share of its features drift"),

        // [models]: which families compete and how they are searched.
        plain(Type::List, "models", "families", "auto", "families that compete; auto: logistic_regression, decision_tree, knn, hoeffding_tree (classification) or ridge_regression, decision_tree, knn (regression)"),
        plain(Type::Text, "models", "fallback", "decision_tree", "family of the fallback model for rows the champion should not answer (trained with the tree variant, which keeps missing values)"),
        choice("models", "search", "random", {"random", "grid"}, "hyper-parameter search: seeded random sample or the full grid of each family's space"),
        integer("models", "candidates", 6, 1, 10000, "random search: candidates per family and variant"),
        integer("models", "search_every", 0, 0, 100000, "also search every N batches (0: only when the drift policy asks or no model exists)"),
        plain(Type::Text, "models", "variants", "linear; tree", "preparation variants crossed with the families: standard names or `name: key=value, ...`, separated by `;`"),
        plain(Type::Text, "models", "space_logistic_regression", "C=0.01..100 log", "search space of logistic_regression"),
        plain(Type::Text, "models", "space_sgd_linear", "alpha=0.00001..0.01 log; loss=log_loss,modified_huber", "search space of sgd_linear"),
        plain(Type::Text, "models", "space_knn", "n_neighbors=5..75 int; weights=uniform,distance", "search space of knn"),
        plain(Type::Text, "models", "space_decision_tree", "max_depth=3..12 int; min_samples_leaf=5..80 int; ccp_alpha=0..0.002", "search space of decision_tree"),
        plain(Type::Text, "models", "space_hoeffding_tree", "grace_period=50,100,200; leaf_prediction=majority,naive_bayes,naive_bayes_adaptive", "search space of hoeffding_tree"),
        plain(Type::Text, "models", "space_ridge_regression", "alpha=0.01..100 log", "search space of ridge_regression"),
        plain(Type::Text, "models", "space_huber_regression", "epsilon=1.1..2.0; alpha=0.00001..0.01 log", "search space of huber_regression"),

        // [validation]: how candidates are scored and champions chosen.
        choice("validation", "scheme", "time_series", {"time_series", "kfold", "holdout"}, "validation of search candidates: expanding-window time-series split, k-fold (stratified for classification) or a hold-out of the last rows"),
        integer("validation", "folds", 3, 2, 50, "splits of time_series and kfold"),
        integer("validation", "gap", 0, 0, 1000000, "time_series: rows left out between train and test"),
        real("validation", "holdout_fraction", 0.25, 0.01, 0.9, "holdout: share of the last rows used as test"),
        plain(Type::Text, "validation", "metric", "auto", "metric deciding search and promotion (auto: roc_auc for binary, f1_macro for multi-class, rmse for regression)"),
        real("validation", "margin", 0.002, 0, 1, "a challenger replaces the champion only if it beats it on the newest batch by this much"),
        integer("validation", "window_batches", 0, 0, 100000, "batches a search trains on (the newest usable ones; 0: all)"),
        integer("validation", "seed", 42, 0, 4294967295LL, "seed of every random choice (shuffles, random search, sampling)"),
        choice("validation", "detector", "adwin", {"adwin", "ddm", "page_hinkley"}, "model-drift detector on the prequential error stream"),

        // [serving]: which model answers a row, and the budgets a version must keep.
        real("serving", "max_missing_share", 0.5, 0, 1, "rows missing more than this share of features are answered by the fallback model"),
        real("serving", "max_unseen_share", 0.5, 0, 1, "rows with more than this share of categorical features in unseen categories go to the fallback"),
        real("serving", "range_margin", 1.0, 0, 1000, "a numeric value beyond the training range by more than this many range widths sends the row to the fallback"),
        real("serving", "max_inference_ms_per_1k", 5000, 0.001, 1e9, "budget: milliseconds to predict 1000 rows; a slower version is not promoted"),
        real("serving", "max_train_seconds", 900, 0.001, 1e9, "budget: seconds to train a version"),
        real("serving", "max_model_mb", 512, 0.001, 1e9, "budget: size of a model package"),
        real("serving", "max_memory_mb", 8192, 1, 1e9, "budget: peak resident memory of the process"),

        // [meta]: meta-learning over batches.
        plain(Type::Boolean, "meta", "enabled", "true", "recommend families and hyper-parameters from similar earlier batches"),
        integer("meta", "neighbours", 3, 1, 1000, "earlier batches the recommendation is drawn from"),
        plain(Type::Boolean, "meta", "early_stop", "true", "a search that evaluated the recommended candidates first stops once a family's candidates stop improving"),

        // [logging]
        choice("logging", "level", "info", {"trace", "debug", "info", "warning", "error", "off"}, "level of the log file in the workspace's logs/"),
        choice("logging", "console_level", "warning", {"trace", "debug", "info", "warning", "error", "off"}, "level of the log lines on stderr"),
        integer("logging", "file_size_mb", 5, 1, 1024, "size of one log file before it rotates"),
        integer("logging", "file_count", 3, 1, 100, "rotated log files kept"),
    };
}
} // namespace

const std::vector<KeyDef> &KeyCatalog::all()
{
    static const std::vector<KeyDef> catalog = buildCatalog();
    return catalog;
}

const KeyDef *KeyCatalog::find(const QString &section, const QString &key)
{
    for (const KeyDef &def : all())
        if (def.section == section && def.key == key)
            return &def;
    return nullptr;
}

QStringList KeyCatalog::sections()
{
    QStringList result;
    for (const KeyDef &def : all())
        if (!result.contains(def.section))
            result.append(def.section);
    return result;
}

QStringList KeyCatalog::keysOf(const QString &section)
{
    QStringList result;
    for (const KeyDef &def : all())
        if (def.section == section)
            result.append(def.key);
    return result;
}

} // namespace streamml::model::settings
