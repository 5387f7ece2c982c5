// The reasons of the accounts capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kCannotDemoteSelf{"cannot_demote_self"};
inline constexpr Reason kCommonPassword{"common_password"};
inline constexpr Reason kInvalidCode{"invalid_code"};
inline constexpr Reason kMfaAlreadyEnabled{"mfa_already_enabled"};
inline constexpr Reason kMfaNotEnabled{"mfa_not_enabled"};
inline constexpr Reason kMfaRequiredForRole{"mfa_required_for_role"};
inline constexpr Reason kSignInExpired{"sign_in_expired"};
inline constexpr Reason kSamePassword{"same_password"};
inline constexpr Reason kEmailTaken{"email_taken"};
inline constexpr Reason kInvalidCredentials{"invalid_credentials"};
inline constexpr Reason kPasswordTooShort{"password_too_short"};
inline constexpr Reason kRateLimited{"rate_limited"};
inline constexpr Reason kUnknownOrganization{"unknown_organization"};
inline constexpr Reason kUnknownRole{"unknown_role"};
inline constexpr Reason kResetLinkUnknown{"reset_link_unknown"};
inline constexpr Reason kResetLinkUsed{"reset_link_used"};
inline constexpr Reason kResetLinkReplaced{"reset_link_replaced"};
inline constexpr Reason kResetLinkExpired{"reset_link_expired"};
inline constexpr Reason kResetRateLimited{"reset_rate_limited"};
inline constexpr Reason kWrongPassword{"wrong_password"};

}  // namespace enlace::reasons
