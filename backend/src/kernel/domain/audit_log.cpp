#include "kernel/domain/audit_log.hpp"

namespace enlace {

void AuditChange(Transaction& transaction, Timestamp now, const RequestContext& context, std::string action,
                 std::string record_type, std::string record_id, nlohmann::json before, nlohmann::json after) {
  auto record = AuditRecordFor(context, std::move(action), std::move(record_type), std::move(record_id));
  record.before = std::move(before);
  record.after = std::move(after);
  transaction.audit().Append(record, now);
}

void RecordRefusal(Store& store, Timestamp now, const RequestContext& context, const std::string& action,
                   const std::string& record_type, const std::string& record_id, const Error& error) {
  auto record = AuditRecordFor(context, action, record_type, record_id);
  record.outcome = (error.code == ErrorCode::kForbidden || error.code == ErrorCode::kUnauthenticated ||
                    error.code == ErrorCode::kRateLimited)
                       ? AuditOutcome::kDenied
                       : AuditOutcome::kFailed;
  record.reason = error.reason;
  auto transaction = store.Begin(TransactionMode::kWrite);
  transaction->audit().Append(record, now);
  transaction->Commit();
}

}  // namespace enlace
