// The importer behind the domain's ReportReader (domain/report_reader.hpp): ReadReport + ToJson
// with the gazetteer of the process whose report it is.
//
// The gazetteer comes from the process's reference folder, data/reference/<code in lower case>/,
// because its aliases.csv (other spellings, demonyms) is what the importer needs to name parties
// well; a process installed from elsewhere falls back to the names in its stored reference data.
// Folders are read once and kept.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "imports/domain/report_reader.hpp"
#include "kernel/domain/gazetteer.hpp"

namespace enlace {

class ImporterReportReader final : public ReportReader {
 public:
  // `reference_root` holds one folder per process (the project's data/reference).
  explicit ImporterReportReader(std::filesystem::path reference_root);

  Result<nlohmann::json> Read(std::string_view bytes, std::string_view file_name, std::string_view language,
                              const ReferenceData& reference) const override;

 private:
  std::shared_ptr<const Gazetteer> GazetteerFor(const ReferenceData& reference) const;

  std::filesystem::path reference_root_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const Gazetteer>> loaded_;  // by process code
};

}  // namespace enlace
