// Reading a process's reference data, and loading it from files (see app/reference_loader).
// Reference data is public: the names of member countries and bodies are not secret.
#pragma once

#include <optional>
#include <string>

#include "domain/reference.hpp"
#include "domain/store.hpp"

namespace enlace {

class ReferenceService {
 public:
  ReferenceService(Store& store, const Clock& clock);
  // The process a request works in: the signed-in user's, else the one named, else the
  // installation's default (the first created).
  Result<Process> ResolveProcess(std::optional<ProcessId> signed_in_process, std::optional<std::string> code);
  ReferenceData Load(ProcessId process);
  // Creates or updates a process from its reference data; returns its id.
  ProcessId Install(const ReferenceData& data, const RequestContext& context);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace enlace
