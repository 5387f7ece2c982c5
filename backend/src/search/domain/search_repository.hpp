// The index's storage: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL, both over the
// terms computed by search_text.hpp.
#pragma once

#include <map>
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
  // best first; `total` counts records, not entries, and only those `reader` may read. What is
  // ranked is capped: at most max(200, twice offset + limit) matching entries that `reader` may
  // read (the newest on SQLite, the first the index gives on PostgreSQL); when more match, the
  // page is the best of those and `total` the records among them (total_exact false).
  virtual SearchPage Find(const SearchReader& reader, const std::vector<std::vector<std::string>>& words,
                          const SearchFilter& filter) = 0;
  // The text extracted from a file, kept by the SHA-256 of its content (empty when none could be).
  virtual std::optional<std::string> FileText(const std::string& sha256) = 0;
  virtual void SetFileText(const std::string& sha256, const std::string& text) = 0;
  virtual std::optional<std::string> SourceFingerprint(const std::string& source) = 0;
  // Every source's fingerprint as last indexed, by source (one query: it runs before every search).
  virtual std::map<std::string, std::string> SourceFingerprints() = 0;
  virtual void SetSourceFingerprint(const std::string& source, const std::string& fingerprint) = 0;
};

// The records of the capabilities the search capability feeds itself from, read from their
// tables: a fingerprint that changes when any of them changes, and every entry.
class SearchSourceRepository : public Repository {
 public:
  virtual std::string Fingerprint(const std::string& source) = 0;
  // The fingerprints of several sources (each what Fingerprint gives) and those they were last
  // indexed with (SearchRepository::SourceFingerprints), read at once.
  virtual std::map<std::string, SearchSourceState> Fingerprints(const std::vector<std::string>& sources) = 0;
  virtual std::vector<SearchEntry> Entries(const std::string& source) = 0;
  // Whether the tables of `source` are in this installation (the application asks once, at start).
  virtual bool Exists(const std::string& source) = 0;
};

}  // namespace enlace
