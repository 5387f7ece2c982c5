// The reasons of the documents capability: the machine codes of what can go wrong. Each has a
// message in every language of texts/. Reasons shared with others (required, too_long,
// invalid_value, unknown_meeting, file_too_large, unsupported_file_type, unknown_agreement) are
// the kernel's, meetings' and cooperation's.
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

// Input (422, per field).
inline constexpr Reason kUnknownDocumentType{"unknown_document_type"};
inline constexpr Reason kUnknownAccessLevel{"unknown_access_level"};
inline constexpr Reason kNoFile{"no_file"};  // a version with no file at all
inline constexpr Reason kUnknownDocumentVersion{
    "unknown_document_version"};  // distributing a version that is not there
inline constexpr Reason kUnknownDelegation{"unknown_delegation"};
inline constexpr Reason kNoRecipients{"no_recipients"};  // no delegation, or nobody in them
// A delegation whose people may not read the document at its access level (observers and a
// members-only document): distributing would hand them what the library hides from them.
inline constexpr Reason kDelegationMayNotRead{"delegation_may_not_read"};
inline constexpr Reason kUnknownTranslationAgreement{"unknown_translation_agreement"};
// A translation owed for a language the current version already has.
inline constexpr Reason kLanguageNotPending{"language_not_pending"};
// A new level for a document made from a meeting's attachment or an answer's evidence: its level
// follows its source (the meeting's rule, the answer's visibility).
inline constexpr Reason kAccessFollowsSource{"access_follows_source"};

// Putting a distribution's receipts into the report of a meeting, for a document of no meeting (409).
inline constexpr Reason kDocumentNotAtMeeting{"document_not_at_meeting"};

// Personal links of a distribution.
inline constexpr Reason kDocumentLinkUnknown{"document_link_unknown"};  // 404: forged or mistyped
inline constexpr Reason kDocumentLinkExpired{"document_link_expired"};  // 400

}  // namespace enlace::reasons
