// The report importer (M5) as the domain sees it: something that reads a report into a reading,
// and the stored record of one import while it is reviewed and after it is confirmed.
//
// The domain does not link the importer (it links no file-format library): the application hands
// ImportService a ReportReader, implemented in importer/ over ReadReport and ToJson. The reading
// travels as the importer's JSON (docs/api.md, "Report import"), because that is also what the
// review screen edits and sends back; ImportService parses and validates it on confirmation.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"
#include "meetings/domain/meeting.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

class ReportReader {
 public:
  virtual ~ReportReader() = default;
  // Reads a report (plain text, DOCX or PDF, recognised by its content; `file_name` is only used
  // in messages) in `language` ("auto", "en" or "es"), naming parties with the codes of the
  // process whose `reference` data is given. Returns the reading as JSON: "language", "format",
  // "body", "body_code", "meeting_type", "place", "date", "date_end", "participants",
  // "submitted_to", "warnings", "agreements" (each with "number", "heading", "verb", "parties",
  // "text", "deadlines", "commitments", "warnings").
  // Errors (never an exception, whatever the bytes): kInvalidArgument with the importer's reason
  // ("unreadable_document", "unsupported_format", "docx_entity_refused", "unsupported_language")
  // or kPayloadTooLarge ("docx_too_large", "input_too_large"). Thread-safe.
  virtual Result<nlohmann::json> Read(std::string_view bytes, std::string_view file_name, std::string_view language,
                                      const ReferenceData& reference) const = 0;
};

using ImportId = Id<struct ImportTag>;

// A name as reports of the process write it, mapped by a reviewer to a code of the process's
// reference data ("Comité de Enlace" → "LIAISON_COMMITTEE"): an alias the next import uses.
struct ImportAlias {
  std::string name;  // as written
  std::string code;
};
// How names are compared: folded (no case, no accents) with whitespace collapsed.
std::string ImportAliasKey(std::string_view name);

// pending: read and waiting for review; confirmed: saved as a meeting (never confirmed twice).
enum class ImportStatus { kPending, kConfirmed };
std::string_view ToString(ImportStatus status);
std::optional<ImportStatus> ParseImportStatus(std::string_view text);

struct ReportImport {
  ImportId id;
  ProcessId process_id;
  UserId created_by;
  Timestamp created_at{};
  std::optional<std::string> file_name;  // absent for pasted text
  std::string source_format;             // "text", "docx" or "pdf": what the importer found
  std::string fingerprint;               // of the reading as first read; see ImportService
  nlohmann::json reading;                // as read; once confirmed, as reviewed and saved
  ImportStatus status = ImportStatus::kPending;
  std::optional<MeetingId> meeting_id;  // the meeting it was saved into
  std::optional<Timestamp> confirmed_at;
  // The review as last saved (the reading with the reviewer's edits), absent until first saved;
  // its version counts the saves (0: never saved).
  std::optional<nlohmann::json> draft;
  std::int64_t draft_version = 0;
  std::optional<Timestamp> draft_saved_at;
};

}  // namespace enlace
