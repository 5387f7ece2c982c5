// Where uploaded reports and their readings are kept (implemented in imports/storage).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "imports/domain/report_reader.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

// Uploaded reports and their readings (M5), kept for review and after confirmation.
class ImportRepository : public Repository {
 public:
  virtual ~ImportRepository() = default;
  virtual ReportImport Create(const ReportImport& record) = 0;
  virtual std::optional<ReportImport> Find(ProcessId process, ImportId id) = 0;
  // The process's imports, newest first; only those with `status` when given.
  virtual std::vector<ReportImport> List(ProcessId process, std::optional<ImportStatus> status) = 0;
  // Marks a pending import confirmed into `meeting` and keeps the reading as it was saved; false
  // when the import is no longer pending (confirmed by someone else meanwhile).
  // Saves the review's draft of a pending import if its draft is still at `expected_version`
  // (the version goes up by one); false when it is not (saved by someone else meanwhile, or no
  // longer pending).
  virtual bool SaveDraft(ImportId id, const nlohmann::json& draft, std::int64_t expected_version, Timestamp at) = 0;
  virtual bool MarkConfirmed(ImportId id, MeetingId meeting, const nlohmann::json& reading, Timestamp at) = 0;
  // The names the process's reviewers mapped to codes (issue 11), oldest first.
  virtual std::vector<ImportAlias> Aliases(ProcessId process) = 0;
  // Adds an alias, or points the name (compared by ImportAliasKey) at a new code.
  virtual void SaveAlias(ProcessId process, const ImportAlias& alias, UserId by, Timestamp at) = 0;
};

}  // namespace enlace
