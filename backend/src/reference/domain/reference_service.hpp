// Reading a process's reference data, and loading it from files (see app/reference_loader).
// Reference data is public: the names of member countries and bodies are not secret.
//
// It changes only when an administrator installs a process's files, and nearly every request
// needs it, so reads are served from memory for a few seconds (`cache_for`): a change made by
// another server of the installation shows within that time; one made through this service at once.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "kernel/domain/store.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

class ReferenceService {
 public:
  ReferenceService(Store& store, const Clock& clock, std::chrono::seconds cache_for = std::chrono::seconds{5});
  // The process a request works in: the signed-in user's, else the one named, else the
  // installation's default (the first created).
  Result<Process> ResolveProcess(std::optional<ProcessId> signed_in_process, std::optional<std::string> code);
  ReferenceData Load(ProcessId process);
  // Creates or updates a process from its reference data; returns its id.
  ProcessId Install(const ReferenceData& data, const RequestContext& context);

 private:
  std::vector<Process> Processes();

  Store& store_;
  const Clock& clock_;
  std::chrono::seconds cache_for_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point processes_loaded_{};
  std::vector<Process> processes_;
  std::map<ProcessId, std::pair<std::chrono::steady_clock::time_point, ReferenceData>> data_;
};

}  // namespace enlace
