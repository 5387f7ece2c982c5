// A document of the Virtual Secretariat's library (M20–M22): what it is (type, symbol, title in
// each language), what it belongs to (a meeting, a body, or the network as a whole when neither),
// who may read it (its access level), its versions with their files per language, the
// translations owed for the languages a version lacks, and its distributions to delegations with
// the receipts they gave.
//
// The bytes of each file are rows of the installation's `files` table (written through the
// meetings capability's FileRepository, like cooperation's); a version keeps the id of its file
// in each language, so that anything that needs the bytes (search, packages) reads them by id.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/domain/id.hpp"
#include "kernel/domain/localized_text.hpp"
#include "kernel/domain/role.hpp"
#include "meetings/domain/meeting.hpp"

namespace enlace {

using DocumentId = Id<struct DocumentTag>;
using DistributionId = Id<struct DistributionTag>;

enum class DocumentType { kReport, kWorkingDocument, kMatrix, kStudy, kPresentation, kNote };
std::string_view ToString(DocumentType type);
std::optional<DocumentType> ParseDocumentType(std::string_view text);

// Who may read a document, from the widest to the narrowest:
//   public        everybody, signed in or not
//   participants  everybody signed in: the Secretariat, member countries, observers, civil society
//   members       the Secretariat and the member countries' officers
//   secretariat   the Technical Secretariat only
enum class AccessLevel { kPublic, kParticipants, kMembers, kSecretariat };
std::string_view ToString(AccessLevel level);
std::optional<AccessLevel> ParseAccessLevel(std::string_view text);

// The languages a document may have a file in, in the order they are shown.
inline constexpr std::string_view kDocumentLanguages[] = {"es", "en"};
bool IsDocumentLanguage(std::string_view language);

inline constexpr std::size_t kMaximumSymbolLength = 60;
inline constexpr std::size_t kMaximumDocumentTitleLength = 300;
inline constexpr std::size_t kMaximumDocumentNoteLength = 2000;
inline constexpr std::size_t kMaximumVersionNameLength = 120;
inline constexpr std::size_t kMaximumMessageLength = 4000;

// What a document says of itself; what the Secretariat types when it creates or edits one.
struct DocumentFields {
  DocumentType type = DocumentType::kWorkingDocument;
  std::string symbol;  // "RCM/XXI/WD.3"; may be empty
  LocalizedText title;
  std::optional<MeetingId> meeting;
  std::optional<std::string> body;  // an organisation code of kind process_body ("RCGM"), or none
  AccessLevel access = AccessLevel::kMembers;
};

// An edit: each field absent (unchanged) or given.
struct DocumentChange {
  std::optional<std::string> type;
  std::optional<std::string> symbol;
  std::optional<LocalizedText> title;
  std::optional<std::optional<MeetingId>> meeting;
  std::optional<std::optional<std::string>> body;
  std::optional<std::string> access;
};

struct PersonName {
  UserId id;
  std::string name;
};

// One version: its number (1, 2, …), its files per language, who uploaded it and when, a note,
// and, when the Secretariat named it ("As adopted"), the name: a named version is kept.
struct DocumentVersion {
  std::int64_t id = 0;
  int number = 0;
  std::optional<StoredFile> file_es;
  std::optional<StoredFile> file_en;
  std::string note;
  std::optional<std::string> name;
  PersonName uploaded_by;
  Timestamp uploaded_at{};

