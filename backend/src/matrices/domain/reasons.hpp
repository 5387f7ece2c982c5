// The reasons of the matrices capability: the machine codes of what can go wrong. Each has a
// message in every language of texts/ (domain/reasons_test.cpp checks it). Reasons shared with
// others (required, too_long, unknown_country, wrong_country, stale_version) are the kernel's.
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

// Rounds (409).
inline constexpr Reason kMatrixRoundAlreadyOpen{"matrix_round_already_open"};  // one open round at a time
inline constexpr Reason kMatrixRoundClosed{"matrix_round_closed"};             // nothing changes in a closed round
// A country's column (409): one reason per state an action needs.
inline constexpr Reason kMatrixColumnNotEditable{"matrix_column_not_editable"};    // submitted or validated
inline constexpr Reason kMatrixColumnNotSubmitted{"matrix_column_not_submitted"};  // return, validate
// Input (422, per field).
inline constexpr Reason kNoProvisionWithProvisions{"no_provision_with_provisions"};
inline constexpr Reason kInvalidProvisionUrl{"invalid_provision_url"};
inline constexpr Reason kProvisionWithoutText{"provision_without_text"};
inline constexpr Reason kUnknownMatrixTopic{"unknown_matrix_topic"};
inline constexpr Reason kTooManyProvisions{"too_many_provisions"};

}  // namespace enlace::reasons
