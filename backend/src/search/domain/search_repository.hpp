// The index's storage: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL, both over the
// terms computed by search_text.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/store.hpp"
#include "search/domain/search_entry.hpp"

namespace enlace {

class SearchRepository : public Repository {
 public:
  // Adds or replaces the entry (process, type, id, language), with its terms.
  virtual void Put(const SearchEntry& entry, const std::string& title_terms, const std::string& body_terms) = 0;
  // Removes every language of a record.
  virtual void Remove(ProcessId process, const std::string& type, std::int64_t id) = 0;
  virtual void RemoveSource(const std::string& source) = 0;
  // Records `reader` may read that match every group of `words` (a group: any of its terms),
  // best first; `total` counts records, not entries, and only those `reader` may read.
  virtual SearchPage Find(const SearchReader& reader, const std::vector<std::vector<std::string>>& words,
                          const SearchFilter& filter) = 0;
  virtual std::optional<std::string> SourceFingerprint(const std::string& source) = 0;
  virtual void SetSourceFingerprint(const std::string& source, const std::string& fingerprint) = 0;
};

// The records of the capabilities the search capability feeds itself from, read from their
// tables: a fingerprint that changes when any of them changes, and every entry.
class SearchSourceRepository : public Repository {
 public:
  virtual std::string Fingerprint(const std::string& source) = 0;
  virtual std::vector<SearchEntry> Entries(const std::string& source) = 0;
};

}  // namespace enlace
