#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "kernel/storage/sql.hpp"
#include "search/storage/soci_search_repositories.hpp"

namespace enlace::storage {
namespace {

std::string Owners(const std::vector<std::string>& owners) {
  if (owners.empty()) return {};
  std::string text = "|";
  for (const auto& owner : owners) text += owner + "|";
  return text;
}

// PostgreSQL refuses a tsvector over 1 MB: the terms of a very long text are cut (at a space).
std::string Capped(const std::string& terms, std::size_t limit) {
  if (terms.size() <= limit) return terms;
  auto cut = terms.rfind(' ', limit);
  return terms.substr(0, cut == std::string::npos ? 0 : cut);
}

// How many matching entries a search ranks at most (the newest on SQLite, the first the index
// gives on PostgreSQL): the cost of a search stays bounded however common its words are. Each
// candidate is a row read (PostgreSQL) or a position list read (SQLite) and ranked: 1,000 cost
// 15-20 ms at 100,000 entries, 200 a fifth of that (decision 0084, addendum).
constexpr long long kSearchCandidates = 200;

// A token of an entry's scope (its process, access level, type, language and owners), written
// next to its terms so that the full-text index itself filters by what the reader may read:
// a letter for the kind and the value's letters and digits in lower case ("tcontactpoint").
std::string SearchScopeToken(char kind, std::string_view value) {
  std::string token(1, kind);
  for (char c : value) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) token += static_cast<char>(std::tolower(u));
  }
  return token;
}

// The classes of readers by the levels they may read (MayRead in search_entry.cpp): public only
// (anonymous), + participants (signed in), + members (a member country's officer, signed in or
// not), and the secretariat (everything). A reader's class is one token of the scope, so the index
// matches one token per search instead of any of three or four levels (decision 0084, addendum 3).
constexpr int kReadsParticipants = 1;
constexpr int kReadsMembers = 2;
constexpr int kReadsEverything = 7;
constexpr int kReaderClasses[] = {0, kReadsParticipants, kReadsMembers, kReadsParticipants | kReadsMembers,
                                  kReadsEverything};

int ReaderClass(const SearchReader& reader) {
  if (reader.secretariat) return kReadsEverything;
  return (reader.signed_in ? kReadsParticipants : 0) | (reader.member ? kReadsMembers : 0);
}

bool ClassReads(int reader_class, SearchAccess access) {
  switch (access) {
    case SearchAccess::kPublic:
      return true;
    case SearchAccess::kParticipants:
      return (reader_class & kReadsParticipants) != 0;
    case SearchAccess::kMembers:
      return (reader_class & kReadsMembers) != 0;
    case SearchAccess::kSecretariat:
      return reader_class == kReadsEverything;
  }
  return false;
}

// The entry's scope: what may read it within its process (a token per class of readers that may
// read its level, and one per owner, each naming the process too: "p1r3", "p1ohn", so that the
// index filters by what the reader may read with their class and their delegation instead of
// intersecting with the whole process), and its type and language for the filters. On PostgreSQL
// the tokens begin with "~", which no word's lexeme has ('simple' splits words there): they are
// never found by a reader's words.
std::vector<std::string> SearchScopeTokens(const SearchEntry& entry) {
  auto process = SearchScopeToken('p', std::to_string(entry.process_id.value()));
  std::vector<std::string> tokens = {SearchScopeToken('t', entry.type),
                                     SearchScopeToken('l', entry.language.empty() ? "none" : entry.language)};
  for (int reader_class : kReaderClasses) {
    if (ClassReads(reader_class, entry.access))
      tokens.push_back(process + SearchScopeToken('r', std::to_string(reader_class)));
  }
  for (const auto& owner : entry.owners) tokens.push_back(process + SearchScopeToken('o', owner));
  return tokens;
}

std::string SearchScope(const SearchEntry& entry, Dialect dialect) {
  std::string scope;
  for (const auto& token : SearchScopeTokens(entry)) {
    if (!scope.empty()) scope += ' ';
    scope += dialect == Dialect::kSqlite ? token : "~" + token;
  }
  return scope;
}

