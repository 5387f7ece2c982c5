#include "imports/domain/import_repository.hpp"

#include "imports/storage/soci_import_repository.hpp"
#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kImportColumns =
    "SELECT id, process_id, created_by, created_at, file_name, source_format, fingerprint, reading_json, status, "
    "meeting_id, confirmed_at, draft_json, draft_version, draft_saved_at FROM imports";

ReportImport ImportFrom(const Row& row) {
  ReportImport record;
  record.id = ImportId{row.IntOr("id")};
  record.process_id = ProcessId{row.IntOr("process_id")};
  record.created_by = UserId{row.IntOr("created_by")};
  record.created_at = TimestampFrom(row.TextOr("created_at"));
  record.file_name = row.Text("file_name");
  record.source_format = row.TextOr("source_format");
  record.fingerprint = row.TextOr("fingerprint");
  // Written by this program from a parsed value; a row that no longer parses reads as an empty
  // reading rather than stopping the request.
  record.reading = nlohmann::json::parse(row.TextOr("reading_json", "{}"), nullptr, false);
  if (record.reading.is_discarded()) record.reading = nlohmann::json::object();
  record.status = ParseImportStatus(row.TextOr("status")).value_or(ImportStatus::kPending);
  if (auto meeting = OptionalId<MeetingId>(row.Int("meeting_id"))) record.meeting_id = *meeting;
  record.confirmed_at = OptionalTimestampFrom(row.Text("confirmed_at"));
  if (auto draft = row.Text("draft_json")) {
    auto parsed = nlohmann::json::parse(*draft, nullptr, false);
    if (!parsed.is_discarded()) record.draft = std::move(parsed);
  }
  record.draft_version = row.IntOr("draft_version");
  record.draft_saved_at = OptionalTimestampFrom(row.Text("draft_saved_at"));
  return record;
}

// Strings that are not valid UTF-8 are stored with U+FFFD rather than failing the write.
std::string Dump(const nlohmann::json& reading) {
  return reading.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

ReportImport SociImportRepository::Create(const ReportImport& record) {
  auto row = Sql(session_,
                 "INSERT INTO imports (process_id, created_by, created_at, file_name, source_format, fingerprint, "
                 "reading_json, status) VALUES (:process, :created_by, :created_at, :file_name, :source_format, "
                 ":fingerprint, :reading, :status) RETURNING id")
                 .Bind("process", static_cast<long long>(record.process_id))
                 .Bind("created_by", static_cast<long long>(record.created_by))
                 .Bind("created_at", FormatIsoTimestamp(record.created_at))
                 .Bind("file_name", record.file_name)
                 .Bind("source_format", record.source_format)
                 .Bind("fingerprint", record.fingerprint)
                 .Bind("reading", Dump(record.reading))
                 .Bind("status", std::string(ToString(record.status)))
                 .FetchOne();
  auto created = record;
  created.id = ImportId{row->IntOr("id")};
  return created;
}

std::optional<ReportImport> SociImportRepository::Find(ProcessId process, ImportId id) {
  auto row = Sql(session_, std::string(kImportColumns) + " WHERE id = :id AND process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return ImportFrom(*row);
}

std::vector<ReportImport> SociImportRepository::List(ProcessId process, std::optional<ImportStatus> status) {
  Sql sql(session_, std::string(kImportColumns) + " WHERE process_id = :process" +
                        (status ? " AND status = :status" : "") + " ORDER BY id DESC");
  sql.Bind("process", static_cast<long long>(process));
  if (status) sql.Bind("status", std::string(ToString(*status)));
  std::vector<ReportImport> records;
  for (const auto& row : sql.Fetch()) records.push_back(ImportFrom(row));
  return records;
}

bool SociImportRepository::SaveDraft(ImportId id, const nlohmann::json& draft, std::int64_t expected_version,
                                     Timestamp at) {
  return Sql(session_,
             "UPDATE imports SET draft_json = :draft, draft_version = draft_version + 1, draft_saved_at = :at "
             "WHERE id = :id AND status = 'pending' AND draft_version = :expected")
             .Bind("draft", Dump(draft))
             .Bind("at", FormatIsoTimestamp(at))
             .Bind("id", static_cast<long long>(id))
             .Bind("expected", static_cast<long long>(expected_version))
             .Execute() == 1;
}

bool SociImportRepository::MarkConfirmed(ImportId id, MeetingId meeting, const nlohmann::json& reading, Timestamp at) {
  return Sql(session_,
             "UPDATE imports SET status = 'confirmed', meeting_id = :meeting, reading_json = :reading, confirmed_at = "
             ":at "
             "WHERE id = :id AND status = 'pending'")
             .Bind("meeting", static_cast<long long>(meeting))
             .Bind("reading", Dump(reading))
             .Bind("at", FormatIsoTimestamp(at))
             .Bind("id", static_cast<long long>(id))
             .Execute() == 1;
}

std::vector<ImportAlias> SociImportRepository::Aliases(ProcessId process) {
  Sql sql(session_, "SELECT name, code FROM import_aliases WHERE process_id = :process ORDER BY id");
  sql.Bind("process", static_cast<long long>(process));
  std::vector<ImportAlias> aliases;
  for (const auto& row : sql.Fetch()) aliases.push_back(ImportAlias{row.TextOr("name"), row.TextOr("code")});
  return aliases;
}

void SociImportRepository::SaveAlias(ProcessId process, const ImportAlias& alias, UserId by, Timestamp at) {
  Sql(session_,
      "INSERT INTO import_aliases (process_id, name, name_key, code, created_by, created_at) "
      "VALUES (:process, :name, :name_key, :code, :by, :at) "
      "ON CONFLICT (process_id, name_key) DO UPDATE SET code = excluded.code, name = excluded.name")
      .Bind("process", static_cast<long long>(process))
      .Bind("name", alias.name)
      .Bind("name_key", ImportAliasKey(alias.name))
      .Bind("code", alias.code)
      .Bind("by", static_cast<long long>(by))
      .Bind("at", FormatIsoTimestamp(at))
      .Execute();
}

void RegisterImportRepositories(RepositoryRegistry& registry) {
  registry.Add<ImportRepository, SociImportRepository>();
}

}  // namespace enlace::storage
