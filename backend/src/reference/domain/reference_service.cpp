#include "reference/domain/reference_service.hpp"

#include "reference/domain/reasons.hpp"
#include "reference/domain/reference_repository.hpp"

namespace enlace {

ReferenceService::ReferenceService(Store& store, const Clock& clock, std::chrono::seconds cache_for)
    : store_(store), clock_(clock), cache_for_(cache_for) {}

std::vector<Process> ReferenceService::Processes() {
  auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    if (!processes_.empty() && now - processes_loaded_ < cache_for_) return processes_;
  }
  std::vector<Process> processes;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    processes = transaction->Get<ReferenceRepository>().ListProcesses();
  }
  std::lock_guard lock(mutex_);
  processes_ = processes;
  processes_loaded_ = now;
  return processes;
}

Result<Process> ReferenceService::ResolveProcess(std::optional<ProcessId> signed_in_process,
                                                 std::optional<std::string> code) {
  auto processes = Processes();
  for (const auto& process : processes) {
    if (signed_in_process && process.id == *signed_in_process) return process;
    if (!signed_in_process && code && process.code == *code) return process;
  }
  if (!signed_in_process && !code && !processes.empty()) return processes.front();
  return std::unexpected(Error::NotFound(reasons::kUnknownProcess));
}

ReferenceData ReferenceService::Load(ProcessId process) {
  auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    auto cached = data_.find(process);
    if (cached != data_.end() && now - cached->second.first < cache_for_) return cached->second.second;
  }
  ReferenceData data;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    data = transaction->Get<ReferenceRepository>().Load(process);
  }
  std::lock_guard lock(mutex_);
  data_[process] = {now, data};
  return data;
}

ProcessId ReferenceService::Install(const ReferenceData& data, const RequestContext& context) {
  auto now = clock_.Now();
  auto transaction = store_.Begin(TransactionMode::kWrite);
  bool existed = transaction->Get<ReferenceRepository>().FindProcess(std::string_view(data.process.code)).has_value();
  auto id = transaction->Get<ReferenceRepository>().Upsert(data, now);
  auto audit =
      AuditRecordFor(context, existed ? "process.update_reference" : "process.create", "process", data.process.code);
  audit.process_id = id;
  if (!context.actor) audit.actor_name = "enlace command line";
  audit.after = nlohmann::json{{"code", data.process.code},
                               {"countries", data.countries.size()},
                               {"organizations", data.organizations.size()},
                               {"networks", data.networks.size()},
                               {"topics", data.topics.size()}};
  transaction->audit().Append(audit, now);
  transaction->Commit();
  std::lock_guard lock(mutex_);
  processes_.clear();
  data_.erase(id);
  return id;
}

}  // namespace enlace
