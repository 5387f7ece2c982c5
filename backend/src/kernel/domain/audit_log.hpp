// Writing to the audit log (M28) from any capability: a change with its record before and after,
// in the transaction that makes it, and a refused write, in a transaction of its own.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kernel/domain/audit.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

// Appends, in `transaction`, that `context` did `action` on the record: `before` and `after` as
// the API shows the record (null where there is none: before a creation, after a deletion).
void AuditChange(Transaction& transaction, Timestamp now, const RequestContext& context, std::string action,
                 std::string record_type, std::string record_id, nlohmann::json before, nlohmann::json after);

// Appends, in a transaction of its own, that `context` tried `action` and was refused (denied:
// not signed in, not allowed, throttled) or failed (any other error) with `error`.
void RecordRefusal(Store& store, Timestamp now, const RequestContext& context, const std::string& action,
                   const std::string& record_type, const std::string& record_id, const Error& error);

}  // namespace enlace