// The reader's words: every group (any of its terms) in the title or the body, never in the scope
// (SQLite: a column filter; PostgreSQL: the scope's lexemes begin with "~", see SearchScope). No
// weight is asked on PostgreSQL, so the GIN index answers the match without rechecking the rows.
std::string SearchWordsQuery(const std::vector<std::vector<std::string>>& words, Dialect dialect) {
  bool sqlite = dialect == Dialect::kSqlite;
  std::string text;
  for (const auto& group : words) {
    if (!text.empty()) text += sqlite ? " AND " : " & ";
    text += sqlite ? "{title_terms body_terms}: (" : "(";
    for (std::size_t i = 0; i < group.size(); ++i) {
      if (i > 0) text += sqlite ? " OR " : " | ";
      text += sqlite ? "\"" + group[i] + "\"" : "'" + group[i] + "'";
    }
    text += ")";
  }
  return text;
}

// Any of `tokens` in the scope (SQLite: a clause of the MATCH; PostgreSQL: of a tsquery of its own).
std::string SearchScopeClause(const std::vector<std::string>& tokens, Dialect dialect) {
  bool sqlite = dialect == Dialect::kSqlite;
  std::string text = sqlite ? " AND {scope}: (" : " & (";
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) text += sqlite ? " OR " : " | ";
    text += sqlite ? "\"" + tokens[i] + "\"" : "'~" + tokens[i] + "'";
  }
  return text + ")";
}

// What the reader may read in their process (MayRead in search_entry.cpp: the same rule, which the
// tests compare) and the filters, as scope clauses (PostgreSQL: without the first " & ").
std::string SearchScopeQuery(const SearchReader& reader, const SearchFilter& filter, Dialect dialect) {
  auto process = SearchScopeToken('p', std::to_string(reader.process_id.value()));
  std::vector<std::string> readable = {process + SearchScopeToken('r', std::to_string(ReaderClass(reader)))};
  if (!reader.secretariat && reader.delegation && !reader.delegation->empty())
    readable.push_back(process + SearchScopeToken('o', *reader.delegation));
  std::string text = SearchScopeClause(readable, dialect);
  if (filter.type) text += SearchScopeClause({SearchScopeToken('t', *filter.type)}, dialect);
  if (filter.language)
    text += SearchScopeClause({SearchScopeToken('l', *filter.language), SearchScopeToken('l', "none")}, dialect);
  return dialect == Dialect::kSqlite ? text : text.substr(3);
}

// SQLite's rank of an entry: BM25 (k1 1.2, no length normalisation) over the first `phrases`
// phrases of the query (the reader's words), a term in the title counting four times one in the
// body. FTS5's own bm25() would also rank the scope's phrases, and for that count the rows of each
// (every entry of the process: tens of milliseconds per search at 100,000 entries).
void SearchRankFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int count,
                        sqlite3_value** values) {
  int phrases = api->xPhraseCount(fts);
  if (count > 0) phrases = std::min(phrases, sqlite3_value_int(values[0]));
  auto* idf = static_cast<std::vector<double>*>(api->xGetAuxdata(fts, 0));
  if (idf == nullptr) {
    // Once per query: each word's inverse document frequency.
    auto computed = std::make_unique<std::vector<double>>(static_cast<std::size_t>(std::max(phrases, 0)));
    sqlite3_int64 rows = 0;
    if (int code = api->xRowCount(fts, &rows); code != SQLITE_OK) return sqlite3_result_error_code(result, code);
    for (int i = 0; i < phrases; ++i) {
      sqlite3_int64 hits = 0;
      int code = api->xQueryPhrase(fts, i, &hits, [](const Fts5ExtensionApi*, Fts5Context*, void* data) {
        ++*static_cast<sqlite3_int64*>(data);
        return SQLITE_OK;
      });
      if (code != SQLITE_OK) return sqlite3_result_error_code(result, code);
      double value = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
      (*computed)[static_cast<std::size_t>(i)] = std::max(value, 1e-6);
    }
    idf = computed.release();
    // On failure xSetAuxdata has already deleted it.
    if (int code = api->xSetAuxdata(fts, idf, [](void* data) { delete static_cast<std::vector<double>*>(data); });
        code != SQLITE_OK)
      return sqlite3_result_error_code(result, code);
  }
  double score = 0;
  for (int i = 0; i < phrases; ++i) {
    Fts5PhraseIter iterator;
    int column = 0;
    int offset = 0;
    double frequency = 0;
    for (api->xPhraseFirst(fts, i, &iterator, &column, &offset); column >= 0;
         api->xPhraseNext(fts, &iterator, &column, &offset)) {
      frequency += column == 0 ? 4.0 : column == 1 ? 1.0 : 0.0;
    }
    score += (*idf)[static_cast<std::size_t>(i)] * frequency * 2.2 / (frequency + 1.2);
  }
  sqlite3_result_double(result, -score);
}

