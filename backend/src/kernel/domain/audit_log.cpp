#include "kernel/domain/audit_log.hpp"

namespace enlace {

void AuditChange(Transaction& transaction, Timestamp now, const RequestContext& context, std::string action,
                 std::string record_type, std::string record_id, nlohmann::json before, nlohmann::json after) {
  auto record = AuditRecordFor(context, std::move(action), std::move(record_type), std::move(record_id));
  record.before = std::move(before);
  record.after = std::move(after);
  transaction.audit().Append(record, now);
}

namespace {

AuditRecord RefusalRecord(const RequestContext& context, const std::string& action, const std::string& record_type,
                          const std::string& record_id, const Error& error) {
  auto record = AuditRecordFor(context, action, record_type, record_id);
  record.outcome = (error.code == ErrorCode::kForbidden || error.code == ErrorCode::kUnauthenticated ||
                    error.code == ErrorCode::kRateLimited)
                       ? AuditOutcome::kDenied
                       : AuditOutcome::kFailed;
  record.reason = error.reason;
  return record;
}

}  // namespace

void RecordRefusal(Store& store, Timestamp now, const RequestContext& context, const std::string& action,
                   const std::string& record_type, const std::string& record_id, const Error& error) {
  auto record = RefusalRecord(context, action, record_type, record_id, error);
  auto transaction = store.Begin(TransactionMode::kWrite);
  transaction->audit().Append(record, now);
  transaction->Commit();
}

RefusalLog::RefusalLog(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

RefusalLog::~RefusalLog() {
  try {
    Flush(true);
  } catch (...) {
    // The database is gone: the counts of the last minute are lost, not the server.
  }
}

void RefusalLog::Record(const RequestContext& context, const std::string& action, const std::string& record_type,
                        const std::string& record_id, const Error& error) {
  auto now = clock_.Now();
  auto key = context.ip + '\x1f' + (context.actor ? std::to_string(context.actor->user_id) : "-") + '\x1f' +
             std::to_string(context.process_id) + '\x1f' + action + '\x1f' + error.reason;
  bool counted = false;
  {
    std::lock_guard lock(mutex_);
    auto found = groups_.find(key);
    if (found != groups_.end() && now - found->second.started < std::chrono::minutes{1}) {
      ++found->second.repeated;
      found->second.last = now;
      counted = true;
    } else if (found == groups_.end() && groups_.size() < kMaxGroups) {
      groups_.emplace(key, Group{now, now, 0, RefusalRecord(context, action, record_type, "", error)});
    }
    // (A group whose minute is over is written by Flush below; this refusal is written at once.)
  }
  if (!counted) RecordRefusal(store_, now, context, action, record_type, record_id, error);
  bool due = false;
  {
    std::lock_guard lock(mutex_);
    due = now - last_flush_ >= std::chrono::seconds{1};
  }
  if (due) Flush();
}

int RefusalLog::Flush(bool everything) {
  auto now = clock_.Now();
  std::vector<Group> over;
  {
    std::lock_guard lock(mutex_);
    last_flush_ = now;
    for (auto it = groups_.begin(); it != groups_.end();) {
      if (everything || now - it->second.started >= std::chrono::minutes{1}) {
        if (it->second.repeated > 0) over.push_back(it->second);
        it = groups_.erase(it);
      } else {
        ++it;
      }
    }
  }
  if (over.empty()) return 0;
  auto transaction = store_.Begin(TransactionMode::kWrite);
  for (auto& group : over) {
    group.record.after = {{"repeated", group.repeated},
                          {"from", FormatIsoTimestamp(group.started)},
                          {"to", FormatIsoTimestamp(group.last)}};
    transaction->audit().Append(group.record, now);
  }
  transaction->Commit();
  return static_cast<int>(over.size());
}

}  // namespace enlace
