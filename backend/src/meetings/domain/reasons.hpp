// The reasons of the meetings capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kAgreementNumberTaken{"agreement_number_taken"};
inline constexpr Reason kAgreementHasAnswers{"agreement_has_answers"};
inline constexpr Reason kCommitmentHasUpdates{"commitment_has_updates"};
inline constexpr Reason kDeadlineUnreadable{"deadline_unreadable"};
inline constexpr Reason kFileTooLarge{"file_too_large"};
inline constexpr Reason kHeadingIsTopLevel{"heading_is_top_level"};
inline constexpr Reason kInvalidAgreementNumber{"invalid_agreement_number"};
inline constexpr Reason kInvalidFileName{"invalid_file_name"};
inline constexpr Reason kInvalidProgress{"invalid_progress"};
inline constexpr Reason kInvalidUrl{"invalid_url"};
inline constexpr Reason kMeetingTooLong{"meeting_too_long"};
inline constexpr Reason kOnlySecretariatCancels{"only_secretariat_cancels"};
inline constexpr Reason kReportNotDraft{"report_not_draft"};
inline constexpr Reason kTooMany{"too_many"};
inline constexpr Reason kUnknownBody{"unknown_body"};
inline constexpr Reason kUnknownMeeting{"unknown_meeting"};
inline constexpr Reason kUnknownParticipant{"unknown_participant"};
inline constexpr Reason kUnknownParty{"unknown_party"};
inline constexpr Reason kUnsupportedFileType{"unsupported_file_type"};
inline constexpr Reason kUnsupportedLanguage{"unsupported_language"};

}  // namespace enlace::reasons
