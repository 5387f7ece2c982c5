// Search across everything (M27).
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/store.hpp"
#include "search/domain/search_entry.hpp"

namespace enlace {

struct SearchRequest {
  std::string query;
  std::optional<std::string> type;
  std::optional<std::string> language;
  int limit = 20;
  int offset = 0;
};

struct SearchResult {
  std::string type;
  std::int64_t id = 0;
  std::string title;
  std::string snippet;  // found words between <mark> and </mark>; the text itself not escaped
  std::optional<std::string> parent_type;
  std::optional<std::int64_t> parent_id;
};

struct SearchResults {
  std::vector<SearchResult> items;
  std::int64_t total = 0;
};

// A feed of the index: the records of one capability, rebuilt whenever `fingerprint` (read from its
// tables) changes, and after a restore (the index is not in backups). A capability may feed the
// index this way, or Put/Remove its entries as they change, or both (immediate, and rebuilt).
struct SearchSource {
  std::string name;
  std::function<std::string(Transaction&)> fingerprint;
  std::function<std::vector<SearchEntry>(Transaction&)> entries;
};

class SearchService {
 public:
  explicit SearchService(Store& store) : store_(store) {}

  // For capabilities that index their records: in the transaction that changes the record.
  static void Put(Transaction& transaction, const SearchEntry& entry);
  static void Remove(Transaction& transaction, ProcessId process, const std::string& type, std::int64_t id);

  // Anyone may search; each finds only what they may read (anonymous visitors: public entries).
  Result<SearchResults> Search(const RequestContext& context, const SearchRequest& request);

  // Rebuilds the entries of the fed sources whose tables changed since they were indexed. Search
  // calls it first; the CLI and tests may call it.
  void Refresh();

  void AddSource(SearchSource source);
  // Optional: several sources' fingerprints now and as last indexed, by name, read at once (one
  // query before every search instead of one per source and one for the index); a source it does
  // not give is read with its own `fingerprint`.
  void SetFingerprints(std::function<std::map<std::string, SearchSourceState>(Transaction&)> fingerprints);

 private:
  // The sources whose tables changed since they were indexed, read in `transaction`.
  std::vector<const SearchSource*> Changed(Transaction& transaction);

  Store& store_;
  std::vector<SearchSource> sources_;
  std::function<std::map<std::string, SearchSourceState>(Transaction&)> fingerprints_;
  std::mutex refresh_;
};

}  // namespace enlace
