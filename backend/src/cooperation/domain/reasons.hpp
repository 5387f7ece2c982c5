// The reasons of the cooperation capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see kernel/domain/error.hpp). Reasons this
// capability shares with others (required, too_long, unknown_country, wrong_country; the file
// rules file_too_large, unsupported_file_type, too_many) are the kernel's and meetings'.
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

// A step that the request's state does not allow (409). One reason per state an action needs,
// so that the message says what would have to be true.
inline constexpr Reason kCooperationNotDraft{"cooperation_not_draft"};          // edit, send
inline constexpr Reason kCooperationNotSent{"cooperation_not_sent"};            // forward
inline constexpr Reason kCooperationNotForwarded{"cooperation_not_forwarded"};  // answer
inline constexpr Reason kCooperationNotAnswered{"cooperation_not_answered"};    // close
inline constexpr Reason kCooperationFinished{"cooperation_finished"};           // anything once closed or withdrawn

// Input (422, per field).
inline constexpr Reason kUnknownPartner{"unknown_partner"};
inline constexpr Reason kUnknownAgreement{"unknown_agreement"};

}  // namespace enlace::reasons
