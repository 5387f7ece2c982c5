// Loads a process's reference data from a folder of CSV files (data/reference/<process>/):
// process.csv, countries.csv, organizations.csv, networks.csv, topics.csv.
#pragma once

#include <filesystem>

#include "kernel/domain/error.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

Result<ReferenceData> LoadReferenceDirectory(const std::filesystem::path& directory);

}  // namespace enlace
