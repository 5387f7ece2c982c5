// The fed sources: meetings (with their agreements, commitments and answers), contact points and
// the document library.
#include <nlohmann/json.hpp>

#include "kernel/storage/sql.hpp"
#include "search/storage/soci_search_repositories.hpp"

namespace enlace::storage {
namespace {

// At most `limit` bytes of `text`, cut at a space and never inside a character.
std::string Shortened(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  auto cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + " …";
}

std::string Joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!text.empty()) text += separator;
    text += part;
  }
  return text;
}

// The meeting's public record (meetings/domain/meeting_service.cpp, PublicRecord): a meeting whose
// report is no longer a draft, not cancelled, with its agreements and commitments. The rest is
// for signed-in participants.
SearchAccess MeetingAccess(const Row& row) {
  bool published = row.TextOr("report_status") != "draft" && row.IntOr("cancelled") == 0;
  return published ? SearchAccess::kPublic : SearchAccess::kParticipants;
}

const char* const kLanguages[] = {"es", "en"};

std::string Other(const std::string& language) { return language == "es" ? "en" : "es"; }

// The text of a bilingual column pair in `language`, or in the other one.
std::string InLanguage(const Row& row, const std::string& prefix, const std::string& language) {
  auto text = row.TextOr(prefix + language);
  return text.empty() ? row.TextOr(prefix + Other(language)) : text;
}

// A table of a source's fingerprint: its rows' count, sum of versions (when it has them), greatest
// id and, when it has one, latest updated_at.
struct FingerprintTable {
  std::string table;
  bool updated_at = false;
  bool versions = true;
};

std::vector<FingerprintTable> FingerprintTables(const std::string& source) {
  if (source == "meetings")
    return {{"meetings", true}, {"agreements", false}, {"commitments", true}, {"commitment_updates", false}};
  if (source == "contacts") return {{"contact_points", true}};
  if (source == "documents") return {{"documents", true}, {"document_versions", false, false}};
  return {};
}

// The fingerprints of `sources` (each the text of its tables' figures) and, when `indexed`, the ones
// they were last indexed with, read in one query: it runs before every search, and on PostgreSQL
// each query is a round trip to the server.
std::map<std::string, SearchSourceState> TablesFingerprints(soci::session& session,
                                                            const std::vector<std::string>& sources, bool indexed) {
  std::string sql;
  std::size_t count = 0;
  for (std::size_t k = 0; indexed && k < sources.size(); ++k) {
    auto n = std::to_string(k);
    sql += sql.empty() ? "SELECT * FROM " : " CROSS JOIN ";
    sql += "(SELECT (SELECT fingerprint FROM search_sources WHERE source = :s" + n + ") AS i" + n + ") g" + n;
  }
  for (const auto& source : sources) {
    for (const auto& table : FingerprintTables(source)) {
      auto n = std::to_string(count++);
      sql += sql.empty() ? "SELECT * FROM " : " CROSS JOIN ";
      sql += "(SELECT COUNT(*) AS n" + n + ", " +
             (table.versions ? "CAST(COALESCE(SUM(version), 0) AS BIGINT)" : std::string("0")) + " AS v" + n +
             ", CAST(COALESCE(MAX(id), 0) AS BIGINT) AS m" + n +
             (table.updated_at ? ", MAX(updated_at) AS u" + n : "") + " FROM " + table.table + ") f" + n;
    }
  }
  std::optional<Row> row;
  if (!sql.empty()) {
    Sql select(session, sql);
    for (std::size_t k = 0; indexed && k < sources.size(); ++k) select.Bind("s" + std::to_string(k), sources[k]);
    row = select.FetchOne();
  }
  std::map<std::string, SearchSourceState> fingerprints;
  count = 0;
  for (std::size_t k = 0; k < sources.size(); ++k) {
    const auto& source = sources[k];
    std::string text;
    for (const auto& table : FingerprintTables(source)) {
      auto n = std::to_string(count++);
      if (!row) {
        text += table.table + ":";
        continue;
      }
      text += table.table + ":" + std::to_string(row->IntOr("n" + n)) + ":" + std::to_string(row->IntOr("v" + n)) +
              ":" + std::to_string(row->IntOr("m" + n)) + ":" + (table.updated_at ? row->TextOr("u" + n) : "") + ";";
    }
    fingerprints[source] = {.now = text, .indexed = row && indexed ? row->Text("i" + std::to_string(k)) : std::nullopt};
  }
  return fingerprints;
}

