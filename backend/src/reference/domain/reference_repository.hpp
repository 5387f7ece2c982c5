// Where the reference data of each process is kept (implemented in reference/storage).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/domain/store.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

class ReferenceRepository : public Repository {
 public:
  virtual ~ReferenceRepository() = default;
  virtual std::optional<Process> FindProcess(std::string_view code) = 0;
  virtual std::optional<Process> FindProcess(ProcessId id) = 0;
  virtual std::vector<Process> ListProcesses() = 0;
  // Creates the process or updates its names, and replaces nothing else: countries,
  // organisations, networks and topics are inserted or updated by code, never deleted
  // (records elsewhere refer to them).
  virtual ProcessId Upsert(const ReferenceData& data, Timestamp now) = 0;
  virtual ReferenceData Load(ProcessId process) = 0;
};

}  // namespace enlace
