// The library documents of a meeting that go into its package (issue 13 item 5, M31), without the
// meetings capability knowing the library: the documents capability registers a source with the
// PackageDocuments service, and the package's route asks every source for the reader at hand, the
// meeting and the languages asked for. A source decides what the reader may read, which version
// is the frozen one and which of its files go in; it leaves out what the package takes anyway (the
// meeting's attachments). Each file comes with a reader of its bytes a piece at a time, so that a
// package is written without holding any file whole in memory.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/contributions.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/domain/localized_text.hpp"
#include "kernel/domain/role.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

// Why a version is the one packaged: the latest version distributed to delegations, else the
// latest named (kept) one, else the current one.
enum class PackageVersionKind { kDistributed, kNamed, kCurrent };

struct PackageDocumentFile {
  std::string language;  // "es" or "en": the language of this file
  StoredFile file;       // its name, type, size and the SHA-256 recorded when it was uploaded
  // `length` bytes from `offset` (fewer at the end); nullopt when they cannot be read.
  std::function<std::optional<std::string>(std::int64_t offset, std::int64_t length)> read;
};

struct PackageDocument {
  std::int64_t id = 0;
  std::string symbol;  // may be empty
  LocalizedText title;
  int version = 0;  // the number of the version packaged
  PackageVersionKind kind = PackageVersionKind::kCurrent;
  Timestamp at{};                          // distributed at (its first distribution), else uploaded at
  std::optional<std::string> name;         // the version's name, when named
  std::vector<PackageDocumentFile> files;  // in the order of the languages; at least one
};

// Every source's documents of the meeting as the reader may read them, in the languages asked for.
using PackageDocuments =
    Contributions<PackageDocument, const RequestContext&, MeetingId, const std::vector<std::string>& /*languages*/>;

}  // namespace enlace
