#pragma once

#include <optional>
#include <string_view>

namespace streamml::model::data {

/// Parses a whole cell as a decimal number (surrounding spaces and a leading '+' allowed).
class NumberParser
{
public:
    static std::optional<double> parse(std::string_view text);
};

} // namespace streamml::model::data
