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

std::string Matching(const std::vector<std::vector<std::string>>& words, Dialect dialect) {
  std::string text;
  for (const auto& group : words) {
    if (!text.empty()) text += dialect == Dialect::kSqlite ? " AND " : " & ";
    text += "(";
    for (std::size_t i = 0; i < group.size(); ++i) {
      if (i > 0) text += dialect == Dialect::kSqlite ? " OR " : " | ";
      text += dialect == Dialect::kSqlite ? "\"" + group[i] + "\"" : "'" + group[i] + "'";
    }
    text += ")";
  }
  return text;
}

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
      values += ", setweight(to_tsvector('simple', :tt), 'A') || setweight(to_tsvector('simple', :bt), 'B'))";
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
      insert.Bind("tt", Capped(title_terms, 100000)).Bind("bt", Capped(body_terms, 800000));
    }
    insert.Execute();
    if (dialect_ == Dialect::kSqlite) {
      Sql(session_, "INSERT INTO search_terms (rowid, title_terms, body_terms) VALUES (last_insert_rowid(), :tt, :bt)")
          .Bind("tt", title_terms)
          .Bind("bt", body_terms)
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
  for (const auto& group : words) {
    std::vector<std::string> terms;
    for (const auto& term : group)
      if (SafeTerm(term)) terms.push_back(term);
    if (terms.empty()) return {};
    safe.push_back(std::move(terms));
  }
  if (safe.empty()) return {};
  bool sqlite = dialect_ == Dialect::kSqlite;
  // SQLite: CROSS JOIN keeps the full-text match as the outer loop (otherwise the planner may scan
  // the entries and run the match once per row).
  std::string hits =
      sqlite ? "WITH hits AS (SELECT e.type, e.record_id, e.language, e.title, e.body, e.parent_type, e.parent_id, "
               "bm25(search_terms, 4.0, 1.0) AS rank FROM search_terms CROSS JOIN search_entries e ON e.id = "
               "search_terms.rowid WHERE search_terms MATCH :match"
             : "WITH q AS (SELECT to_tsquery('simple', :match) AS query), hits AS (SELECT e.type, e.record_id, "
               "e.language, e.title, e.body, e.parent_type, e.parent_id, -ts_rank(e.terms, q.query) AS rank FROM "
               "search_entries e, q WHERE e.terms @@ q.query";
  hits +=
      " AND e.process_id = :process AND (e.access = 'public' OR :ts = 1 OR (:signed = 1 AND e.access = "
      "'participants') OR (:member = 1 AND e.access = 'members') OR (:owner <> '' AND ";
  hits += sqlite ? "instr(e.owners, :owner2) > 0))" : "strpos(e.owners, :owner2) > 0))";
  if (filter.type) hits += " AND e.type = :type";
  if (filter.language) hits += " AND (e.language = :language OR e.language = '')";
  hits += ")";
  std::string owner = reader.delegation ? "|" + *reader.delegation + "|" : "";
  auto bind = [&](Sql& sql) {
    sql.Bind("match", Matching(safe, dialect_))
        .Bind("process", static_cast<long long>(reader.process_id.value()))
        .Bind("ts", reader.secretariat ? 1 : 0)
        .Bind("signed", reader.signed_in ? 1 : 0)
        .Bind("member", reader.member ? 1 : 0)
        .Bind("owner", owner)
        .Bind("owner2", owner);
    if (filter.type) sql.Bind("type", *filter.type);
    if (filter.language) sql.Bind("language", *filter.language);
  };
  return Guarded([&] {
    SearchPage page;
    Sql count(session_, hits + " SELECT COUNT(*) AS n FROM (SELECT DISTINCT type, record_id FROM hits) found");
    bind(count);
    if (auto row = count.FetchOne()) page.total = row->IntOr("n");
    if (page.total == 0) return page;
    Sql select(session_,
               hits +
                   ", best AS (SELECT hits.*, ROW_NUMBER() OVER (PARTITION BY type, record_id ORDER BY CASE WHEN "
                   "language = :preferred THEN 0 WHEN language = '' THEN 1 ELSE 2 END, rank) AS n, MIN(rank) OVER "
                   "(PARTITION BY type, record_id) AS best_rank FROM hits) SELECT type, record_id, language, title, "
                   "body, parent_type, parent_id FROM best WHERE n = 1 ORDER BY best_rank, type, record_id LIMIT "
                   ":limit OFFSET :offset");
    bind(select);
    select.Bind("preferred", filter.preferred_language)
        .Bind("limit", static_cast<long long>(filter.limit))
        .Bind("offset", static_cast<long long>(filter.offset));
    for (const auto& row : select.Fetch()) {
      page.hits.push_back(SearchHit{.type = row.TextOr("type"),
                                    .id = row.IntOr("record_id"),
                                    .language = row.TextOr("language"),
                                    .title = row.TextOr("title"),
                                    .body = row.TextOr("body"),
                                    .parent_type = row.Text("parent_type"),
                                    .parent_id = row.Int("parent_id")});
    }
    return page;
  });
}

std::optional<std::string> SociSearchRepository::SourceFingerprint(const std::string& source) {
  return Guarded([&]() -> std::optional<std::string> {
    auto row = Sql(session_, "SELECT fingerprint FROM search_sources WHERE source = :s").Bind("s", source).FetchOne();
    if (!row) return std::nullopt;
    return row->Text("fingerprint");
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
