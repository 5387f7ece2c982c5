#include "reference/domain/reference_loader.hpp"

#include <fstream>
#include <sstream>

#include "kernel/domain/csv.hpp"
#include "reference/domain/reasons.hpp"

namespace enlace {
namespace {

Result<std::vector<CsvRecord>> ReadCsvFile(const std::filesystem::path& path, bool required = true) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!required) return std::vector<CsvRecord>{};
    return std::unexpected(Error::Invalid(reasons::kReferenceMissing, "cannot read " + path.string()));
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto records = ParseCsv(text.str());
  if (!records) {
    auto error = records.error();
    error.detail = path.filename().string() + ": " + error.detail;
    return std::unexpected(error);
  }
  return records;
}

std::string Field(const CsvRecord& record, const std::string& name) {
  auto found = record.find(name);
  return found == record.end() ? std::string() : found->second;
}

std::optional<std::string> NonEmpty(std::string text) {
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace

Result<ReferenceData> LoadReferenceDirectory(const std::filesystem::path& directory) {
  ReferenceData data;
  auto process = ReadCsvFile(directory / "process.csv");
  if (!process) return std::unexpected(process.error());
  if (process->size() != 1)
    return std::unexpected(Error::Invalid(reasons::kReferenceInvalid, "process.csv must have one row"));
  const auto& p = process->front();
  data.process.code = Field(p, "code");
  data.process.name = LocalizedText{NonEmpty(Field(p, "name_es")), NonEmpty(Field(p, "name_en"))};
  std::string languages = Field(p, "languages");
  for (std::size_t start = 0; start <= languages.size();) {
    auto end = languages.find(';', start);
    if (end == std::string::npos) end = languages.size();
    if (end > start) data.process.languages.push_back(languages.substr(start, end - start));
    start = end + 1;
  }
  data.process.default_language = Field(p, "default_language");
  if (data.process.code.empty() || data.process.languages.empty()) {
    return std::unexpected(Error::Invalid(reasons::kReferenceInvalid, "process.csv needs a code and languages"));
  }

  auto countries = ReadCsvFile(directory / "countries.csv");
  if (!countries) return std::unexpected(countries.error());
  for (const auto& row : *countries) {
    auto status = Field(row, "rcm_status").empty() ? Field(row, "status") : Field(row, "rcm_status");
    data.countries.push_back(Country{Field(row, "iso2"),
                                     LocalizedText{NonEmpty(Field(row, "name_es")), NonEmpty(Field(row, "name_en"))},
                                     status == "observer" ? CountryStatus::kObserver : CountryStatus::kMember});
  }
  auto organizations = ReadCsvFile(directory / "organizations.csv");
  if (!organizations) return std::unexpected(organizations.error());
  for (const auto& row : *organizations) {
    data.organizations.push_back(Organization{
        Field(row, "code"), LocalizedText{NonEmpty(Field(row, "abbrev_es")), NonEmpty(Field(row, "abbrev_en"))},
        LocalizedText{NonEmpty(Field(row, "name_es")), NonEmpty(Field(row, "name_en"))}, Field(row, "kind")});
  }
  auto networks = ReadCsvFile(directory / "networks.csv");
  if (!networks) return std::unexpected(networks.error());
  for (const auto& row : *networks) {
    data.networks.push_back(Network{Field(row, "code"),
                                    LocalizedText{NonEmpty(Field(row, "abbrev_es")), NonEmpty(Field(row, "abbrev_en"))},
                                    LocalizedText{NonEmpty(Field(row, "name_es")), NonEmpty(Field(row, "name_en"))}});
  }
  auto topics = ReadCsvFile(directory / "topics.csv");
  if (!topics) return std::unexpected(topics.error());
  for (const auto& row : *topics) {
    data.topics.push_back(
        Topic{Field(row, "code"), LocalizedText{NonEmpty(Field(row, "name_es")), NonEmpty(Field(row, "name_en"))}});
  }
  return data;
}

}  // namespace enlace
