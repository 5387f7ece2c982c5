#include "kernel/domain/role.hpp"

namespace enlace {

std::string_view ToString(Role role) {
  switch (role) {
    case Role::kSecretariat:
      return "secretariat";
    case Role::kCountryOfficer:
      return "country_officer";
    case Role::kObserver:
      return "observer";
    case Role::kCivilSociety:
      return "civil_society";
  }
  return "observer";
}

std::optional<Role> ParseRole(std::string_view text) {
  if (text == "secretariat") return Role::kSecretariat;
  if (text == "country_officer") return Role::kCountryOfficer;
  if (text == "observer") return Role::kObserver;
  if (text == "civil_society") return Role::kCivilSociety;
  return std::nullopt;
}

}  // namespace enlace