void MeetingEntries(soci::session& session, std::vector<SearchEntry>& entries) {
  std::map<long long, Row> meetings;
  for (const auto& row : Sql(session,
                             "SELECT id, process_id, body, title_es, title_en, city, agenda_json, report_status, "
                             "cancelled FROM meetings")
                             .Fetch()) {
    meetings.emplace(row.IntOr("id"), row);
    auto agenda = nlohmann::json::parse(row.TextOr("agenda_json"), nullptr, false);
    for (std::string language : kLanguages) {
      auto title = row.TextOr("title_" + language);
      if (title.empty()) continue;
      std::vector<std::string> items;
      if (agenda.is_array()) {
        for (const auto& item : agenda) {
          if (item.contains(language) && item[language].is_string()) items.push_back(item[language].get<std::string>());
        }
      }
      entries.push_back(SearchEntry{.process_id = ProcessId{row.IntOr("process_id")},
                                    .type = "meeting",
                                    .id = row.IntOr("id"),
                                    .language = language,
                                    .title = title,
                                    .body = Joined({row.TextOr("city"), row.TextOr("body"), Joined(items, ". ")}, ". "),
                                    .access = MeetingAccess(row)});
    }
  }
  for (const auto& row : Sql(session, "SELECT id, meeting_id, number, text_es, text_en FROM agreements").Fetch()) {
    auto meeting = meetings.find(row.IntOr("meeting_id"));
    if (meeting == meetings.end()) continue;
    for (std::string language : kLanguages) {
      auto text = row.TextOr("text_" + language);
      if (text.empty()) continue;
      entries.push_back(
          SearchEntry{.process_id = ProcessId{meeting->second.IntOr("process_id")},
                      .type = "agreement",
                      .id = row.IntOr("id"),
                      .language = language,
                      .title = row.TextOr("number") + " · " + InLanguage(meeting->second, "title_", language),
                      .body = text,
                      .access = MeetingAccess(meeting->second),
                      .parent_type = "meeting",
                      .parent_id = meeting->first});
    }
  }
  std::map<long long, Row> commitments;
  for (const auto& row : Sql(session,
                             "SELECT c.id, c.meeting_id, c.party, c.action_es, c.action_en, c.deadline_text, "
                             "a.number FROM commitments c JOIN agreements a ON a.id = c.agreement_id")
                             .Fetch()) {
    commitments.emplace(row.IntOr("id"), row);
    auto meeting = meetings.find(row.IntOr("meeting_id"));
    if (meeting == meetings.end()) continue;
    for (std::string language : kLanguages) {
      auto action = row.TextOr("action_" + language);
      if (action.empty()) continue;
      entries.push_back(SearchEntry{
          .process_id = ProcessId{meeting->second.IntOr("process_id")},
          .type = "commitment",
          .id = row.IntOr("id"),
          .language = language,
          .title = Joined({row.TextOr("party"), row.TextOr("number"), InLanguage(meeting->second, "title_", language)},
                          " · "),
          .body = Joined({action, row.TextOr("deadline_text")}, ". "),
          .access = MeetingAccess(meeting->second),
          .parent_type = "meeting",
          .parent_id = meeting->first});
    }
  }
  // Answers: for whom their writer chose (meetings/domain/meeting.cpp, MayReadAnswer), never public.
  for (const auto& row : Sql(session,
                             "SELECT id, commitment_id, country, text, visibility, writer_delegation FROM "
                             "commitment_updates")
                             .Fetch()) {
    auto commitment = commitments.find(row.IntOr("commitment_id"));
    if (commitment == commitments.end()) continue;
    auto meeting = meetings.find(commitment->second.IntOr("meeting_id"));
    if (meeting == meetings.end() || row.TextOr("text").empty()) continue;
    auto visibility = row.TextOr("visibility");
    SearchEntry entry{.process_id = ProcessId{meeting->second.IntOr("process_id")},
                      .type = "answer",
                      .id = row.IntOr("id"),
                      .language = "",
                      .title = Joined({row.TextOr("writer_delegation", "TS"),
                                       Shortened(InLanguage(commitment->second, "action_", "es"), 90)},
                                      " · "),
                      .body = row.TextOr("text"),
                      .access = visibility == "participants" ? SearchAccess::kParticipants
                                : visibility == "network"    ? SearchAccess::kMembers
                                                             : SearchAccess::kSecretariat,
                      .parent_type = "commitment",
                      .parent_id = commitment->first};
    for (const auto& owner : {row.Text("writer_delegation"), row.Text("country")}) {
      if (owner && !owner->empty()) entry.owners.push_back(*owner);
    }
    entries.push_back(std::move(entry));
  }
}

// Confirmed contact points, for the members and the TS (the directory is also open to observers,
// but the index's levels have no "members and observers": stricter, not wider).
void ContactEntries(soci::session& session, std::vector<SearchEntry>& entries) {
  for (const auto& row : Sql(session,
                             "SELECT id, process_id, country, network, topic, name, position, institution, email "
                             "FROM contact_points WHERE status = 'confirmed'")
                             .Fetch()) {
    entries.push_back(
        SearchEntry{.process_id = ProcessId{row.IntOr("process_id")},
                    .type = "contact_point",
                    .id = row.IntOr("id"),
                    .language = "",
                    .title = Joined({row.TextOr("name"), row.TextOr("institution")}, " — "),
                    .body = Joined({row.TextOr("position"), row.TextOr("institution"), row.TextOr("country"),
                                    row.TextOr("network"), row.TextOr("topic"), row.TextOr("email")},
                                   ". "),
                    .access = SearchAccess::kMembers});
  }
}

