// Report imports over SOCI.
#pragma once

#include <soci/soci.h>

#include "imports/domain/import_repository.hpp"
#include "kernel/storage/storage_module.hpp"

namespace enlace::storage {

class SociImportRepository final : public ImportRepository {
 public:
  explicit SociImportRepository(Connection& connection) : session_(connection.session) {}
  ReportImport Create(const ReportImport& record) override;
  std::optional<ReportImport> Find(ProcessId process, ImportId id) override;
  std::vector<ReportImport> List(ProcessId process, std::optional<ImportStatus> status) override;
  bool SaveDraft(ImportId id, const nlohmann::json& draft, std::int64_t expected_version, Timestamp at) override;
  bool MarkConfirmed(ImportId id, MeetingId meeting, const nlohmann::json& reading, Timestamp at) override;
  std::vector<ImportAlias> Aliases(ProcessId process) override;
  void SaveAlias(ProcessId process, const ImportAlias& alias, UserId by, Timestamp at) override;

 private:
  soci::session& session_;
};

void RegisterImportRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
