// Writing to the audit log (M28) from any capability: a change with its record before and after,
// in the transaction that makes it, and a refused write, in a transaction of its own.
#pragma once

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

// Appends, in `transaction`, that `context` did `action` on the record: `before` and `after` as
// the API shows the record (null where there is none: before a creation, after a deletion).
void AuditChange(Transaction& transaction, Timestamp now, const RequestContext& context, std::string action,
                 std::string record_type, std::string record_id, nlohmann::json before, nlohmann::json after);

// What a service changes in one versioned record: the action the audit log names
// ("contact_point.update"), the record's type ("contact_point"), the record as it was read, and the
// record as it is to be stored. `annotation` (an object, or null) is added to the audit entry's
// "after" (a progress report adds the update it recorded).
template <typename Record>
struct VersionedChange {
  std::string action;
  std::string record_type;
  const Record& before;
  const Record& after;
  nlohmann::json annotation = nullptr;
};

// The one way a service writes a change to a versioned record, in `transaction`:
//   1. `write(change.after, change.before.version)` stores it only if the stored version is still
//      the one read (the repository's `UPDATE … WHERE version = :expected`) and says whether it did;
//   2. `find()` reads the record back as stored, with its new version;
//   3. the audit entry gets the record before and after (each record's ToJson, found by ADL).
// A write that finds another version (someone saved in between) returns kPreconditionFailed
// "stale_version" and appends nothing; the caller returns the error, so that its transaction rolls
// back whatever it wrote before. Never ignore the result: a silent stale write loses someone's work.
template <typename Record, typename Write, typename Find>
Result<Record> SaveVersioned(Transaction& transaction, Timestamp now, const RequestContext& context,
                             const VersionedChange<Record>& change, Write&& write, Find&& find) {
  if (!write(change.after, change.before.version)) return std::unexpected(Error::StaleVersion());
  std::optional<Record> stored = find();
  if (!stored) return std::unexpected(Error::StaleVersion());
  auto after = ToJson(*stored);
  if (change.annotation.is_object()) {
    for (const auto& [key, value] : change.annotation.items()) after[key] = value;
  }
  AuditChange(transaction, now, context, change.action, change.record_type, std::to_string(change.before.id),
              ToJson(change.before), std::move(after));
  return *stored;
}

// The audit entries of a record created or deleted in `transaction`, with its JSON form.
template <typename Record>
void AuditCreation(Transaction& transaction, Timestamp now, const RequestContext& context, std::string action,
                   std::string record_type, const Record& created) {
  AuditChange(transaction, now, context, std::move(action), std::move(record_type), std::to_string(created.id), nullptr,
              ToJson(created));
}
template <typename Record>
void AuditDeletion(Transaction& transaction, Timestamp now, const RequestContext& context, std::string action,
                   std::string record_type, const Record& deleted) {
  AuditChange(transaction, now, context, std::move(action), std::move(record_type), std::to_string(deleted.id),
              ToJson(deleted), nullptr);
}

// Appends, in a transaction of its own, that `context` tried `action` and was refused (denied:
// not signed in, not allowed, throttled) or failed (any other error) with `error`.
void RecordRefusal(Store& store, Timestamp now, const RequestContext& context, const std::string& action,
                   const std::string& record_type, const std::string& record_id, const Error& error);

// Refused writes, grouped per client (issue 9, finding 8: one anonymous client wrote 2,000 rows in
// 2.8 s). The first refusal of a client (address and account) for an action and reason in a minute
// is written at once; the others of that minute are counted and written as one entry (outcome and
// reason the same, "after": {"repeated": n, "from", "to"}) once the minute is over: at the next
// refusal after it, or at Flush, which the audit capability runs every minute and the destructor
// runs last. Beyond 10,000 groups held, refusals are written one by one.
class RefusalLog {
 public:
  RefusalLog(Store& store, const Clock& clock);
  ~RefusalLog();
  RefusalLog(const RefusalLog&) = delete;
  RefusalLog& operator=(const RefusalLog&) = delete;

  void Record(const RequestContext& context, const std::string& action, const std::string& record_type,
              const std::string& record_id, const Error& error);
  // Writes the counts of the minutes that are over (of every group when `everything`); returns how
  // many entries it wrote.
  int Flush(bool everything = false);

 private:
  struct Group {
    Timestamp started;
    Timestamp last;
    int repeated = 0;
    AuditRecord record;
  };
  static constexpr std::size_t kMaxGroups = 10000;

  Store& store_;
  const Clock& clock_;
  std::mutex mutex_;
  std::map<std::string, Group> groups_;
  Timestamp last_flush_{};
};

}  // namespace enlace
