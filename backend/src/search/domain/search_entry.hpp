// An entry of the search index and who may read it.
//
// Any capability writes entries (SearchService::Put/Remove in its own transaction); the search
// capability also feeds the index itself from the meetings and the contact points (sources,
// rebuilt when their tables change). An entry is one record in one language; a record with both
// languages has two entries and is found once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/role.hpp"

namespace enlace {

// Who may read an entry (issue 13): everyone, signed-in participants (members, observers and civil
// society), members (the member countries' officers and the TS), or the TS. The delegations in
// `owners` (a country or organisation code) read it whatever its level: a country's own draft.
enum class SearchAccess { kPublic, kParticipants, kMembers, kSecretariat };
std::string_view ToString(SearchAccess access);
std::optional<SearchAccess> ParseSearchAccess(std::string_view text);

struct SearchEntry {
  ProcessId process_id;
  std::string type;  // "meeting", "agreement", "commitment", "answer", "contact_point", "document" …
  std::int64_t id = 0;
  std::string language;  // "es", "en", or "" when not known (indexed in both)
  std::string title;
  std::string body;
  SearchAccess access = SearchAccess::kSecretariat;
  std::vector<std::string> owners;
  // Where the record is shown, when not on a page of its own: an agreement's meeting, an answer's
  // commitment.
  std::optional<std::string> parent_type;
  std::optional<std::int64_t> parent_id;
  // The feed that wrote it ("meetings", "contacts"); empty for entries their capability writes.
  std::string source;
  // Files whose text belongs to the body (a document's PDF or DOCX): read, extracted and added to
  // the body when the entry is indexed by SearchService::Refresh (kept by content, so once).
  struct File {
    std::int64_t id = 0;
    std::string content_type;
    std::string sha256;
  };
  std::vector<File> files;
};

// The reader as the index sees them.
struct SearchReader {
  ProcessId process_id;
  bool signed_in = false;
  bool secretariat = false;
  bool member = false;                    // a member country's officer
  std::optional<std::string> delegation;  // their country or organisation
};
SearchReader ReaderOf(const RequestContext& context);
// May `reader` read `entry`? The same rule the repository applies in SQL (tests compare them).
bool MayRead(const SearchReader& reader, SearchAccess access, const std::vector<std::string>& owners);

struct SearchHit {
  std::string type;
  std::int64_t id = 0;
  std::string language;
  std::string title;
  std::string body;
  std::optional<std::string> parent_type;
  std::optional<std::int64_t> parent_id;
};

// A fed source's fingerprint now and as last indexed (none: never indexed).
struct SearchSourceState {
  std::string now;
  std::optional<std::string> indexed;
};

struct SearchFilter {
  std::optional<std::string> type;
  std::optional<std::string> language;    // entries in this language (and those of no known language)
  std::string preferred_language = "es";  // which entry of a record to show
  int limit = 20;
  int offset = 0;
};

struct SearchPage {
  std::vector<SearchHit> hits;
  std::int64_t total = 0;   // records found, not entries
  bool total_exact = true;  // false: more entries matched than were ranked, and `total` is a lower bound
};

}  // namespace enlace
