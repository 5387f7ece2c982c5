// The search index and its fed sources over SOCI.
#pragma once

#include <soci/soci.h>

#include "kernel/storage/storage_module.hpp"
#include "search/domain/search_repository.hpp"

namespace enlace::storage {

class SociSearchRepository final : public SearchRepository {
 public:
  explicit SociSearchRepository(Connection& connection) : session_(connection.session), dialect_(connection.dialect) {}
  void Put(const SearchEntry& entry, const std::string& title_terms, const std::string& body_terms) override;
  void Remove(ProcessId process, const std::string& type, std::int64_t id) override;
  void RemoveSource(const std::string& source) override;
  SearchPage Find(const SearchReader& reader, const std::vector<std::vector<std::string>>& words,
                  const SearchFilter& filter) override;
  std::optional<std::string> FileText(const std::string& sha256) override;
  void SetFileText(const std::string& sha256, const std::string& text) override;
  std::optional<std::string> SourceFingerprint(const std::string& source) override;
  std::map<std::string, std::string> SourceFingerprints() override;
  void SetSourceFingerprint(const std::string& source, const std::string& fingerprint) override;

 private:
  soci::session& session_;
  Dialect dialect_;
};

// Reads the tables of the meetings and contacts capabilities directly (they are not its
// dependencies' domain: a read-only feed, see docs/decisions/0084-search-index-and-package.md).
class SociSearchSourceRepository final : public SearchSourceRepository {
 public:
  explicit SociSearchSourceRepository(Connection& connection) : session_(connection.session) {}
  std::string Fingerprint(const std::string& source) override;
  std::map<std::string, SearchSourceState> Fingerprints(const std::vector<std::string>& sources) override;
  std::vector<SearchEntry> Entries(const std::string& source) override;
  bool Exists(const std::string& source) override;

 private:
  soci::session& session_;
};

void RegisterSearchRepositories(RepositoryRegistry& registry);

}  // namespace enlace::storage