// Installs enlace_search_rank() in every SQLite connection the process opens (an automatic
// extension, registered before main: the store opens its connections later).
int SearchInstallRank(sqlite3* database, const char**, const sqlite3_api_routines*) {
  fts5_api* fts = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(database, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&fts), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  if (fts != nullptr) fts->xCreateFunction(fts, "enlace_search_rank", nullptr, SearchRankFunction, nullptr);
  return SQLITE_OK;
}

[[maybe_unused]] const bool kSearchRankInstalled =
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&SearchInstallRank)) == SQLITE_OK;

// The terms are [a-z0-9] and UTF-8 letters; anything else would change the query's syntax.
bool SafeTerm(const std::string& term) {
  for (char c : term) {
    auto u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || u >= 0x80)) return false;
  }
  return !term.empty();
}

}  // namespace

void SociSearchRepository::Put(const SearchEntry& entry, const std::string& title_terms,
                               const std::string& body_terms) {
  Guarded([&] {
    // The entry of this record in this language is replaced; its other languages stay.
    std::string where = " WHERE process_id = :p AND type = :t AND record_id = :r AND language = :l";
    std::vector<std::string> statements;
    if (dialect_ == Dialect::kSqlite)
      statements.push_back("DELETE FROM search_terms WHERE rowid IN (SELECT id FROM search_entries" + where + ")");
    statements.push_back("DELETE FROM search_entries" + where);
    for (const auto& statement : statements) {
      Sql(session_, statement)
          .Bind("p", static_cast<long long>(entry.process_id.value()))
          .Bind("t", entry.type)
          .Bind("r", static_cast<long long>(entry.id))
          .Bind("l", entry.language)
          .Execute();
    }
    return 0;
  });
  Guarded([&] {
    std::string columns =
        "INSERT INTO search_entries (process_id, type, record_id, language, title, body, access, owners, "
        "parent_type, parent_id, source";
    std::string values = ") VALUES (:p, :t, :r, :l, :title, :body, :access, :owners, :pt, :pi, :source";
    if (dialect_ == Dialect::kPostgresql) {
      columns += ", terms";
      values +=
          ", setweight(to_tsvector('simple', :tt), 'A') || setweight(to_tsvector('simple', :bt), 'B') || "
          "CAST(:scope AS tsvector))";
    } else {
      values += ")";
    }
    Sql insert(session_, columns + values);
    insert.Bind("p", static_cast<long long>(entry.process_id.value()))
        .Bind("t", entry.type)
        .Bind("r", static_cast<long long>(entry.id))
        .Bind("l", entry.language)
        .Bind("title", entry.title)
        .Bind("body", entry.body)
        .Bind("access", std::string(ToString(entry.access)))
        .Bind("owners", Owners(entry.owners))
        .Bind("pt", entry.parent_type)
        .Bind("pi", entry.parent_id ? std::optional<long long>(*entry.parent_id) : std::nullopt)
        .Bind("source", entry.source);
    if (dialect_ == Dialect::kPostgresql) {
      insert.Bind("tt", Capped(title_terms, 100000))
          .Bind("bt", Capped(body_terms, 800000))
          .Bind("scope", SearchScope(entry, dialect_));
    }
    insert.Execute();
    if (dialect_ == Dialect::kSqlite) {
      Sql(session_,
          "INSERT INTO search_terms (rowid, title_terms, body_terms, scope) VALUES (last_insert_rowid(), :tt, :bt, "
          ":scope)")
          .Bind("tt", title_terms)
          .Bind("bt", body_terms)
          .Bind("scope", SearchScope(entry, dialect_))
          .Execute();
    }
    return 0;
  });
}

