// A ZIP archive written in memory with libzip, byte-for-byte the same for the same parts: entries
// in the order given, deflated, every timestamp 1980-01-01 00:00 (set as a DOS date, so the local
// time zone does not leak in). Used for DOCX packages and meant for other ZIP exports too.
#pragma once

#include <optional>
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

// The bytes of the entry `name` of a ZIP archive; nullopt when the archive cannot be read or has
// no such entry. (Untrusted archives: the caller caps the archive's size; an entry's size is taken
// from the archive and read in one piece.)
std::optional<std::string> ReadZipEntry(std::string_view archive, const char* name);

}  // namespace enlace
