#include "kernel/http/rate_limit.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace enlace::http {

RateLimiter::RateLimiter(double rate, double burst, std::size_t max_clients)
    : rate_(rate), burst_(burst), max_clients_(std::max<std::size_t>(max_clients, 2)) {}

int RateLimiter::Take(std::string_view client, double now) {
  if (!enabled()) return 0;
  std::lock_guard lock(mutex_);
  auto found = buckets_.find(std::string(client));
  if (found == buckets_.end()) {
    if (buckets_.size() >= max_clients_) Evict(now);
    found = buckets_.emplace(std::string(client), Bucket{burst_, now}).first;
  }
  auto& bucket = found->second;
  if (now > bucket.last) {
    bucket.tokens = std::min(burst_, bucket.tokens + (now - bucket.last) * rate_);
    bucket.last = now;
  }
  constexpr double kRounding = 1e-9;  // 0.05 s at 20/s is one token, whatever the floating point says
  if (bucket.tokens >= 1 - kRounding) {
    bucket.tokens -= 1;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1 - bucket.tokens) / rate_ - kRounding)));
}

std::size_t RateLimiter::clients() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

void RateLimiter::Evict(double now) {
  // A bucket that has refilled is the same as none.
  std::erase_if(buckets_,
                [&](const auto& entry) { return entry.second.tokens + (now - entry.second.last) * rate_ >= burst_; });
  if (buckets_.size() < max_clients_) return;
  std::vector<double> seen;
  seen.reserve(buckets_.size());
  for (const auto& [client, bucket] : buckets_) seen.push_back(bucket.last);
  auto middle = seen.begin() + static_cast<std::ptrdiff_t>(seen.size() / 2);
  std::nth_element(seen.begin(), middle, seen.end());
  auto cut = *middle;
  std::erase_if(buckets_, [&](const auto& entry) { return entry.second.last <= cut; });
}

}  // namespace enlace::http
