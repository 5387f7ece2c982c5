#include "accounts/domain/user.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "accounts/domain/reasons.hpp"
#include "kernel/domain/reasons.hpp"

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

namespace enlace {
namespace {

constexpr auto kCommonPasswords = std::to_array<std::string_view>({
#include "accounts/domain/common_passwords.inc"
});

// Digits that run up or down by one (1234…, 9876…, 7890…), one character over and over, or a
// keyboard row.
bool IsTrivialPattern(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [&](char c) { return c == text.front(); })) return true;
  bool up = true;
  bool down = true;
  for (std::size_t i = 1; i < text.size(); ++i) {
    int a = text[i - 1] - '0';
    int b = text[i] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) return false;
    if (b != (a + 1) % 10) up = false;
    if (a != (b + 1) % 10) down = false;
  }
  return up || down;
}

// A common word followed only by digits and punctuation: "password2024!!", "contraseña123456".
bool IsCommonWordWithDigits(std::string_view text) {
  for (std::string_view word :
       {"password", "passw0rd", "contraseña", "contrasena", "qwerty",  "qwertyuiop",    "asdfghjkl",
        "iloveyou", "teamo",    "welcome",    "bienvenido", "admin",   "administrador", "enlace",
        "letmein",  "abc",      "abcdef",     "secret",     "secreto", "usuario"}) {
    if (!text.starts_with(word)) continue;
    auto rest = text.substr(word.size());
    if (std::all_of(rest.begin(), rest.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) || std::ispunct(static_cast<unsigned char>(c));
        })) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsCommonPassword(std::string_view password) {
  std::string lower;
  for (char c : password) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::find(kCommonPasswords.begin(), kCommonPasswords.end(), std::string_view(lower)) != kCommonPasswords.end()) {
    return true;
  }
  return IsTrivialPattern(lower) || IsCommonWordWithDigits(lower);
}

Result<void> CheckNewPassword(std::string_view password, std::string_view field) {
  if (password.size() < kMinimumPasswordLength) {
    return std::unexpected(Error::Field(std::string(field), reasons::kPasswordTooShort,
                                        {{"min", std::to_string(kMinimumPasswordLength)}}));
  }
  if (password.size() > kMaximumPasswordLength) {
    return std::unexpected(
        Error::Field(std::string(field), reasons::kTooLong, {{"max", std::to_string(kMaximumPasswordLength)}}));
  }
  if (IsCommonPassword(password)) return std::unexpected(Error::Field(std::string(field), reasons::kCommonPassword));
  return {};
}

}  // namespace enlace
