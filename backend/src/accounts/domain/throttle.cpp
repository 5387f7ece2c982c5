#include "accounts/domain/throttle.hpp"

#include <algorithm>
#include <cstdint>

namespace enlace {

std::optional<int> SecondsLocked(LoginThrottleRepository& throttle, const std::vector<std::string>& keys,
                                 Timestamp now) {
  std::optional<int> wait;
  for (const auto& key : keys) {
    auto state = throttle.Get(key);
    if (state && state->locked_until && *state->locked_until > now) {
      int seconds = static_cast<int>((*state->locked_until - now).count());
      wait = std::max(wait.value_or(0), seconds);
    }
  }
  return wait;
}

void CountFailure(LoginThrottleRepository& throttle, const ThrottleRules& rules, const std::string& key,
                  Timestamp now) {
  auto state = throttle.Get(key).value_or(ThrottleState{0, now, std::nullopt});
  if (now - state.window_start > rules.failure_window || (state.locked_until && *state.locked_until <= now)) {
    state = ThrottleState{0, now, std::nullopt};
  }
  ++state.failures;
  if (state.failures >= rules.max_failures) state.locked_until = now + rules.lockout;
  throttle.Put(key, state);
}

void CountBackoff(LoginThrottleRepository& throttle, const ThrottleRules& rules, const std::string& key,
                  Timestamp now) {
  auto state = throttle.Get(key).value_or(ThrottleState{0, now, std::nullopt});
  bool waiting = state.locked_until && *state.locked_until > now;
  if (!waiting && now - state.window_start > rules.failure_window) state = ThrottleState{0, now, std::nullopt};
  ++state.failures;
  if (state.failures >= rules.backoff_after) {
    auto doubling = std::min(state.failures - rules.backoff_after, 20);
    auto delay = std::min<std::int64_t>(std::int64_t{1} << doubling, rules.lockout.count());
    state.locked_until = now + std::chrono::seconds{delay};
  }
  throttle.Put(key, state);
}

}  // namespace enlace
