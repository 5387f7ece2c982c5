// A fresh, empty database for a storage test: a SQLite file in a temporary folder, or a new
// database on the PostgreSQL server of ENLACE_TEST_POSTGRES. Removed when the object goes.
#pragma once

#include <filesystem>
#include <string>

#include "kernel/storage/soci_store.hpp"

namespace enlace::storage {

class ScratchDatabase {
 public:
  // Why a scratch database of `dialect` cannot be made here (PostgreSQL without ENLACE_TEST_POSTGRES:
  // a failure, not a skip), or empty when it can. Ask before constructing one.
  static std::string Unavailable(Dialect dialect);

  // `prefix` names the folder or database ("enlace-bytes", "enlace-library"), for whoever finds one left.
  ScratchDatabase(Dialect dialect, const std::string& prefix);
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;
  const DatabaseUrl& url() const { return url_; }

 private:
  Dialect dialect_;
  DatabaseUrl url_;
  std::filesystem::path folder_;
  std::string server_;
  std::string name_;
};

}  // namespace enlace::storage