  const std::optional<StoredFile>& FileIn(std::string_view language) const;
  std::vector<std::string> Languages() const;
};

// A translation owed for a language the current version lacks: who translates it, by when, and
// the agreement that asked for it.
struct DocumentTranslationCommitment {
  std::string language;
  std::string translator;
  std::optional<Date> due;
  std::optional<AgreementId> agreement;
  std::optional<std::string> agreement_number;  // as the meeting numbered it, to show
  PersonName recorded_by;
  Timestamp recorded_at{};
};

// Where a document came from when the library made it from a file stored elsewhere (issue 13,
// documents/migrations/0004): a meeting's attachment, or the evidence of an answer to a commitment.
// Such a document's version 1 is that very file, its level follows its source (the answer's
// visibility), and it is removed with the file.
struct DocumentSource {
  AttachmentId file;
  std::optional<CommitmentId> commitment;    // evidence: the commitment answered
  std::optional<CommitmentUpdateId> answer;  // and the answer
  bool operator==(const DocumentSource&) const = default;
};

struct Document {
  DocumentId id;
  ProcessId process_id;
  DocumentFields fields;
  std::optional<DocumentSource> source;
  // The delegation (country or organisation code) that reads the document whatever its level: the
  // one whose answer's evidence it is, as it read the answer's files before.
  std::optional<std::string> owner;
  std::vector<DocumentVersion> versions;  // oldest first; may be empty right after creation
  std::vector<DocumentTranslationCommitment> translations;
  PersonName created_by;
  std::int64_t version = 1;  // of the record, for If-Match
  Timestamp created_at{};
  Timestamp updated_at{};

  const DocumentVersion* Current() const { return versions.empty() ? nullptr : &versions.back(); }
  const DocumentVersion* Version(int number) const;
  // The languages the current version has no file in ("en" for a Spanish-only document); every
  // language while there is no version.
  std::vector<std::string> PendingLanguages() const;
};

struct DocumentFilter {
  std::optional<MeetingId> meeting;
  std::optional<DocumentType> type;
  std::optional<std::string> language;  // documents whose current version has a file in it
  std::optional<std::string> text;      // words in the symbol or a title, accents and case aside
};

// What another capability (search) needs of a document: its current titles, its access level and
// the files of its current version, by id.
struct DocumentSummary {
  DocumentId id;
  DocumentType type;
  std::string symbol;
  LocalizedText title;
  AccessLevel access;
  std::optional<std::string> owner;  // reads it whatever its level (Document::owner)
  std::optional<MeetingId> meeting;
  std::optional<AttachmentId> file_es;
  std::optional<AttachmentId> file_en;
};

// A delegation a document is distributed to: a member country ("HN") or an organisation
// (observer or civil society, "IOM", "RNCOM"); the people who receive it are its active accounts.
enum class DelegationKind { kCountry, kObserver, kCivilSociety };
std::string_view ToString(DelegationKind kind);

struct Receipt {
  std::string delegation;  // code
  DelegationKind kind = DelegationKind::kCountry;
  std::string name;                    // in the reader's language, when the service fills it
  int recipients = 0;                  // people the link was sent to
  std::optional<Timestamp> opened_at;  // the first opening by any of its people
  std::optional<std::string> opened_by;
  std::optional<Timestamp> reminded_at;
};

struct Distribution {
  DistributionId id;
  DocumentId document;
  int version = 0;  // the number of the version distributed
  std::string message;
  PersonName sent_by;
  Timestamp sent_at{};
  std::vector<Receipt> receipts;  // one per delegation, in the order of the reference data
  bool in_report = false;         // the receipt list goes into the meeting's report
  int emailed = 0;                // when just sent or reminded: e-mails delivered now
  int failed = 0;                 // and not delivered
};

// What the Secretariat asks for: groups ("member_countries", "observers", "civil_society") and
// single delegations by code.
struct DistributionRequest {
  int version = 0;  // 0: the current one
  std::string message;
  std::vector<std::string> groups;
  std::vector<std::string> delegations;
};

// One person's personal link, as the repository keeps it (the token only as its SHA-256).
struct DistributionRecipient {
  std::int64_t id = 0;
  DistributionId distribution;
  std::string delegation;
  DelegationKind kind = DelegationKind::kCountry;
  UserId user;
  std::string token_hash;
  std::optional<Timestamp> opened_at;
  std::optional<Timestamp> reminded_at;
};

}  // namespace enlace
