// The one error vocabulary of enlace.
//
// Expected failures (bad input, a record that is not there, a refused permission, a stale
// version) are values: functions return Result<T>. Exceptions are for what ends the operation
// unexpectedly (a lost database connection) and are turned into an Error at the adapter that calls
// the library. Asserts are only for bugs, never for input from outside.
//
// An Error names *what* went wrong with a stable machine `reason` ("invalid_json",
// "invalid_email", ...): a Reason constant, declared in the `reasons.hpp` of the kernel or of the
// capability it belongs to, whose message in each language lives in that folder's
// `texts/<language>.json` (a test fails for a reason without one). The HTTP pipeline turns the
// reason into a message in the user's language and the code into a status (http/errors.cpp).
// Field errors say which input field is wrong so that a form can show the message next to it.
#pragma once

#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kernel/domain/reasons.hpp"

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
  FieldError() = default;
  FieldError(std::string field, Reason reason, std::map<std::string, std::string> params = {})
      : field(std::move(field)), reason(reason.code()), params(std::move(params)) {}
  // The field error for `field` that another Error describes (its reason, or `fallback` when it
  // has none): a reading checked by another validator, reported under the reading's own name.
  static FieldError Of(std::string field, const struct Error& cause, Reason fallback);
  // The same problem under another field name (a nested input read by another validator).
  FieldError Renamed(std::string new_field) const {
    FieldError renamed = *this;
    renamed.field = std::move(new_field);
    return renamed;
  }

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

  bool Is(Reason other) const { return reason == other.code(); }

  static Error Of(ErrorCode code, Reason reason, std::string detail = {}) {
    return Error{.code = code, .reason = std::string(reason.code()), .detail = std::move(detail)};
  }
  static Error Invalid(Reason reason, std::string detail = {}) {
    return Of(ErrorCode::kInvalidArgument, reason, std::move(detail));
  }
  // A validation failure listing the wrong fields; reason "validation_failed".
  static Error Validation(std::vector<FieldError> fields) {
    return Error{.code = ErrorCode::kInvalidArgument,
                 .reason = std::string(reasons::kValidationFailed.code()),
                 .fields = std::move(fields)};
  }
  static Error Field(std::string field, Reason reason, std::map<std::string, std::string> params = {}) {
    return Validation({FieldError{std::move(field), reason, std::move(params)}});
  }
  static Error NotFound() {
    return Error{.code = ErrorCode::kNotFound, .reason = std::string(reasons::kNotFound.code())};
  }
  static Error NotFound(Reason reason) { return Of(ErrorCode::kNotFound, reason); }
  static Error Forbidden() {
    return Error{.code = ErrorCode::kForbidden, .reason = std::string(reasons::kForbidden.code())};
  }
  static Error Forbidden(Reason reason) { return Of(ErrorCode::kForbidden, reason); }
  static Error Unauthenticated() {
    return Error{.code = ErrorCode::kUnauthenticated, .reason = std::string(reasons::kUnauthenticated.code())};
  }
  static Error Unauthenticated(Reason reason) { return Of(ErrorCode::kUnauthenticated, reason); }
  static Error Conflict(Reason reason) { return Of(ErrorCode::kConflict, reason); }
  static Error StaleVersion() {
    return Error{.code = ErrorCode::kPreconditionFailed, .reason = std::string(reasons::kStaleVersion.code())};
  }
  static Error VersionRequired() {
    return Error{.code = ErrorCode::kPreconditionRequired, .reason = std::string(reasons::kVersionRequired.code())};
  }
  static Error Unavailable(std::string detail = {}) {
    return Error{.code = ErrorCode::kUnavailable,
                 .reason = std::string(reasons::kUnavailable.code()),
                 .detail = std::move(detail)};
  }
  static Error Internal(std::string detail = {}) {
    return Error{
        .code = ErrorCode::kInternal, .reason = std::string(reasons::kInternal.code()), .detail = std::move(detail)};
  }
};

inline FieldError FieldError::Of(std::string field, const Error& cause, Reason fallback) {
  FieldError error;
  error.field = std::move(field);
  error.reason = cause.reason.empty() ? std::string(fallback.code()) : cause.reason;
  error.params = cause.params;
  return error;
}

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
  void Add(std::string field, Reason reason, std::map<std::string, std::string> params = {}) {
    fields_.push_back(FieldError{std::move(field), reason, std::move(params)});
  }
  void Add(FieldError error) { fields_.push_back(std::move(error)); }
  bool empty() const { return fields_.empty(); }
  // The collected errors as one Error; call only when !empty().
  Error ToError() const { return Error::Validation(fields_); }
  const std::vector<FieldError>& fields() const { return fields_; }

 private:
  std::vector<FieldError> fields_;
};

}  // namespace enlace
