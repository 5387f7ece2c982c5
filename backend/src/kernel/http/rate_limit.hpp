// A token bucket per client: `rate` requests a second on average, `burst` at once. The pipeline
// asks it for anonymous API requests (issue 9, item 2), keyed by the client address it computed
// with the trusted proxies; signed-in callers are not limited by it. Memory is bounded: past
// `max_clients` buckets, the full ones (idle long enough to have refilled) are dropped, and if
// that is not enough the least recently used half.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace enlace::http {

class RateLimiter {
 public:
  RateLimiter(double rate, double burst, std::size_t max_clients = 100'000);
  // Takes a token for `client` at `now` (seconds on a monotonic clock). Returns 0 when the request
  // may go on, else the whole seconds after which a token will be there (at least 1).
  int Take(std::string_view client, double now);
  bool enabled() const { return rate_ > 0 && burst_ >= 1; }
  std::size_t clients() const;

 private:
  struct Bucket {
    double tokens;
    double last;
  };
  void Evict(double now);

  double rate_;
  double burst_;
  std::size_t max_clients_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace enlace::http
