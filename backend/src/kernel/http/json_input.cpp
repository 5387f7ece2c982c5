#include "kernel/http/json_input.hpp"

#include <algorithm>
#include <cctype>

#include "kernel/domain/reasons.hpp"

namespace enlace::http {

int JsonNestingDepth(std::string_view text, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return limit + 1;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

namespace {

std::string LowerTrimmed(std::string_view text) {
  std::string lower;
  for (char c : text) {
    if (c != ' ' && c != '\t') lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return lower;
}

}  // namespace

bool IsJsonMediaType(std::string_view content_type) {
  auto semicolon = content_type.find(';');
  if (LowerTrimmed(content_type.substr(0, semicolon)) != "application/json") return false;
  if (semicolon == std::string_view::npos) return true;
  auto parameter = LowerTrimmed(content_type.substr(semicolon + 1));
  return parameter.empty() || parameter == "charset=utf-8" || parameter == "charset=\"utf-8\"";
}

Result<JsonInput> JsonInput::Parse(const Request& request) {
  bool empty = request.body.find_first_not_of(" \t\r\n") == std::string::npos;
  auto type = request.Header("Content-Type");
  // A body needs its type; an empty one may come without (a POST that only acts).
  if ((type && !type->empty()) ? !IsJsonMediaType(*type) : !empty) {
    return std::unexpected(Error::Of(ErrorCode::kUnsupportedMediaType, reasons::kUnsupportedMediaType));
  }
  if (empty) return JsonInput(nlohmann::json::object());
  if (JsonNestingDepth(request.body, kMaxDepth) > kMaxDepth) {
    return std::unexpected(Error::Invalid(reasons::kJsonTooDeep));
  }
  auto parsed = nlohmann::json::parse(request.body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return std::unexpected(Error::Invalid(reasons::kInvalidJson));
  return JsonInput(std::move(parsed));
}

bool JsonInput::Has(const std::string& field) const { return object_.contains(field); }

const nlohmann::json& JsonInput::Raw(const std::string& field) const {
  static const nlohmann::json kNull;
  auto found = object_.find(field);
  return found == object_.end() ? kNull : *found;
}

void JsonInput::AddError(std::string field, Reason reason, std::map<std::string, std::string> params) {
  errors_.Add(std::move(field), reason, std::move(params));
}

std::optional<std::string> JsonInput::String(const std::string& field) {
  auto found = object_.find(field);
  if (found == object_.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) {
    AddError(field, reasons::kInvalidType, {{"expected", "text"}});
    return std::nullopt;
  }
  return found->get<std::string>();
}

std::optional<std::optional<std::string>> JsonInput::NullableString(const std::string& field) {
  auto found = object_.find(field);
  if (found == object_.end()) return std::nullopt;
  if (found->is_null()) return std::optional<std::string>();
  if (!found->is_string()) {
    AddError(field, reasons::kInvalidType, {{"expected", "text"}});
    return std::nullopt;
  }
  return std::optional<std::string>(found->get<std::string>());
}

std::optional<std::vector<std::string>> JsonInput::StringList(const std::string& field) {
  auto found = object_.find(field);
  if (found == object_.end() || found->is_null()) return std::nullopt;
  if (!found->is_array()) {
    AddError(field, reasons::kInvalidType, {{"expected", "list"}});
    return std::nullopt;
  }
  std::vector<std::string> items;
  for (const auto& item : *found) {
    if (!item.is_string()) {
      AddError(field, reasons::kInvalidType, {{"expected", "list"}});
      return std::nullopt;
    }
    items.push_back(item.get<std::string>());
  }
  return items;
}

std::optional<bool> JsonInput::Bool(const std::string& field) {
  auto found = object_.find(field);
  if (found == object_.end() || found->is_null()) return std::nullopt;
  if (!found->is_boolean()) {
    AddError(field, reasons::kInvalidType, {{"expected", "true/false"}});
    return std::nullopt;
  }
  return found->get<bool>();
}

std::optional<long long> JsonInput::Integer(const std::string& field) {
  auto found = object_.find(field);
  if (found == object_.end() || found->is_null()) return std::nullopt;
  if (!found->is_number_integer()) {
    AddError(field, reasons::kInvalidType, {{"expected", "integer"}});
    return std::nullopt;
  }
  return found->get<long long>();
}

std::optional<Date> JsonInput::DateField(const std::string& field) {
  auto text = String(field);
  if (!text || text->empty()) return std::nullopt;
  auto date = ParseIsoDate(*text);
  if (!date) AddError(field, reasons::kInvalidDate);
  return date;
}

std::optional<std::optional<Date>> JsonInput::NullableDate(const std::string& field) {
  auto text = NullableString(field);
  if (!text) return std::nullopt;
  if (!*text || (*text)->empty()) return std::optional<Date>();
  auto date = ParseIsoDate(**text);
  if (!date) {
    AddError(field, reasons::kInvalidDate);
    return std::nullopt;
  }
  return std::optional<Date>(*date);
}

std::optional<LocalizedText> JsonInput::Localized(const std::string& field) {
  auto found = object_.find(field);
  if (found == object_.end() || found->is_null()) return std::nullopt;
  if (!found->is_object()) {
    AddError(field, reasons::kInvalidType, {{"expected", "{\"es\", \"en\"}"}});
    return std::nullopt;
  }
  LocalizedText text;
  for (const char* language : {"es", "en"}) {
    auto value = found->find(language);
    if (value == found->end() || value->is_null()) continue;
    if (!value->is_string()) {
      AddError(field + "." + language, reasons::kInvalidType, {{"expected", "text"}});
      continue;
    }
    auto content = value->get<std::string>();
    if (content.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    (std::string_view(language) == "es" ? text.es : text.en) = content;
  }
  return text;
}

Result<void> JsonInput::Finish() const {
  if (!errors_.empty()) return std::unexpected(errors_.ToError());
  return {};
}

Error MergeFieldErrors(const Error& parse_errors, const Result<void>& validation) {
  Error merged = parse_errors;
  if (validation) return merged;
  // Refused for another reason than the input (not allowed, no such record): that is the answer.
  if (validation.error().code != ErrorCode::kInvalidArgument) return validation.error();
  for (const auto& field : validation.error().fields) {
    // "place" flagged by the parser covers "place.city" found by the rules.
    bool flagged = std::any_of(parse_errors.fields.begin(), parse_errors.fields.end(), [&](const FieldError& known) {
      return known.field == field.field || field.field.starts_with(known.field + ".");
    });
    if (!flagged) merged.fields.push_back(field);
  }
  return merged;
}

std::optional<std::int64_t> IfMatchVersion(const Request& request) {
  auto header = request.Header("If-Match");
  if (!header) return std::nullopt;
  std::string_view text = *header;
  if (text.starts_with("W/")) text.remove_prefix(2);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string_view::npos) return -1;
  return std::stoll(std::string(text));
}

Result<std::int64_t> PathNumber(const Request& request, const std::string& name) {
  auto text = request.PathParameter(name);
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::unexpected(Error::Invalid(reasons::kInvalidId));
  }
  auto id = std::stoll(text);
  if (id <= 0) return std::unexpected(Error::Invalid(reasons::kInvalidId));
  return id;
}

}  // namespace enlace::http
