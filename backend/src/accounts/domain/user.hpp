// Accounts. A user belongs to one process and has one role; see PRODUCT.md "Who uses it".
#pragma once

#include <optional>
#include <string>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"

namespace enlace {

struct User {
  UserId id;
  ProcessId process_id;
  std::string process_code;
  std::string email;  // stored lower-case; unique across the installation
  std::string name;
  Role role = Role::kObserver;
  std::optional<std::string> country;       // country officers
  std::optional<std::string> organization;  // observers and civil society
  std::string language = "es";
  bool active = true;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};

  Actor ToActor() const;
};

// What is needed to create an account (the password is hashed by the service).
struct UserDraft {
  std::string email;
  std::string name;
  std::string role;  // as typed; validated into Role
  std::optional<std::string> country;
  std::optional<std::string> organization;
  std::string language = "es";
};

// A partial change; absent fields stay as they are.
struct UserChange {
  std::optional<std::string> name;
  std::optional<std::string> role;
  std::optional<std::optional<std::string>> country;
  std::optional<std::optional<std::string>> organization;
  std::optional<std::string> language;
  std::optional<bool> active;
};

// E-mail addresses as people type them: trimmed and lower-cased; nullopt when it is not one.
std::optional<std::string> NormalizeEmail(std::string_view text);

constexpr std::size_t kMinimumPasswordLength = 12;
constexpr std::size_t kMaximumPasswordLength = 1024;

// A new password's rules: long enough, not too long, not one of the common ones (kInvalidArgument
// on `field`).
Result<void> CheckNewPassword(std::string_view password, std::string_view field);
// Whether the password, lower-cased, is on the list of common passwords or a trivial pattern.
bool IsCommonPassword(std::string_view password);

}  // namespace enlace
