#pragma once

#include <QString>
#include <optional>
#include <string_view>

namespace streamml::model::data {

/// Parses time cells to epoch milliseconds UTC: ISO 8601 dates and date-times (with optional zone
/// offset), epoch seconds or milliseconds, or any Qt date-time format.
class TimeParser
{
public:
    /// `format`: "auto" (ISO 8601), "epoch_s", "epoch_ms", or a Qt format such as "dd.MM.yyyy HH:mm".
    explicit TimeParser(const QString &format = QStringLiteral("auto"));

    std::optional<double> parse(std::string_view text) const;
    /// What the parser accepts, for error messages.
    QString expectation() const;

    static std::optional<double> parseIso(std::string_view text);
    static qint64 daysFromCivil(int year, unsigned month, unsigned day);

private:
    enum class Mode { Iso, EpochSeconds, EpochMilliseconds, QtFormat };
    Mode m_mode = Mode::Iso;
    QString m_format;
};

} // namespace streamml::model::data