// The document library (documents/): each document's titles, symbol, the names of its current
// files and (through SearchEntry::files) the text inside them, at the document's own access level.
SearchAccess DocumentAccess(const std::string& access) {
  if (access == "public") return SearchAccess::kPublic;
  if (access == "participants") return SearchAccess::kParticipants;
  if (access == "members") return SearchAccess::kMembers;
  return SearchAccess::kSecretariat;
}

void DocumentEntries(soci::session& session, std::vector<SearchEntry>& entries) {
  struct CurrentFile {
    std::string language;
    std::string name;
    SearchEntry::File file;
  };
  std::map<long long, std::vector<CurrentFile>> files;
  for (const auto& row :
       Sql(session,
           "SELECT v.document_id, f.id, f.file_name, f.content_type, f.sha256, CASE WHEN f.id = v.file_es_id THEN 'es' "
           "ELSE 'en' END AS language FROM document_versions v JOIN files f ON f.id IN (v.file_es_id, v.file_en_id) "
           "WHERE v.number = (SELECT MAX(number) FROM document_versions w WHERE w.document_id = v.document_id) "
           "ORDER BY f.id")
           .Fetch()) {
    files[row.IntOr("document_id")].push_back(
        CurrentFile{row.TextOr("language"), row.TextOr("file_name"),
                    SearchEntry::File{row.IntOr("id"), row.TextOr("content_type"), row.TextOr("sha256")}});
  }
  for (const auto& row :
       Sql(session, "SELECT id, process_id, type, symbol, title_es, title_en, access, owner_delegation FROM documents")
           .Fetch()) {
    const auto& current = files[row.IntOr("id")];
    std::vector<std::string> names;
    for (const auto& file : current) names.push_back(file.name);
    for (std::string language : kLanguages) {
      auto title = row.TextOr("title_" + language);
      if (title.empty()) continue;
      SearchEntry entry{.process_id = ProcessId{row.IntOr("process_id")},
                        .type = "document",
                        .id = row.IntOr("id"),
                        .language = language,
                        .title = Joined({row.TextOr("symbol"), title}, " · "),
                        .body = Joined({title, Joined(names, ", ")}, ". "),
                        .access = DocumentAccess(row.TextOr("access"))};
      // An answer's evidence: its delegation reads it whatever its level (document_policy.hpp).
      if (auto owner = row.Text("owner_delegation"); owner && !owner->empty()) entry.owners.push_back(*owner);
      // The file in this language; a file in a language the document has no title in goes with the
      // entry of the other.
      bool other_titled = !row.TextOr("title_" + Other(language)).empty();
      for (const auto& file : current) {
        if (file.language == language || !other_titled) entry.files.push_back(file.file);
      }
      entries.push_back(std::move(entry));
    }
  }
}

bool HasTable(soci::session& session, const std::string& table) {
  bool sqlite = session.get_backend_name() == "sqlite3";
  auto row = Sql(session, sqlite ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = :t"
                                 : "SELECT COUNT(*) AS n FROM pg_tables WHERE tablename = :t AND schemaname = "
                                   "current_schema()")
                 .Bind("t", table)
                 .FetchOne();
  return row && row->IntOr("n") > 0;
}

// The versions of documents have no version column: their count and highest id say when one is
// added.
}  // namespace

std::string SociSearchSourceRepository::Fingerprint(const std::string& source) {
  return Guarded([&] { return TablesFingerprints(session_, {source}, false)[source].now; });
}

std::map<std::string, SearchSourceState> SociSearchSourceRepository::Fingerprints(
    const std::vector<std::string>& sources) {
  return Guarded([&] { return TablesFingerprints(session_, sources, true); });
}

// The document library is a capability of its own: an installation (or a test) without it has no
// tables to read, and the source is then not added (asked once, at start-up).
bool SociSearchSourceRepository::Exists(const std::string& source) {
  return Guarded([&] {
    if (source == "documents") return HasTable(session_, "document_versions");
    return source == "meetings" || source == "contacts";
  });
}

std::vector<SearchEntry> SociSearchSourceRepository::Entries(const std::string& source) {
  return Guarded([&] {
    std::vector<SearchEntry> entries;
    if (source == "meetings") MeetingEntries(session_, entries);
    if (source == "contacts") ContactEntries(session_, entries);
    if (source == "documents") DocumentEntries(session_, entries);
    return entries;
  });
}

}  // namespace enlace::storage
