// Meetings (M1), their numbered agreements and report (M2), and the commitments the agreements
// hand out (M3), with deadlines as written (M4, deadline.hpp).
//
// A network meets, adopts agreements numbered "1", "2", "2.a" …, and hands work to parties: a
// country, all member countries ("MEMBER_COUNTRIES"), the Technical Secretariat ("TS"), or an
// organisation. A commitment of MEMBER_COUNTRIES is answered by each member country separately:
// its answer grid has one row per member country, and an officer's update counts for their own
// country only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/files.hpp"
#include "kernel/domain/localized_text.hpp"
#include "kernel/domain/role.hpp"
#include "meetings/domain/deadline.hpp"

namespace enlace {

using MeetingId = Id<struct MeetingTag>;
using AgreementId = Id<struct AgreementTag>;
using CommitmentId = Id<struct CommitmentTag>;
using CommitmentUpdateId = Id<struct CommitmentUpdateTag>;

inline constexpr std::string_view kMemberCountries = "MEMBER_COUNTRIES";

enum class MeetingType { kRegular, kExtraordinary, kVirtual, kWorkshop };
std::string_view ToString(MeetingType type);
std::optional<MeetingType> ParseMeetingType(std::string_view text);

// draft → adopted → submitted (to a body, e.g. the RCGM) → considered (at a named meeting).
enum class ReportStatus { kDraft, kAdopted, kSubmitted, kConsidered };
std::string_view ToString(ReportStatus status);
std::optional<ReportStatus> ParseReportStatus(std::string_view text);

struct Place {
  std::string city;
  std::string country;  // ISO 3166-1 alpha-2; empty for a virtual meeting
  bool operator==(const Place&) const = default;
};

// A file attached to a meeting or to an answer: a stored file of the kernel.
using MeetingFile = StoredFile;

struct Meeting {
  MeetingId id;
  ProcessId process_id;
  std::string body;  // an organisation code ("RCGM") or a network code ("SMUGGLING_TIP_NETWORK")
  MeetingType type = MeetingType::kRegular;
  LocalizedText title;
  Place place;
  Date date{};
  std::optional<Date> date_end;
  std::vector<std::string> participants;  // country and organisation codes, in the order written
  std::vector<LocalizedText> agenda;
  std::optional<std::string> video_link;  // virtual meetings
  bool cancelled = false;
  ReportStatus report_status = ReportStatus::kDraft;
  std::optional<std::string> submitted_to;  // a body code, e.g. "RCGM"
  std::optional<MeetingId> considered_at;   // the meeting that considered the report
  std::vector<MeetingFile> files;
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};

  Date LastDay() const { return date_end.value_or(date); }
};

struct Agreement {
  AgreementId id;
  MeetingId meeting_id;
  std::string number;               // "1", "2", "2.a"
  int position = 0;                 // order within the report
  bool heading = false;             // only introduces its lettered sub-items
  std::optional<std::string> verb;  // English lemma of the first operative verb: "thank", "urge", …
  LocalizedText text;
  std::vector<std::string> parties;  // codes, in order of first mention
  std::int64_t version = 1;
};

enum class CommitmentStatus { kOpen, kInProgress, kDone, kCancelled };
std::string_view ToString(CommitmentStatus status);
std::optional<CommitmentStatus> ParseCommitmentStatus(std::string_view text);

struct Commitment {
  CommitmentId id;
  AgreementId agreement_id;
  MeetingId meeting_id;
  std::string agreement_number;  // read along with the commitment, for display
  std::string party;             // a country code, "MEMBER_COUNTRIES", "TS", or an organisation code
  LocalizedText action;
  Deadline deadline;
  CommitmentStatus status = CommitmentStatus::kOpen;
  int progress = 0;  // 0–100
  std::int64_t version = 1;
  Timestamp created_at{};
  Timestamp updated_at{};

  // Overdue: a due date before `today` and not done or cancelled.
  bool Overdue(Date today) const;
};

// Who reads an answer's text and files (issue 10, item 8), chosen by its writer:
//   network       the Secretariat and the member countries' officers (the default);
//   participants  also observers and civil society;
//   secretariat   the Secretariat and the writer's own delegation (and the country answered for).
// The answer grid's states are shown to everyone who may read the commitment, whatever this says.
enum class AnswerVisibility { kNetwork, kParticipants, kSecretariat };
std::string_view ToString(AnswerVisibility visibility);
std::optional<AnswerVisibility> ParseAnswerVisibility(std::string_view text);

// A dated report of progress on a commitment, by the party's own users or the Secretariat.
struct CommitmentUpdate {
  CommitmentUpdateId id;
  CommitmentId commitment_id;
  // For a MEMBER_COUNTRIES commitment: the country this update answers for.
  std::optional<std::string> country;
  std::string text;
  std::vector<std::string> links;
  std::optional<int> progress;
  std::optional<CommitmentStatus> status;
  UserId author_id;
  std::string author_name;
  Timestamp at{};
  std::vector<MeetingFile> files;
  AnswerVisibility visibility = AnswerVisibility::kNetwork;
  // The writer's delegation when written: their country or organisation code (none for the TS).
  std::optional<std::string> writer_delegation;
  std::int64_t version = 1;
  std::optional<Timestamp> edited_at;
};

// May `actor` read the text and files of `update`? (The Secretariat reads every answer.)
bool MayReadAnswer(const Actor& actor, const CommitmentUpdate& update);
// May `actor` change or withdraw `update`? Its writer, an officer of the country it answers for, or the TS.
bool MayChangeAnswer(const Actor& actor, const CommitmentUpdate& update);

enum class ResponseState { kNotStarted, kAnswered, kDone };
std::string_view ToString(ResponseState state);

// One row of the answer grid of a MEMBER_COUNTRIES commitment.
struct CountryResponse {
  std::string country;
  ResponseState state = ResponseState::kNotStarted;
  std::optional<Timestamp> updated;
  // The country's own latest percentage (100 when done), when it gave one.
  std::optional<int> progress;
};

}  // namespace enlace
