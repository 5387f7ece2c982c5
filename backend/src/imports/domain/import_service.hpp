// Importing a report (M5): the Technical Secretariat uploads a report (or pastes its text), reviews
// the reading next to the source text of each agreement, corrects it, and confirms; confirming
// creates the meeting, its agreements and their commitments in one transaction, so that a reading
// with a problem anywhere saves nothing.
//
// The same report imported twice must not become two meetings. An upload carries a fingerprint of
// what identifies the report rather than the file: the issuing body, the dates, the place, and each
// agreement's number with its text folded to lower-case letters and digits (accents, quotes,
// dashes, spacing and line breaks dropped), hashed with SHA-256. Re-uploading the same file, or the
// DOCX of a report imported from its TXT, gives the same fingerprint. A report revised after it was
// imported (a corrected typo) gives another one, so the second rule catches it: a meeting of the
// same body on the same day is taken for the same meeting. Either way the import says
// `duplicate_of`, and confirming offers "update" instead of a second meeting.
//
// Updating replaces the meeting's agreements and commitments with the reviewed reading, except
// what people have already worked on: a commitment with progress updates is kept (with its
// agreement), and the answer lists it.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "imports/domain/report_reader.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/secrets.hpp"
#include "kernel/domain/store.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

struct ImportUpload {
  std::optional<std::string> file_name;  // absent for pasted text
  std::string content;                   // the file's bytes, or the pasted text
  std::string language = "auto";         // "auto", "en" or "es"
};

// An import as the review screen sees it.
struct ImportView {
  ReportImport record;
  // The meeting this report was already saved as (pending imports only): confirm with "update".
  std::optional<MeetingId> duplicate_of;
  // What confirming the reading as it stands would refuse (pending imports only), with the same
  // paths Confirm uses, so that the review screen can point at them first.
  std::vector<FieldError> problems;
};

enum class ConfirmMode { kCreate, kUpdate };
std::optional<ConfirmMode> ParseConfirmMode(std::string_view text);

// A commitment an update left in place because progress was reported on it.
struct KeptCommitment {
  CommitmentId id;
  std::string agreement_number;
  std::string party;
};

struct ConfirmedImport {
  MeetingId meeting;
  bool created = false;  // false when an existing meeting was updated
  int agreements = 0;    // written from the reading
  int commitments = 0;
  std::vector<KeptCommitment> kept_commitments;
};

// Where the importer finds each process's reference files (aliases and names): data/reference/
// in the source tree, share/enlace/reference where `enlace` is installed.
struct ImportSettings {
  std::filesystem::path reference_root;
};

class ImportService {
 public:
  ImportService(Store& store, const ReportReader& reader, const SecretGenerator& secrets, const Clock& clock);

  // Reads the report and keeps the reading for review. Errors: 413 "file_too_large" over 20 MB; a
  // field error on "file" (or "text" for pasted text) with the importer's reason when the document
  // cannot be read, or "no_agreements_found"; "language" "invalid_value".
  Result<ImportView> Upload(const RequestContext& context, const ImportUpload& upload);
  Result<ImportView> Get(const RequestContext& context, ImportId id);
  // The imports of the process, newest first (those waiting for review with kPending).
  Result<std::vector<ReportImport>> List(const RequestContext& context, std::optional<ImportStatus> status);
  // Saves the review as it stands (the reading with the reviewer's edits, in the shape Confirm
  // takes) so that reopening the import finds it; `version` is the draft version the review started
  // from (0 before the first save): none is 428 "version_required", another is 412
  // "stale_version" (someone saved meanwhile); "import_already_confirmed" once confirmed. The view
  // returned carries the new version and what confirming the draft would refuse.
  Result<ImportView> SaveDraft(const RequestContext& context, ImportId id, const nlohmann::json& draft,
                               std::optional<std::int64_t> version);
  // Validates the whole reviewed reading and reports every problem at once, with paths such as
  // "agreements[3].commitments[0].party"; then saves it. kConflict "duplicate_report" (detail: the
  // meeting's id) when the report was saved before and `mode` is create; "import_already_confirmed"
  // when this import was confirmed already.
  Result<ConfirmedImport> Confirm(const RequestContext& context, ImportId id, const nlohmann::json& reading,
                                  ConfirmMode mode);

  // The title the review proposes for the meeting: the body's name, the ordinal of the meeting,
  // its city and year ("Liaison Officer Network on Consular Protection, XII meeting, San Pedro
  // Sula, 2016"), from what the reading has of them.
  static std::string ProposedTitle(const nlohmann::json& reading);

  // The text whose SHA-256 is an import's fingerprint (see the comment at the top).
  static std::string FingerprintText(const nlohmann::json& reading);

 private:
  Store& store_;
  const ReportReader& reader_;
  const SecretGenerator& secrets_;
  const Clock& clock_;
};

}  // namespace enlace
