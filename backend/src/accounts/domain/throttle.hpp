// Counting requests per key in the LoginThrottleRepository ("email-ip:…", "ip:…", "reset-email:…"),
// shared by every server of an installation: signing in and asking for a password reset count the
// same way, each under keys of its own.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "accounts/domain/account_repositories.hpp"

namespace enlace {

struct ThrottleRules {
  int max_failures = 10;  // CountFailure: this many within `failure_window` lock the key for `lockout`
  std::chrono::seconds failure_window{std::chrono::minutes{15}};
  std::chrono::seconds lockout{std::chrono::minutes{15}};
  int backoff_after = 3;  // CountBackoff: from this count on, each one makes the key wait twice as long
};

// The locked key with the longest wait in seconds, if any.
std::optional<int> SecondsLocked(LoginThrottleRepository& throttle, const std::vector<std::string>& keys,
                                 Timestamp now);
// One more count for `key`; at `max_failures` within the window, a lock of `lockout`.
void CountFailure(LoginThrottleRepository& throttle, const ThrottleRules& rules, const std::string& key, Timestamp now);
// One more count for `key`; from the `backoff_after`th on, a wait of 1 s, 2 s, 4 s… up to `lockout`.
void CountBackoff(LoginThrottleRepository& throttle, const ThrottleRules& rules, const std::string& key, Timestamp now);

}  // namespace enlace
