#include "reference/domain/reference_repository.hpp"

#include "kernel/storage/sql.hpp"
#include "reference/storage/soci_reference_repository.hpp"

namespace enlace::storage {
namespace {

Process ProcessFrom(const Row& row) {
  Process process;
  process.id = ProcessId{row.IntOr("id")};
  process.code = row.TextOr("code");
  process.name = LocalizedText{row.Text("name_es"), row.Text("name_en")};
  process.languages = SplitList(row.TextOr("languages"), ';');
  process.default_language = row.TextOr("default_language", "es");
  return process;
}

constexpr const char* kProcessColumns = "SELECT id, code, name_en, name_es, languages, default_language FROM processes";

}  // namespace

std::optional<Process> SociReferenceRepository::FindProcess(std::string_view code) {
  auto row =
      Sql(session_, std::string(kProcessColumns) + " WHERE code = :code").Bind("code", std::string(code)).FetchOne();
  if (!row) return std::nullopt;
  return ProcessFrom(*row);
}

std::optional<Process> SociReferenceRepository::FindProcess(ProcessId id) {
  auto row =
      Sql(session_, std::string(kProcessColumns) + " WHERE id = :id").Bind("id", static_cast<long long>(id)).FetchOne();
  if (!row) return std::nullopt;
  return ProcessFrom(*row);
}

std::vector<Process> SociReferenceRepository::ListProcesses() {
  std::vector<Process> processes;
  for (const auto& row : Sql(session_, std::string(kProcessColumns) + " ORDER BY id").Fetch()) {
    processes.push_back(ProcessFrom(row));
  }
  return processes;
}

ProcessId SociReferenceRepository::Upsert(const ReferenceData& data, Timestamp now) {
  const auto& p = data.process;
  auto at = FormatIsoTimestamp(now);
  auto row = Sql(session_,
                 "INSERT INTO processes (code, name_en, name_es, languages, default_language, created_at, updated_at) "
                 "VALUES (:code, :name_en, :name_es, :languages, :default_language, :at, :at2) "
                 "ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_es = excluded.name_es, "
                 "languages = excluded.languages, default_language = excluded.default_language, "
                 "updated_at = excluded.updated_at RETURNING id")
                 .Bind("code", p.code)
                 .Bind("name_en", p.name.en.value_or(""))
                 .Bind("name_es", p.name.es.value_or(""))
                 .Bind("languages", JoinList(p.languages, ';'))
                 .Bind("default_language", p.default_language)
                 .Bind("at", at)
                 .Bind("at2", at)
                 .FetchOne();
  auto id = static_cast<ProcessId>(row->IntOr("id"));
  int order = 0;
  for (const auto& c : data.countries) {
    Sql(session_,
        "INSERT INTO countries (process_id, code, name_en, name_es, status, sort_order) "
        "VALUES (:process, :code, :name_en, :name_es, :status, :sort_order) "
        "ON CONFLICT (process_id, code) DO UPDATE SET name_en = excluded.name_en, name_es = excluded.name_es, "
        "status = excluded.status, sort_order = excluded.sort_order")
        .Bind("process", static_cast<long long>(id))
        .Bind("code", c.code)
        .Bind("name_en", c.name.en.value_or(""))
        .Bind("name_es", c.name.es.value_or(""))
        .Bind("status", c.status == CountryStatus::kMember ? "member" : "observer")
        .Bind("sort_order", ++order)
        .Execute();
  }
  order = 0;
  for (const auto& o : data.organizations) {
    Sql(session_,
        "INSERT INTO organizations (process_id, code, abbrev_en, abbrev_es, name_en, name_es, kind, sort_order) "
        "VALUES (:process, :code, :abbrev_en, :abbrev_es, :name_en, :name_es, :kind, :sort_order) "
        "ON CONFLICT (process_id, code) DO UPDATE SET abbrev_en = excluded.abbrev_en, abbrev_es = excluded.abbrev_es, "
        "name_en = excluded.name_en, name_es = excluded.name_es, kind = excluded.kind, sort_order = "
        "excluded.sort_order")
        .Bind("process", static_cast<long long>(id))
        .Bind("code", o.code)
        .Bind("abbrev_en", o.abbreviation.en.value_or(""))
        .Bind("abbrev_es", o.abbreviation.es.value_or(""))
        .Bind("name_en", o.name.en.value_or(""))
        .Bind("name_es", o.name.es.value_or(""))
        .Bind("kind", o.kind)
        .Bind("sort_order", ++order)
        .Execute();
  }
  order = 0;
  for (const auto& n : data.networks) {
    Sql(session_,
        "INSERT INTO networks (process_id, code, abbrev_en, abbrev_es, name_en, name_es, sort_order) "
        "VALUES (:process, :code, :abbrev_en, :abbrev_es, :name_en, :name_es, :sort_order) "
        "ON CONFLICT (process_id, code) DO UPDATE SET abbrev_en = excluded.abbrev_en, abbrev_es = excluded.abbrev_es, "
        "name_en = excluded.name_en, name_es = excluded.name_es, sort_order = excluded.sort_order")
        .Bind("process", static_cast<long long>(id))
        .Bind("code", n.code)
        .Bind("abbrev_en", n.abbreviation.en.value_or(""))
        .Bind("abbrev_es", n.abbreviation.es.value_or(""))
        .Bind("name_en", n.name.en.value_or(""))
        .Bind("name_es", n.name.es.value_or(""))
        .Bind("sort_order", ++order)
        .Execute();
  }
  order = 0;
  for (const auto& t : data.topics) {
    Sql(session_,
        "INSERT INTO topics (process_id, code, name_en, name_es, sort_order) "
        "VALUES (:process, :code, :name_en, :name_es, :sort_order) "
        "ON CONFLICT (process_id, code) DO UPDATE SET name_en = excluded.name_en, name_es = excluded.name_es, "
        "sort_order = excluded.sort_order")
        .Bind("process", static_cast<long long>(id))
        .Bind("code", t.code)
        .Bind("name_en", t.name.en.value_or(""))
        .Bind("name_es", t.name.es.value_or(""))
        .Bind("sort_order", ++order)
        .Execute();
  }
  return id;
}

ReferenceData SociReferenceRepository::Load(ProcessId process) {
  ReferenceData data;
  if (auto found = FindProcess(process)) data.process = *found;
  auto id = static_cast<long long>(process);
  for (const auto& row : Sql(session_,
                             "SELECT code, name_en, name_es, status FROM countries "
                             "WHERE process_id = :process ORDER BY sort_order")
                             .Bind("process", id)
                             .Fetch()) {
    data.countries.push_back(
        Country{row.TextOr("code"), LocalizedText{row.Text("name_es"), row.Text("name_en")},
                row.TextOr("status") == "member" ? CountryStatus::kMember : CountryStatus::kObserver});
  }
  for (const auto& row : Sql(session_,
                             "SELECT code, abbrev_en, abbrev_es, name_en, name_es, kind FROM organizations "
                             "WHERE process_id = :process ORDER BY sort_order")
                             .Bind("process", id)
                             .Fetch()) {
    data.organizations.push_back(
        Organization{row.TextOr("code"), LocalizedText{row.Text("abbrev_es"), row.Text("abbrev_en")},
                     LocalizedText{row.Text("name_es"), row.Text("name_en")}, row.TextOr("kind")});
  }
  for (const auto& row : Sql(session_,
                             "SELECT code, abbrev_en, abbrev_es, name_en, name_es FROM networks "
                             "WHERE process_id = :process ORDER BY sort_order")
                             .Bind("process", id)
                             .Fetch()) {
    data.networks.push_back(Network{row.TextOr("code"), LocalizedText{row.Text("abbrev_es"), row.Text("abbrev_en")},
                                    LocalizedText{row.Text("name_es"), row.Text("name_en")}});
  }
  for (const auto& row : Sql(session_,
                             "SELECT code, name_en, name_es FROM topics "
                             "WHERE process_id = :process ORDER BY sort_order")
                             .Bind("process", id)
                             .Fetch()) {
    data.topics.push_back(Topic{row.TextOr("code"), LocalizedText{row.Text("name_es"), row.Text("name_en")}});
  }
  return data;
}

void RegisterReferenceRepositories(RepositoryRegistry& registry) {
  registry.Add<ReferenceRepository, SociReferenceRepository>();
}

}  // namespace enlace::storage
