// The answers of the matrices' heaviest reads — the whole matrix and "what changed" — kept while
// nothing they are made of has changed. Each is kept under a key (process, matrix, query) with a
// stamp: the matrix's outline as JSON (title, topics, rounds and their states, countries), the
// published cells' stamp (cells are only ever added; the people's names come from the accounts),
// and the day (a cell's "may be out of date" depends on it). A read computes the stamp, which is
// cheap, and gets the kept answer only when the stamps are equal; a stamp read before the answer
// was made can only be older, so a kept answer is never older than its stamp says. Several
// servers sharing one PostgreSQL database each keep their own, all read the same stamps.
//
// Thread-safety: every method may be called from several threads at once.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace enlace::http {

class MatrixAnswerCache {
 public:
  // The answer kept under `key` when it was made at `stamp`.
  std::shared_ptr<const std::string> Find(const std::string& key, const std::string& stamp) {
    std::lock_guard lock(mutex_);
    auto found = entries_.find(key);
    if (found == entries_.end() || found->second.stamp != stamp) return nullptr;
    found->second.used = ++uses_;
    return found->second.body;
  }

  // Keeps `body` under `key`; the least recently used answers go when there are too many or too large.
  void Keep(const std::string& key, std::string stamp, std::string body) {
    std::lock_guard lock(mutex_);
    if (auto old = entries_.find(key); old != entries_.end()) {
      bytes_ -= old->second.body->size();
      entries_.erase(old);
    }
    bytes_ += body.size();
    entries_[key] = Entry{std::move(stamp), std::make_shared<const std::string>(std::move(body)), ++uses_};
    while (entries_.size() > kMaximumEntries || bytes_ > kMaximumBytes) {
      auto oldest = entries_.begin();
      for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (it->second.used < oldest->second.used) oldest = it;
      }
      bytes_ -= oldest->second.body->size();
      entries_.erase(oldest);
    }
  }

 private:
  static constexpr std::size_t kMaximumEntries = 64;
  static constexpr std::size_t kMaximumBytes = 32u << 20;
  struct Entry {
    std::string stamp;
    std::shared_ptr<const std::string> body;
    std::uint64_t used = 0;
  };
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
  std::uint64_t uses_ = 0;
};

}  // namespace enlace::http
