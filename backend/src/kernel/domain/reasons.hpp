// The reasons of the kernel (requests, sessions, validation shared by every capability): the machine codes of what can
// go wrong. Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kAuditKeyExists{"audit_key_exists"};
inline constexpr Reason kAuditKeyInvalid{"audit_key_invalid"};
inline constexpr Reason kAuditKeyMissing{"audit_key_missing"};
inline constexpr Reason kCsrfFailed{"csrf_failed"};
inline constexpr Reason kForeignOrigin{"foreign_origin"};
inline constexpr Reason kDateOrder{"date_order"};
inline constexpr Reason kForbidden{"forbidden"};
inline constexpr Reason kInternal{"internal"};
inline constexpr Reason kInvalidCatalogue{"invalid_catalogue"};
inline constexpr Reason kInvalidCsv{"invalid_csv"};
inline constexpr Reason kInvalidDatabaseUrl{"invalid_database_url"};
inline constexpr Reason kInvalidDate{"invalid_date"};
inline constexpr Reason kUnreadableFile{"unreadable_file"};
inline constexpr Reason kInvalidEmail{"invalid_email"};
inline constexpr Reason kInvalidId{"invalid_id"};
inline constexpr Reason kInvalidJson{"invalid_json"};
inline constexpr Reason kInvalidMultipart{"invalid_multipart"};
inline constexpr Reason kInvalidQuery{"invalid_query"};
inline constexpr Reason kInvalidSmtpUrl{"invalid_smtp_url"};
inline constexpr Reason kInvalidType{"invalid_type"};
inline constexpr Reason kInvalidValue{"invalid_value"};
inline constexpr Reason kInvalidZipEntry{"invalid_zip_entry"};
inline constexpr Reason kJsonTooDeep{"json_too_deep"};
inline constexpr Reason kMailFailed{"mail_failed"};
inline constexpr Reason kMethodNotAllowed{"method_not_allowed"};
inline constexpr Reason kNotFound{"not_found"};
inline constexpr Reason kOverloaded{"overloaded"};
inline constexpr Reason kPayloadTooLarge{"payload_too_large"};
inline constexpr Reason kRequired{"required"};
inline constexpr Reason kTooManyRequests{"too_many_requests"};
inline constexpr Reason kShuttingDown{"shutting_down"};
// A file that was being read into an archive changed or went away meanwhile (409: asking again works).
inline constexpr Reason kSourceChanged{"source_changed"};
inline constexpr Reason kStaleVersion{"stale_version"};
inline constexpr Reason kTooLong{"too_long"};
inline constexpr Reason kTooManyParts{"too_many_parts"};
inline constexpr Reason kUnauthenticated{"unauthenticated"};
inline constexpr Reason kUnavailable{"unavailable"};
inline constexpr Reason kUnknownCountry{"unknown_country"};
inline constexpr Reason kUnknownLanguage{"unknown_language"};
inline constexpr Reason kUnknownRoute{"unknown_route"};
inline constexpr Reason kUnsupportedMediaType{"unsupported_media_type"};
inline constexpr Reason kValidationFailed{"validation_failed"};
inline constexpr Reason kVersionRequired{"version_required"};
inline constexpr Reason kWrongCountry{"wrong_country"};

}  // namespace enlace::reasons
