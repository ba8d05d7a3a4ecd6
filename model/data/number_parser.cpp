#include "model/data/number_parser.h"

#include <charconv>
#include <cmath>

namespace streamml::model::data {

std::optional<double> NumberParser::parse(std::string_view text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    if (p < end && *p == '+')
        ++p;
    if (p == end)
        return std::nullopt;
    double value = 0;
    const auto [stop, error] = std::from_chars(p, end, value, std::chars_format::general);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace streamml::model::data
