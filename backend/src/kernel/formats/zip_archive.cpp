#include "kernel/formats/zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include "kernel/domain/reasons.hpp"

namespace enlace {
namespace {

// 1980-01-01 00:00:00 in MS-DOS format: the earliest a ZIP can say, and what reproducible
// builds use.
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;

Error ZipFailed(std::string_view what, zip_error_t* error) {
  std::string detail(what);
  if (error != nullptr) {
    detail += ": ";
    detail += zip_error_strerror(error);
  }
  return Error::Internal(detail);
}

// The state of one `read` entry while libzip pulls its bytes (zip_source_function).
struct ZipStreamSource {
  const ZipStreamEntry* entry = nullptr;
  std::int64_t offset = 0;  // of the next byte libzip gets
  std::string piece;        // bytes read from the entry and not yet given to libzip
  std::size_t piece_at = 0;
  zip_error_t error{};
  bool changed = false;  // the entry's bytes were missing or longer than its size: changed meanwhile
  static constexpr std::int64_t kPiece = 1 << 20;
};

zip_int64_t ZipStreamCallback(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto& source = *static_cast<ZipStreamSource*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      source.offset = 0;
      source.piece.clear();
      source.piece_at = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      auto* out = static_cast<char*>(data);
      zip_uint64_t given = 0;
      while (given < length) {
        if (source.piece_at == source.piece.size()) {
          if (source.offset >= source.entry->size) break;
          auto piece =
              source.entry->read(source.offset, std::min(ZipStreamSource::kPiece, source.entry->size - source.offset));
          if (!piece || piece->empty()) {
            source.changed = true;
            zip_error_set(&source.error, ZIP_ER_READ, 0);
            return -1;
          }
          source.piece = std::move(*piece);
          source.piece_at = 0;
        }
        auto take = std::min<zip_uint64_t>(length - given, source.piece.size() - source.piece_at);
        std::copy_n(source.piece.data() + source.piece_at, take, out + given);
        source.piece_at += take;
        source.offset += static_cast<std::int64_t>(take);
        given += take;
      }
      if (source.offset > source.entry->size) {
        source.changed = true;
        zip_error_set(&source.error, ZIP_ER_READ, 0);
        return -1;
      }
      return static_cast<zip_int64_t>(given);
    }
    case ZIP_SOURCE_CLOSE:
      source.piece.clear();
      source.piece.shrink_to_fit();
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->size = static_cast<zip_uint64_t>(source.entry->size);
      stat->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&source.error, data, length);
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      zip_error_set(&source.error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

}  // namespace

Result<void> WriteZipFile(const std::string& path, const std::vector<ZipStreamEntry>& entries) {
  std::set<std::string_view> names;
  for (const auto& entry : entries) {
    if (entry.name.empty() || !names.insert(entry.name).second) {
      return std::unexpected(Error::Invalid(reasons::kInvalidZipEntry, "empty or repeated entry name"));
    }
  }
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    Error failed = ZipFailed("cannot create the ZIP file", &error);
    zip_error_fini(&error);
    return std::unexpected(failed);
  }
  std::vector<std::unique_ptr<ZipStreamSource>> sources;  // alive until zip_close has read them
  auto fail = [&](std::string_view what) {
    Error failed = ZipFailed(what, zip_get_error(archive));
    // A reader that gave nothing (a file deleted, or its access changed, meanwhile) is not the
    // server's failure: asking again gives the archive as it is now.
    if (std::ranges::any_of(sources, [](const auto& source) { return source->changed; }))
      failed = Error::Conflict(reasons::kSourceChanged);
    zip_discard(archive);
    for (auto& source : sources) zip_error_fini(&source->error);
    std::remove(path.c_str());
    return std::unexpected(failed);
  };
  for (const auto& entry : entries) {
    zip_source_t* part = nullptr;
    if (entry.read) {
      auto& source = sources.emplace_back(std::make_unique<ZipStreamSource>());
      source->entry = &entry;
      zip_error_init(&source->error);
      part = zip_source_function(archive, &ZipStreamCallback, source.get());
    } else {
      part = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    }
    if (part == nullptr) return fail("cannot add a ZIP entry");
    zip_int64_t index = zip_file_add(archive, entry.name.c_str(), part, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(part);
      return fail("cannot add a ZIP entry");
    }
    auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, entry.deflate ? 6 : 0) !=
            0 ||
        zip_file_set_dostime(archive, at, kDosTime, kDosDate, 0) != 0) {
      return fail("cannot set ZIP entry properties");
    }
  }
  if (zip_close(archive) != 0) return fail("cannot write the ZIP archive");
  for (auto& source : sources) zip_error_fini(&source->error);
  return {};
}

Result<std::string> WriteZip(const std::vector<ZipEntry>& entries) {
  std::set<std::string_view> names;
  for (const ZipEntry& entry : entries) {
    if (entry.name.empty() || !names.insert(entry.name).second) {
      return std::unexpected(Error::Invalid(reasons::kInvalidZipEntry, "empty or repeated entry name"));
    }
  }

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    Error failed = ZipFailed("cannot create a ZIP buffer", &error);
    zip_error_fini(&error);
    return std::unexpected(failed);
  }
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    Error failed = ZipFailed("cannot open a ZIP archive in memory", &error);
    zip_error_fini(&error);
    zip_source_free(buffer);
    return std::unexpected(failed);
  }
  zip_error_fini(&error);
  zip_source_keep(buffer);  // still needed after zip_close, to read the archive back

  auto fail = [&](std::string_view what) {
    Error failed = ZipFailed(what, zip_get_error(archive));
    zip_discard(archive);
    zip_source_free(buffer);
    return std::unexpected(failed);
  };
  for (const ZipEntry& entry : entries) {
    // The content outlives zip_close (the entries are borrowed until then), so no copy.
    zip_source_t* part = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    if (part == nullptr) return fail("cannot add a ZIP entry");
    zip_int64_t index = zip_file_add(archive, entry.name.c_str(), part, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(part);
      return fail("cannot add a ZIP entry");
    }
    auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 6) != 0 ||
        zip_file_set_dostime(archive, at, kDosTime, kDosDate, 0) != 0) {
      return fail("cannot set ZIP entry properties");
    }
  }
  if (zip_close(archive) != 0) return fail("cannot write the ZIP archive");

  std::string bytes;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(buffer, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 || zip_source_open(buffer) != 0) {
    zip_source_free(buffer);
    return std::unexpected(Error::Internal("cannot read the ZIP archive back"));
  }
  bytes.resize(static_cast<std::size_t>(stat.size));
  zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    return std::unexpected(Error::Internal("cannot read the ZIP archive back"));
  }
  return bytes;
}

std::optional<std::string> ReadZipEntry(std::string_view archive_bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive_bytes.data(), archive_bytes.size(), 0, &error);
  zip_t* archive = source != nullptr ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (archive == nullptr) {
    if (source != nullptr) zip_source_free(source);
    return std::nullopt;
  }
  std::optional<std::string> content;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) == 0) {
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (file != nullptr) {
      std::string bytes(static_cast<std::size_t>(stat.size), '\0');
      if (zip_fread(file, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size)) content = bytes;
      zip_fclose(file);
    }
  }
  zip_discard(archive);
  return content;
}

}  // namespace enlace
