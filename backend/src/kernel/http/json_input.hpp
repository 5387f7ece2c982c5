// Reading a JSON request body field by field. Type errors are collected as field errors (reason
// "invalid_type") so that one answer lists everything wrong; Finish() returns them.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/error.hpp"
#include "kernel/domain/localized_text.hpp"
#include "kernel/http/message.hpp"

namespace enlace::http {

class JsonInput {
 public:
  // The body as a JSON object; kInvalidArgument "invalid_json" otherwise, 415 when the request
  // says it is something other than JSON. An empty body reads as {}.
  // Refuses a body nested deeper than kMaxDepth (json_too_deep) before parsing it: copying and
  // destroying a document recurse once per level, and a 175 KB body of brackets overflowed the
  // stack of the worker thread (issue 9).
  static Result<JsonInput> Parse(const Request& request);
  static constexpr int kMaxDepth = 64;
  explicit JsonInput(nlohmann::json object) : object_(std::move(object)) {}

  bool Has(const std::string& field) const;
  // Absent → nullopt. Present but not a string → a field error and nullopt.
  std::optional<std::string> String(const std::string& field);
  // Absent → nullopt; null → optional holding nullopt.
  std::optional<std::optional<std::string>> NullableString(const std::string& field);
  std::optional<std::vector<std::string>> StringList(const std::string& field);
  std::optional<bool> Bool(const std::string& field);
  std::optional<long long> Integer(const std::string& field);
  std::optional<Date> DateField(const std::string& field);
  std::optional<std::optional<Date>> NullableDate(const std::string& field);
  // {"es": "…", "en": "…"}, each optional; an empty string reads as absent.
  std::optional<LocalizedText> Localized(const std::string& field);
  const nlohmann::json& Raw(const std::string& field) const;
  const nlohmann::json& object() const { return object_; }

  void AddError(std::string field, Reason reason, std::map<std::string, std::string> params = {});
  // The collected field errors, if any.
  Result<void> Finish() const;

 private:
  nlohmann::json object_;
  FieldErrors errors_;
};

// The deepest nesting of objects and lists in `text`, brackets inside strings not counted; stops
// counting once past `limit` and returns limit + 1.
int JsonNestingDepth(std::string_view text, int limit);

// Whether a Content-Type is JSON: exactly application/json (any case), with at most a charset
// parameter of UTF-8. "application/jsonx", "text/plain; a=application/json" and the like are not.
bool IsJsonMediaType(std::string_view content_type);

// A body with malformed fields (a date that is not one, a number where text belongs) is refused
// before the service runs. So that the person sees every problem at once, the handler also runs
// the domain's validation on what could be read and merges both lists here; an error on a field
// the parser already flagged (or on a part of it: "place.city" under "place") is not repeated.
// When the validation refused for another reason than the input (kForbidden, kNotFound…), its
// error is the answer.
Error MergeFieldErrors(const Error& parse_errors, const Result<void>& validation);

// The version a client sent in If-Match ("\"3\"", "3" or W/"3"); nullopt when absent.
// A malformed header is treated as a stale version (-1).
std::optional<std::int64_t> IfMatchVersion(const Request& request);
// A path parameter as a positive integer id, or kInvalidArgument "invalid_id".
Result<std::int64_t> PathNumber(const Request& request, const std::string& name = "id");
// The id `name` of the path as the id type the route expects (MeetingId, …); kInvalidArgument
// "invalid_id" unless it is a positive decimal number.
template <typename IdType = std::int64_t>
Result<IdType> PathId(const Request& request, const std::string& name = "id") {
  auto number = PathNumber(request, name);
  if (!number) return std::unexpected(number.error());
  return IdType{*number};
}

}  // namespace enlace::http
