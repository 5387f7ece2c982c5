// Comparative legislation matrices (M7–M10, M22 for cells; seed ¶2, ¶2a): topics (rows) × the
// process's member countries (columns). Each cell holds the country's provisions on the topic —
// law, article, excerpt in each language, link, dates — with its provenance: who sent it, in which
// round, whether the country certified it or the Secretariat compiled it, who verified it and when.
//
// Cells change only through update rounds. The Secretariat opens a round with a due date; each
// member country edits its column as a draft that only it and the Secretariat can read, then
// submits it; the Secretariat returns it with a reason or validates it; closing the round publishes
// the validated columns together, as the snapshot "as of round N". A published cell is never
// changed: the next round publishes a new version of it, so every round's matrix can be read back
// and compared word by word (word_diff.hpp).
//
// "No specific provision" is an explicit answer (`no_provision`), distinct from an empty cell that
// nobody has filled in.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/id.hpp"
#include "kernel/domain/localized_text.hpp"
#include "kernel/domain/role.hpp"

namespace enlace {

using MatrixId = Id<struct MatrixTag>;
using MatrixTopicId = Id<struct MatrixTopicTag>;
using MatrixRoundId = Id<struct MatrixRoundTag>;

struct MatrixPerson {
  UserId id;
  std::string name;
  bool operator==(const MatrixPerson&) const = default;
};

// Where a cell's content comes from: the country itself (certified by it), the Secretariat
// (compiled by it on the country's behalf), or an organisation's study.
enum class ProvisionSource { kCountry, kSecretariat, kOrganization };
std::string_view ToString(ProvisionSource source);
std::optional<ProvisionSource> ParseProvisionSource(std::string_view text);

// The law a provision is in, as ELI / schema.org Legislation name it: legislationIdentifier
// (`number`), name (`title`), legislationDate (`date`).
struct LawReference {
  std::string title;
  std::string number;
  std::optional<Date> date;
  bool operator==(const LawReference&) const = default;
};

struct Provision {
  LawReference law;
  std::string article;             // "art. 342-A"
  LocalizedText excerpt;           // the text of the provision in each language it has
  std::string source_language;     // "es" or "en": the language the excerpt was written in
  std::vector<std::string> stale;  // translations written before the source text last changed
  std::string url;                 // the full text
  std::optional<Date> last_amended;
  std::optional<Date> as_of;  // valid as of
  bool operator==(const Provision&) const = default;
};

// What a cell says. Empty (no provisions, no_provision false, no note) means "not answered".
struct CellContent {
  std::vector<Provision> provisions;
  bool no_provision = false;
  std::string note;
  bool operator==(const CellContent&) const = default;
  bool Empty() const { return provisions.empty() && !no_provision && note.empty(); }
};

// A published cell: one version of a (topic, country) cell, published when its round closed.
struct MatrixCell {
  MatrixTopicId topic;
  std::string country;
  CellContent content;
  int round = 0;  // the number of the round that published it
  ProvisionSource source = ProvisionSource::kCountry;
  MatrixPerson submitted_by;
  Timestamp submitted_at{};
  std::optional<MatrixPerson> verified_by;  // the Secretariat person who validated the column
  std::optional<Timestamp> verified_at;
};

struct MatrixTopic {
  MatrixTopicId id;
  int number = 0;  // 1, 2, 3… in the matrix's order
  LocalizedText title;
  LocalizedText note;
  std::vector<std::string> articles;  // Protocol articles it bears on: "6.1.a", "3"
};

enum class RoundState { kOpen, kClosed };
std::string_view ToString(RoundState state);

struct MatrixRound {
  MatrixRoundId id;
  int number = 0;     // 1, 2, … within the matrix: what as_of_round and since_round name
  std::string label;  // as people cite it: "2017-1"
  RoundState state = RoundState::kOpen;
  Date due{};
  std::optional<std::int64_t> commitment;  // the commitment that asked for it, when one did
  Timestamp opened_at{};
  std::optional<Timestamp> closed_at;
};

// Where a country's column stands in a round.
enum class ColumnState { kNotStarted, kDraft, kSubmitted, kReturned, kValidated };
std::string_view ToString(ColumnState state);

// What the country may still do with its column: edit while not started, a draft or returned.
bool ColumnEditable(ColumnState state);

// The column actions and the state each leads to; 409 with a reason naming what it needs.
enum class ColumnAction { kEdit, kSubmit, kReturn, kValidate };
std::string_view ToString(ColumnAction action);
Result<ColumnState> NextColumnState(ColumnState from, ColumnAction action);

struct RoundColumn {
  std::string country;
  ColumnState state = ColumnState::kNotStarted;
  int cells_changed = 0;  // filled by the service: drafts that differ from the published cell
  std::optional<std::string> returned_reason;
  std::optional<Timestamp> submitted_at;
  std::optional<Timestamp> validated_at;
  std::optional<MatrixPerson> validated_by;
};

// A country's draft of one cell in a round; `version` counts its writes (0: none yet).
struct DraftCell {
  MatrixTopicId topic;
  std::string country;
  CellContent content;
  ProvisionSource source = ProvisionSource::kCountry;
  std::int64_t version = 0;
  std::optional<MatrixPerson> updated_by;
  std::optional<Timestamp> updated_at;
};

// One write of a draft cell, kept for the cell's timeline (never changed).
struct CellEdit {
  MatrixTopicId topic;
  std::string country;
  int round = 0;
  CellContent content;
  MatrixPerson by;
  Role by_role = Role::kCountryOfficer;
  Timestamp at{};
};

inline constexpr int kDefaultOutdatedAfterDays = 730;  // two years

struct Matrix {
  MatrixId id;
  ProcessId process_id;
  std::string subject;  // smuggling_of_migrants, trafficking_in_persons, or another the TS names
  LocalizedText title;
  int outdated_after_days = kDefaultOutdatedAfterDays;
  std::vector<MatrixTopic> topics;     // by number
  std::vector<std::string> countries;  // the process's member countries, filled by the service
  std::vector<MatrixRound> rounds;     // by number
  std::vector<MatrixCell> cells;       // the published snapshot asked for, filled by the service
  std::int64_t version = 1;
  Timestamp created_at{};
};

struct MatrixInput {
  std::string subject;
  LocalizedText title;
  std::optional<int> outdated_after_days;
};

struct TopicInput {
  LocalizedText title;
  LocalizedText note;
  std::vector<std::string> articles;
};

struct RoundInput {
  std::optional<Date> due;
  std::string label;
  std::optional<std::int64_t> commitment;
};

// Limits of what a person types.
inline constexpr std::size_t kMaximumTitleLength = 300;
inline constexpr std::size_t kMaximumExcerptLength = 20000;
inline constexpr std::size_t kMaximumNoteLength = 4000;
inline constexpr std::size_t kMaximumProvisions = 30;

// Checks and trims a matrix, a topic, a round; every problem at once.
Result<void> ValidateMatrix(MatrixInput& input);
Result<void> ValidateTopic(TopicInput& input);
// Checks and trims a cell as a country sends it: provisions need a law title or an article and
// an excerpt in at least one language; "no specific provision" cannot carry provisions; URLs are
// http(s). Fills each provision's source_language when it was not given (the language it has).
Result<void> ValidateCell(CellContent& content);

// The languages whose translation went stale with this write: for each provision (matched by
// position with the previous version), when the source-language excerpt changed and a translation
// did not, that translation is stale; a translation rewritten in the same write is fresh again;
// stale marks of untouched provisions are kept. Writes the result into `next`'s provisions.
void MarkStaleTranslations(const CellContent* previous, CellContent& next);

// Whether a provision's "as of" date is older than the threshold as of `today` (a warning).
bool IsOutdated(const Provision& provision, Date today, int outdated_after_days);
bool IsOutdated(const CellContent& content, Date today, int outdated_after_days);

// The published cells as of round `round_number` (every round when nullopt): for each (topic,
// country) the version of the latest closed round at or before it. `versions` in any order.
std::vector<MatrixCell> SnapshotAsOf(const std::vector<MatrixCell>& versions, std::optional<int> round_number);

// A provision of a published cell whose excerpt lacks a language or has a stale translation
// (M22): what the Secretariat turns into translation work.
struct TranslationGap {
  MatrixTopicId topic;
  std::string country;
  int provision = 0;  // its index in the cell
  std::string source_language;
  std::vector<std::string> missing;
  std::vector<std::string> stale;
};
// Every gap of `cells`, in their order; a cell that says "no specific provision" has none.
std::vector<TranslationGap> TranslationGaps(const std::vector<MatrixCell>& cells);

// Who translates a cell's missing or stale language version, and by when (M22): the Secretariat
// turns a translation gap into work someone owes, linked to the agreement that asked for language
// versions when there is one. `version` counts its writes (If-Match; 0: none yet).
struct TranslationCommitment {
  MatrixTopicId topic;
  std::string country;
  std::string language;    // the version owed: "es" or "en"
  std::string translator;  // a person, a country or "TS", as written
  Date due{};
  std::optional<std::int64_t> commitment;
  std::int64_t version = 0;
  MatrixPerson updated_by;
  Timestamp updated_at{};
  bool owed = true;  // filled by the service: the published cell still lacks that language (or it is stale)
};

struct TranslationCommitmentInput {
  std::string translator;
  std::optional<Date> due;
  std::optional<std::int64_t> commitment;
};

// The cell as one text in `language`, for word-level comparison and for exports: each provision
// as "Law title (number, date), article: excerpt", then the note; "no specific provision" as the
// given wording.
std::string CellText(const CellContent& content, std::string_view language, std::string_view no_provision_wording);

}  // namespace enlace
