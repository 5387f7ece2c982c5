#include "accounts/domain/user.hpp"

#include <algorithm>
#include <cctype>

namespace enlace {

Actor User::ToActor() const {
  return Actor{.user_id = id,
               .email = email,
               .name = name,
               .role = role,
               .country = country,
               .organization = organization,
               .process_id = process_id,
               .process_code = process_code,
               .language = language};
}

std::optional<std::string> NormalizeEmail(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.size() < 3 || text.size() > 254) return std::nullopt;
  auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || at != text.rfind('@')) return std::nullopt;
  auto domain = text.substr(at + 1);
  if (domain.empty() || domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return std::nullopt;
  }
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isspace(u) || u < 0x21 || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') {
      return std::nullopt;
    }
    result.push_back(static_cast<char>(std::tolower(u)));
  }
  return result;
}

}  // namespace enlace
