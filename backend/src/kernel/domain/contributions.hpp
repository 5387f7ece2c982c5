// What other capabilities contribute to one capability's output, without that capability knowing
// them: each contributor registers a source while the capabilities are put together, and the
// owner asks every source, with the same arguments (the reader at hand, the record, the
// language…), for its items. A source decides what the reader may see. The meetings capability
// uses it for the report's annexes and the package's documents.
#pragma once

#include <functional>
#include <mutex>
#include <vector>

namespace enlace {

template <typename Item, typename... Args>
class Contributions {
 public:
  using Source = std::function<std::vector<Item>(Args...)>;

  // Called while the capabilities are put together, before the server serves.
  void Add(Source source) {
    std::lock_guard lock(mutex_);
    sources_.push_back(std::move(source));
  }

  // Every source's items for these arguments, in the order the sources were added.
  std::vector<Item> For(Args... args) const {
    std::vector<Source> sources;
    {
      std::lock_guard lock(mutex_);
      sources = sources_;
    }
    std::vector<Item> items;
    for (const auto& source : sources) {
      for (auto& item : source(args...)) items.push_back(std::move(item));
    }
    return items;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Source> sources_;
};

}  // namespace enlace
