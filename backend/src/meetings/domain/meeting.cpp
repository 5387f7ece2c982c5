#include "meetings/domain/meeting.hpp"

namespace enlace {

std::string_view ToString(MeetingType type) {
  switch (type) {
    case MeetingType::kRegular:
      return "regular";
    case MeetingType::kExtraordinary:
      return "extraordinary";
    case MeetingType::kVirtual:
      return "virtual";
    case MeetingType::kWorkshop:
      return "workshop";
  }
  return "regular";
}

std::optional<MeetingType> ParseMeetingType(std::string_view text) {
  if (text == "regular") return MeetingType::kRegular;
  if (text == "extraordinary") return MeetingType::kExtraordinary;
  if (text == "virtual") return MeetingType::kVirtual;
  if (text == "workshop") return MeetingType::kWorkshop;
  return std::nullopt;
}

std::string_view ToString(ReportStatus status) {
  switch (status) {
    case ReportStatus::kDraft:
      return "draft";
    case ReportStatus::kAdopted:
      return "adopted";
    case ReportStatus::kSubmitted:
      return "submitted";
    case ReportStatus::kConsidered:
      return "considered";
  }
  return "draft";
}

std::optional<ReportStatus> ParseReportStatus(std::string_view text) {
  if (text == "draft") return ReportStatus::kDraft;
  if (text == "adopted") return ReportStatus::kAdopted;
  if (text == "submitted") return ReportStatus::kSubmitted;
  if (text == "considered") return ReportStatus::kConsidered;
  return std::nullopt;
}

std::string_view ToString(CommitmentStatus status) {
  switch (status) {
    case CommitmentStatus::kOpen:
      return "open";
    case CommitmentStatus::kInProgress:
      return "in_progress";
    case CommitmentStatus::kDone:
      return "done";
    case CommitmentStatus::kCancelled:
      return "cancelled";
  }
  return "open";
}

std::optional<CommitmentStatus> ParseCommitmentStatus(std::string_view text) {
  if (text == "open") return CommitmentStatus::kOpen;
  if (text == "in_progress") return CommitmentStatus::kInProgress;
  if (text == "done") return CommitmentStatus::kDone;
  if (text == "cancelled") return CommitmentStatus::kCancelled;
  return std::nullopt;
}

std::string_view ToString(ResponseState state) {
  switch (state) {
    case ResponseState::kNotStarted:
      return "not_started";
    case ResponseState::kAnswered:
      return "answered";
    case ResponseState::kDone:
      return "done";
  }
  return "not_started";
}

std::string_view ToString(AnswerVisibility visibility) {
  switch (visibility) {
    case AnswerVisibility::kNetwork:
      return "network";
    case AnswerVisibility::kParticipants:
      return "participants";
    case AnswerVisibility::kSecretariat:
      return "secretariat";
  }
  return "network";
}

std::optional<AnswerVisibility> ParseAnswerVisibility(std::string_view text) {
  if (text == "network") return AnswerVisibility::kNetwork;
  if (text == "participants") return AnswerVisibility::kParticipants;
  if (text == "secretariat") return AnswerVisibility::kSecretariat;
  return std::nullopt;
}

namespace {
std::optional<std::string> DelegationOf(const Actor& actor) {
  if (actor.role == Role::kCountryOfficer) return actor.country;
  if (actor.role == Role::kObserver || actor.role == Role::kCivilSociety) return actor.organization;
  return std::nullopt;
}
}  // namespace

bool MayReadAnswer(const Actor& actor, const CommitmentUpdate& update) {
  if (actor.IsSecretariat()) return true;
  auto delegation = DelegationOf(actor);
  bool own = delegation && ((update.writer_delegation && *update.writer_delegation == *delegation) ||
                            (update.country && *update.country == *delegation));
  if (own) return true;
  switch (update.visibility) {
    case AnswerVisibility::kParticipants:
      return true;
    case AnswerVisibility::kNetwork:
      return actor.role == Role::kCountryOfficer;
    case AnswerVisibility::kSecretariat:
      return false;
  }
  return false;
}

bool MayChangeAnswer(const Actor& actor, const CommitmentUpdate& update) {
  if (actor.IsSecretariat()) return true;
  if (update.author_id == actor.user_id) return true;
  return actor.role == Role::kCountryOfficer && actor.country && update.country && *update.country == *actor.country;
}

bool Commitment::Overdue(Date today) const {
  return deadline.due && *deadline.due < today && status != CommitmentStatus::kDone &&
         status != CommitmentStatus::kCancelled;
}

}  // namespace enlace
