#include "kernel/storage/audit_repository.hpp"

#include "kernel/storage/sql.hpp"

namespace enlace::storage {
namespace {

nlohmann::json ParseStored(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  return parsed.is_discarded() ? nlohmann::json(text) : parsed;
}

constexpr const char* kAuditColumns =
    "SELECT id, at, process_id, actor_id, actor_email, actor_name, action, outcome, record_type, record_id, "
    "before_json, after_json, reason, request_id, ip, previous_hash, hash FROM audit_log";

AuditEntry EntryFrom(const Row& row) {
  AuditEntry entry;
  entry.id = row.IntOr("id");
  entry.at = TimestampFrom(row.TextOr("at"));
  auto& r = entry.record;
  if (auto process = OptionalId<ProcessId>(row.Int("process_id"))) r.process_id = *process;
  if (auto actor = OptionalId<UserId>(row.Int("actor_id"))) r.actor_id = *actor;
  r.actor_email = row.TextOr("actor_email");
  r.actor_name = row.TextOr("actor_name");
  r.action = row.TextOr("action");
  r.outcome = ParseAuditOutcome(row.TextOr("outcome")).value_or(AuditOutcome::kFailed);
  r.record_type = row.TextOr("record_type");
  r.record_id = row.TextOr("record_id");
  r.before = ParseStored(row.TextOr("before_json", "null"));
  r.after = ParseStored(row.TextOr("after_json", "null"));
  r.reason = row.TextOr("reason");
  r.request_id = row.TextOr("request_id");
  r.ip = row.TextOr("ip");
  entry.previous_hash = row.TextOr("previous_hash");
  entry.hash = row.TextOr("hash");
  return entry;
}

}  // namespace

AuditEntry SociAuditRepository::Append(const AuditRecord& record, Timestamp now) {
  if (!writable_) throw StorageFailure("audit entries are appended in write transactions only");
  if (!seal_) throw StorageFailure("the audit log cannot be written without its key");
  if (dialect_ == Dialect::kPostgresql) {
    // Serialises appends across every server sharing the database until this transaction ends.
    Sql(session_, "SELECT pg_advisory_xact_lock(7310002)").Execute();
  }
  // (SQLite: the transaction began with BEGIN IMMEDIATE and already excludes other writers.)
  auto last = Sql(session_, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").FetchOne();
  AuditEntry entry;
  entry.id = last ? last->IntOr("id") + 1 : 1;
  entry.at = now;
  entry.record = record;
  entry.previous_hash = last ? last->TextOr("hash") : "";
  // Stored JSON is re-read through the same dump, so the hash is computed over what is stored.
  entry.record.before = ParseStored(record.before.dump());
  entry.record.after = ParseStored(record.after.dump());
  entry.hash = seal_->Seal(AuditCanonicalText(entry));
  Sql(session_,
      "INSERT INTO audit_log (id, at, process_id, actor_id, actor_email, actor_name, action, outcome, record_type, "
      "record_id, before_json, after_json, reason, request_id, ip, previous_hash, hash) VALUES (:id, :at, :process, "
      ":actor, :email, :name, :action, :outcome, :record_type, :record_id, :before, :after, :reason, :request, :ip, "
      ":previous, :hash)")
      .Bind("id", static_cast<long long>(entry.id))
      .Bind("at", FormatIsoTimestamp(now))
      .Bind("process", record.process_id ? std::optional<long long>(*record.process_id) : std::nullopt)
      .Bind("actor", record.actor_id ? std::optional<long long>(*record.actor_id) : std::nullopt)
      .Bind("email", record.actor_email)
      .Bind("name", record.actor_name)
      .Bind("action", record.action)
      .Bind("outcome", std::string(ToString(record.outcome)))
      .Bind("record_type", record.record_type)
      .Bind("record_id", record.record_id)
      .Bind("before", entry.record.before.dump())
      .Bind("after", entry.record.after.dump())
      .Bind("reason", record.reason)
      .Bind("request", record.request_id)
      .Bind("ip", record.ip)
      .Bind("previous", entry.previous_hash)
      .Bind("hash", entry.hash)
      .Execute();
  return entry;
}

std::vector<AuditEntry> SociAuditRepository::List(const AuditFilter& filter) {
  std::string text = std::string(kAuditColumns) + " WHERE 1 = 1";
  if (filter.process_id) text += " AND (process_id = :process OR process_id IS NULL)";
  if (filter.actor) text += " AND LOWER(actor_email) LIKE :actor";
  if (filter.action) text += " AND (action = :action OR action LIKE :action_prefix)";
  if (filter.record_type) text += " AND record_type = :record_type";
  if (filter.record_id) text += " AND record_id = :record_id";
  if (filter.outcome) text += " AND outcome = :outcome";
  if (filter.from) text += " AND at >= :from";
  if (filter.to) text += " AND at <= :to";
  if (filter.before_id) text += " AND id < :before_id";
  text += " ORDER BY id DESC LIMIT " + std::to_string(std::clamp(filter.limit, 1, 500));
  Sql sql(session_, text);
  if (filter.process_id) sql.Bind("process", static_cast<long long>(*filter.process_id));
  if (filter.actor) {
    std::string pattern;
    for (char c : *filter.actor) {
      if (c != '%' && c != '_') pattern.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    sql.Bind("actor", "%" + pattern + "%");
  }
  if (filter.action) {
    sql.Bind("action", *filter.action);
    sql.Bind("action_prefix", *filter.action + ".%");
  }
  if (filter.record_type) sql.Bind("record_type", *filter.record_type);
  if (filter.record_id) sql.Bind("record_id", *filter.record_id);
  if (filter.outcome) sql.Bind("outcome", std::string(ToString(*filter.outcome)));
  if (filter.from) sql.Bind("from", FormatIsoTimestamp(*filter.from));
  if (filter.to) sql.Bind("to", FormatIsoTimestamp(*filter.to));
  if (filter.before_id) sql.Bind("before_id", static_cast<long long>(*filter.before_id));
  std::vector<AuditEntry> entries;
  for (const auto& row : sql.Fetch()) entries.push_back(EntryFrom(row));
  return entries;
}

std::vector<AuditEntry> SociAuditRepository::Chain(std::int64_t after_id, int limit) {
  std::vector<AuditEntry> entries;
  for (const auto& row : Sql(session_, std::string(kAuditColumns) + " WHERE id > :after ORDER BY id LIMIT " +
                                           std::to_string(std::clamp(limit, 1, 10000)))
                             .Bind("after", static_cast<long long>(after_id))
                             .Fetch()) {
    entries.push_back(EntryFrom(row));
  }
  return entries;
}

}  // namespace enlace::storage
