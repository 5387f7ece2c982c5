// The one error vocabulary of enlace.
//
// Expected failures (bad input, a record that is not there, a refused permission, a stale
// version) are values: functions return Result<T>. Exceptions are for what ends the operation
// unexpectedly (a lost database connection) and are turned into an Error at the adapter that calls
// the library. Asserts are only for bugs, never for input from outside.
//
// An Error names *what* went wrong with a stable machine `reason` ("invalid_json",
// "invalid_email", ...). The HTTP layer turns the reason into a message in the user's language
// (http/messages.cpp holds the catalogue) and the code into a status (http/error_mapping.cpp).
// Field errors say which input field is wrong so that a form can show the message next to it.
#pragma once

#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace enlace {

enum class ErrorCode {
  kInvalidArgument,       // 400/422: the input is malformed or breaks a rule
  kUnauthenticated,       // 401: no valid session, or wrong credentials
  kForbidden,             // 403: the actor may not do this
  kNotFound,              // 404
  kConflict,              // 409: the state of the record forbids it (e.g. confirming twice)
  kPreconditionFailed,    // 412: the If-Match version is stale
  kPreconditionRequired,  // 428: an edit came without If-Match
  kPayloadTooLarge,       // 413
  kUnsupportedMediaType,  // 415
  kRateLimited,           // 429
  kUnavailable,           // 503: the database or another dependency is down
  kInternal,              // 500: a bug; never used for bad input
};

// One wrong input field. `field` is the JSON field name as the client sent it ("email",
// "place.city", "agreements[2].number"); `reason` is a machine code with a catalogue message.
struct FieldError {
  std::string field;
  std::string reason;
  std::map<std::string, std::string> params;  // values interpolated into the message ({max} ...)

  bool operator==(const FieldError&) const = default;
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string reason;                         // stable machine code, also the catalogue key
  std::vector<FieldError> fields;             // for kInvalidArgument: what is wrong, per field
  std::map<std::string, std::string> params;  // values interpolated into the message
  std::string detail;                         // optional, not translated, safe to show (e.g. a parser's position)
  int retry_after_seconds = 0;                // for kRateLimited

  static Error Invalid(std::string reason, std::string detail = {}) {
    return Error{.code = ErrorCode::kInvalidArgument, .reason = std::move(reason), .detail = std::move(detail)};
  }
  // A validation failure listing the wrong fields; reason "validation_failed".
  static Error Validation(std::vector<FieldError> fields) {
    return Error{.code = ErrorCode::kInvalidArgument, .reason = "validation_failed", .fields = std::move(fields)};
  }
  static Error Field(std::string field, std::string reason, std::map<std::string, std::string> params = {}) {
    return Validation({FieldError{std::move(field), std::move(reason), std::move(params)}});
  }
  static Error NotFound(std::string reason = "not_found") {
    return Error{.code = ErrorCode::kNotFound, .reason = std::move(reason)};
  }
  static Error Forbidden(std::string reason = "forbidden") {
    return Error{.code = ErrorCode::kForbidden, .reason = std::move(reason)};
  }
  static Error Unauthenticated(std::string reason = "unauthenticated") {
    return Error{.code = ErrorCode::kUnauthenticated, .reason = std::move(reason)};
  }
  static Error Conflict(std::string reason) { return Error{.code = ErrorCode::kConflict, .reason = std::move(reason)}; }
  static Error StaleVersion() { return Error{.code = ErrorCode::kPreconditionFailed, .reason = "stale_version"}; }
  static Error VersionRequired() {
    return Error{.code = ErrorCode::kPreconditionRequired, .reason = "version_required"};
  }
  static Error Unavailable(std::string detail = {}) {
    return Error{.code = ErrorCode::kUnavailable, .reason = "unavailable", .detail = std::move(detail)};
  }
  static Error Internal(std::string detail = {}) {
    return Error{.code = ErrorCode::kInternal, .reason = "internal", .detail = std::move(detail)};
  }
};

template <typename T>
using Result = std::expected<T, Error>;

// An edit names the version of the record it started from (If-Match): none is refused with
// version_required (428), another than the stored one with stale_version (412).
inline Result<void> CheckVersion(std::optional<std::int64_t> expected, std::int64_t stored) {
  if (!expected) return std::unexpected(Error::VersionRequired());
  if (*expected != stored) return std::unexpected(Error::StaleVersion());
  return {};
}

// Collects field errors while validating a whole input, so that a form shows every problem at
// once rather than one per round trip.
class FieldErrors {
 public:
  void Add(std::string field, std::string reason, std::map<std::string, std::string> params = {}) {
    fields_.push_back(FieldError{std::move(field), std::move(reason), std::move(params)});
  }
  bool empty() const { return fields_.empty(); }
  // The collected errors as one Error; call only when !empty().
  Error ToError() const { return Error::Validation(fields_); }
  const std::vector<FieldError>& fields() const { return fields_; }

 private:
  std::vector<FieldError> fields_;
};

}  // namespace enlace
