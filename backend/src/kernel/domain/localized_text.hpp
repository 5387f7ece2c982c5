// Text that exists in the process's languages. A missing language is absent (nullopt), never an
// empty string, so that "not translated yet" can be shown and counted.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace enlace {

struct LocalizedText {
  std::optional<std::string> es;
  std::optional<std::string> en;

  // The text in `language` ("es" or "en"), else the other one, else empty.
  const std::string& In(std::string_view language) const;
  const std::optional<std::string>& Get(std::string_view language) const;
  bool Has(std::string_view language) const { return Get(language).has_value(); }
  bool operator==(const LocalizedText&) const = default;
};

}  // namespace enlace
