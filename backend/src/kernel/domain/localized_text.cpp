#include "kernel/domain/localized_text.hpp"

namespace enlace {

const std::optional<std::string>& LocalizedText::Get(std::string_view language) const {
  return language == "en" ? en : es;
}

const std::string& LocalizedText::In(std::string_view language) const {
  static const std::string kEmpty;
  if (const auto& own = Get(language)) return *own;
  if (const auto& other = Get(language == "en" ? "es" : "en")) return *other;
  return kEmpty;
}

}  // namespace enlace
