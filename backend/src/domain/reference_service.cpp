#include "domain/reference_service.hpp"

namespace enlace {

ReferenceService::ReferenceService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

Result<Process> ReferenceService::ResolveProcess(std::optional<ProcessId> signed_in_process,
                                                 std::optional<std::string> code) {
  auto transaction = store_.Begin(TransactionMode::kRead);
  if (signed_in_process) {
    if (auto process = transaction->reference().FindProcess(*signed_in_process)) return *process;
  } else if (code) {
    if (auto process = transaction->reference().FindProcess(std::string_view(*code))) return *process;
    return std::unexpected(Error::NotFound("unknown_process"));
  } else {
    auto processes = transaction->reference().ListProcesses();
    if (!processes.empty()) return processes.front();
  }
  return std::unexpected(Error::NotFound("unknown_process"));
}

ReferenceData ReferenceService::Load(ProcessId process) {
  auto transaction = store_.Begin(TransactionMode::kRead);
  return transaction->reference().Load(process);
}

ProcessId ReferenceService::Install(const ReferenceData& data, const RequestContext& context) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  bool existed = transaction->reference().FindProcess(std::string_view(data.process.code)).has_value();
  auto id = transaction->reference().Upsert(data, now);
  auto audit = AuditRecordFor(context, existed ? "process.update_reference" : "process.create", "process", data.process.code);
  audit.process_id = id;
  if (!context.actor) audit.actor_name = "enlace command line";
  audit.after = nlohmann::json{{"code", data.process.code},
                               {"countries", data.countries.size()},
                               {"organizations", data.organizations.size()},
                               {"networks", data.networks.size()},
                               {"topics", data.topics.size()}};
  transaction->audit().Append(audit, now);
  transaction->Commit();
  return id;
}

}  // namespace enlace