void SociSearchRepository::Remove(ProcessId process, const std::string& type, std::int64_t id) {
  Guarded([&] {
    if (dialect_ == Dialect::kSqlite) {
      Sql(session_,
          "DELETE FROM search_terms WHERE rowid IN (SELECT id FROM search_entries WHERE process_id = :p AND type = "
          ":t AND record_id = :r)")
          .Bind("p", static_cast<long long>(process.value()))
          .Bind("t", type)
          .Bind("r", static_cast<long long>(id))
          .Execute();
    }
    Sql(session_, "DELETE FROM search_entries WHERE process_id = :p AND type = :t AND record_id = :r")
        .Bind("p", static_cast<long long>(process.value()))
        .Bind("t", type)
        .Bind("r", static_cast<long long>(id))
        .Execute();
    return 0;
  });
}

void SociSearchRepository::RemoveSource(const std::string& source) {
  Guarded([&] {
    if (dialect_ == Dialect::kSqlite) {
      Sql(session_, "DELETE FROM search_terms WHERE rowid IN (SELECT id FROM search_entries WHERE source = :s)")
          .Bind("s", source)
          .Execute();
    }
    Sql(session_, "DELETE FROM search_entries WHERE source = :s").Bind("s", source).Execute();
    return 0;
  });
}

SearchPage SociSearchRepository::Find(const SearchReader& reader, const std::vector<std::vector<std::string>>& words,
                                      const SearchFilter& filter) {
  std::vector<std::vector<std::string>> safe;
  int phrases = 0;
  for (const auto& group : words) {
    std::vector<std::string> terms;
    for (const auto& term : group)
      if (SafeTerm(term)) terms.push_back(term);
    if (terms.empty()) return {};
    phrases += static_cast<int>(terms.size());
    safe.push_back(std::move(terms));
  }
  if (safe.empty()) return {};
  bool sqlite = dialect_ == Dialect::kSqlite;
  // The candidates: at most `cap` entries that match every group of words AND that the reader may
  // read (the access, process, type and language filters are terms of the scope, so the full-text
  // index applies them: nothing is fetched, ranked or counted that the reader may not read). Only
  // they are ranked; see SearchRepository::Find for what that means for the order and the total.
  long long cap = std::max<long long>(kSearchCandidates, 2LL * (filter.offset + filter.limit));
  std::string words_query = SearchWordsQuery(safe, dialect_);
  std::string scope_query = SearchScopeQuery(reader, filter, dialect_);
  std::string candidates =
      sqlite ? "SELECT c.rowid AS id, c.rank, e.type, e.record_id, e.language FROM (SELECT rowid, "
               "enlace_search_rank(search_terms, " +
                   std::to_string(phrases) +
                   ") AS rank FROM search_terms WHERE search_terms MATCH :match ORDER BY rowid DESC LIMIT :cap) c JOIN "
                   "search_entries e ON e.id = c.rowid"
             : "SELECT e.id, -ts_rank(e.terms, to_tsquery('simple', :words)) AS rank, e.type, e.record_id, e.language "
               "FROM search_entries e WHERE e.terms @@ (to_tsquery('simple', :words) && CAST(:scope AS tsquery)) LIMIT "
               ":cap";
  return Guarded([&] {
    SearchPage page;
    // PostgreSQL: the candidates come from the GIN index, never from a scan of the table. With its
    // statistics, the planner expects a common word's first `cap` matches after reading a small
    // part of the table and scans it, testing each row's tsvector: 100-170 ms at 100,000 entries
    // where the index gives them in 2-3 ms (decision 0084, addendum 3). For this transaction only.
    if (!sqlite) Sql(session_, "SET LOCAL enable_seqscan = off").Execute();
    Sql select(session_, candidates);
    if (sqlite) {
      select.Bind("match", words_query + scope_query);
    } else {
      select.Bind("words", words_query).Bind("scope", scope_query);
    }
    select.Bind("cap", cap);
    struct Record {
      std::string type;
      long long id = 0;
      double rank = 0;
      long long entry = 0;  // the entry shown: the preferred language's, else one of no language, else the best
      int preference = 3;
    };
    std::map<std::pair<std::string, long long>, Record> records;
    long long fetched = 0;
    for (const auto& row : select.Fetch()) {
      ++fetched;
      auto language = row.TextOr("language");
      double rank = std::strtod(row.TextOr("rank", "0").c_str(), nullptr);
      int preference = language == filter.preferred_language ? 0 : language.empty() ? 1 : 2;
      auto key = std::make_pair(row.TextOr("type"), row.IntOr("record_id"));
      auto [found, added] = records.try_emplace(key, Record{key.first, key.second, rank, row.IntOr("id"), preference});
      auto& record = found->second;
      if (added) continue;
      if (preference < record.preference || (preference == record.preference && rank < record.rank)) {
        record.entry = row.IntOr("id");
        record.preference = preference;
      }
      record.rank = std::min(record.rank, rank);
    }
    page.total = static_cast<std::int64_t>(records.size());
    page.total_exact = fetched < cap;
    std::vector<const Record*> ranked;
    ranked.reserve(records.size());
    for (const auto& [key, record] : records) ranked.push_back(&record);
    std::sort(ranked.begin(), ranked.end(), [](const Record* a, const Record* b) {
      if (a->rank != b->rank) return a->rank < b->rank;
      if (a->type != b->type) return a->type < b->type;
      return a->id < b->id;
    });
    auto first = std::min<std::size_t>(static_cast<std::size_t>(filter.offset), ranked.size());
    auto last = std::min<std::size_t>(first + static_cast<std::size_t>(filter.limit), ranked.size());
    if (first == last) return page;
    std::string ids;
    for (auto i = first; i < last; ++i) ids += (ids.empty() ? "" : ",") + std::to_string(ranked[i]->entry);
    std::map<long long, SearchHit> hits;
    for (const auto& row : Sql(session_,
                               "SELECT id, type, record_id, language, title, body, parent_type, parent_id FROM "
                               "search_entries WHERE id IN (" +
                                   ids + ")")
                               .Fetch()) {
      hits.emplace(row.IntOr("id"), SearchHit{.type = row.TextOr("type"),
                                              .id = row.IntOr("record_id"),
                                              .language = row.TextOr("language"),
                                              .title = row.TextOr("title"),
                                              .body = row.TextOr("body"),
                                              .parent_type = row.Text("parent_type"),
                                              .parent_id = row.Int("parent_id")});
    }
    for (auto i = first; i < last; ++i) {
      if (auto hit = hits.find(ranked[i]->entry); hit != hits.end()) page.hits.push_back(std::move(hit->second));
    }
    return page;
  });
}

