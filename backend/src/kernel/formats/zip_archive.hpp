// A ZIP archive written in memory with libzip, byte-for-byte the same for the same parts: entries
// in the order given, deflated, every timestamp 1980-01-01 00:00 (set as a DOS date, so the local
// time zone does not leak in). Used for DOCX packages and meant for other ZIP exports too.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kernel/domain/error.hpp"

namespace enlace {

struct ZipEntry {
  std::string name;     // path inside the archive, "/"-separated, UTF-8
  std::string content;  // the bytes
};

// Errors: kInvalidArgument "invalid_zip_entry" for an empty or repeated name; kInternal when
// libzip fails.
Result<std::string> WriteZip(const std::vector<ZipEntry>& entries);

}  // namespace enlace
