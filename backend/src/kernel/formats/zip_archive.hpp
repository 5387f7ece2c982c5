// A ZIP archive written in memory with libzip, byte-for-byte the same for the same parts: entries
// in the order given, deflated, every timestamp 1980-01-01 00:00 (set as a DOS date, so the local
// time zone does not leak in). Used for DOCX packages and meant for other ZIP exports too.
#pragma once

#include <cstdint>
#include <functional>
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

// An entry of a ZIP written to a file: its bytes in `content`, or, for a big one, read piece by
// piece through `read` (offset, most bytes wanted → the bytes from there, fewer only at the end;
// nullopt when they cannot be read), which must give exactly `size` bytes in all.
struct ZipStreamEntry {
  std::string name;
  std::string content;
  std::function<std::optional<std::string>(std::int64_t offset, std::int64_t length)> read;
  std::int64_t size = 0;
  bool deflate = true;  // false: stored as is (PDF, DOCX, images are compressed already)
};

// Writes the archive into `path` (a new file) as WriteZip would, holding at most one piece of a
// `read` entry in memory (1 MiB); the same errors, and kInternal when a `read` fails or gives
// other than `size` bytes (the file is then removed).
Result<void> WriteZipFile(const std::string& path, const std::vector<ZipStreamEntry>& entries);

// The bytes of the entry `name` of a ZIP archive; nullopt when the archive cannot be read or has
// no such entry. (Untrusted archives: the caller caps the archive's size; an entry's size is taken
// from the archive and read in one piece.)
std::optional<std::string> ReadZipEntry(std::string_view archive, const char* name);

}  // namespace enlace