std::optional<std::string> SociSearchRepository::FileText(const std::string& sha256) {
  return Guarded([&]() -> std::optional<std::string> {
    auto row = Sql(session_, "SELECT text FROM search_file_texts WHERE sha256 = :s").Bind("s", sha256).FetchOne();
    if (!row) return std::nullopt;
    return row->TextOr("text");
  });
}

void SociSearchRepository::SetFileText(const std::string& sha256, const std::string& text) {
  Guarded([&] {
    Sql(session_, "DELETE FROM search_file_texts WHERE sha256 = :s").Bind("s", sha256).Execute();
    Sql(session_, "INSERT INTO search_file_texts (sha256, text) VALUES (:s, :t)")
        .Bind("s", sha256)
        .Bind("t", text)
        .Execute();
    return 0;
  });
}

std::optional<std::string> SociSearchRepository::SourceFingerprint(const std::string& source) {
  return Guarded([&]() -> std::optional<std::string> {
    auto row = Sql(session_, "SELECT fingerprint FROM search_sources WHERE source = :s").Bind("s", source).FetchOne();
    if (!row) return std::nullopt;
    return row->Text("fingerprint");
  });
}

std::map<std::string, std::string> SociSearchRepository::SourceFingerprints() {
  return Guarded([&] {
    std::map<std::string, std::string> fingerprints;
    for (const auto& row : Sql(session_, "SELECT source, fingerprint FROM search_sources").Fetch())
      fingerprints.emplace(row.TextOr("source"), row.TextOr("fingerprint"));
    return fingerprints;
  });
}

void SociSearchRepository::SetSourceFingerprint(const std::string& source, const std::string& fingerprint) {
  Guarded([&] {
    Sql(session_, "DELETE FROM search_sources WHERE source = :s").Bind("s", source).Execute();
    Sql(session_, "INSERT INTO search_sources (source, fingerprint) VALUES (:s, :f)")
        .Bind("s", source)
        .Bind("f", fingerprint)
        .Execute();
    return 0;
  });
}

void RegisterSearchRepositories(RepositoryRegistry& registry) {
  registry.Add<SearchRepository, SociSearchRepository>();
  registry.Add<SearchSourceRepository, SociSearchSourceRepository>();
}

}  // namespace enlace::storage
