#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace streamml::model::settings {

/// A stream window such as "7d" or "1q": a count of calendar or fixed units.
struct Duration
{
    enum class Unit { Hour, Day, Week, Month, Quarter, Year };

    int count = 1;
    Unit unit = Unit::Day;

    static std::optional<Duration> parse(const QString &text);
    QString toString() const;

    /// Start of the window that holds `epochMs`: calendar units align to their calendar start
    /// (weeks to Monday), all in UTC.
    qint64 windowStart(qint64 epochMs) const;
    /// Start of the window after the one starting at `startMs`.
    qint64 windowEnd(qint64 startMs) const;
};

} // namespace streamml::model::settings
