#include "support/api_contract.hpp"

#include <algorithm>
#include <stdexcept>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "app/application.hpp"

namespace enlace::testing {
namespace {

std::vector<std::string> Segments(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// "application/json; charset=utf-8" → "application/json".
std::string MediaType(const std::string& content_type) {
  auto type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return Lower(type);
}

bool IsJson(const std::string& media_type) { return media_type == "application/json" || media_type.ends_with("+json"); }

// valijson's context ["<root>", "[user]", "[role]"] as a JSON pointer: "/user/role".
std::string Pointer(const std::vector<std::string>& context) {
  std::string pointer;
  for (const auto& step : context) {
    if (step == "<root>") continue;
    auto name = step.size() >= 2 && step.front() == '[' && step.back() == ']' ? step.substr(1, step.size() - 2) : step;
    pointer += "/" + name;
  }
  return pointer.empty() ? "/" : pointer;
}

// The schema of `media_type` in an OpenAPI "content" map, or null when it is not listed.
const nlohmann::json* SchemaFor(const nlohmann::json& content, const std::string& media_type) {
  auto found = content.find(media_type);
  if (found == content.end()) return nullptr;
  return &(*found)["schema"];
}

std::string Listed(const nlohmann::json& content) {
  std::string names;
  for (const auto& [name, _] : content.items()) names += (names.empty() ? "" : ", ") + name;
  return names;
}

// valijson checks "format": "date" / "date-time" / "time" by compiling a std::regex for every value it
// checks (half the time of a benchmark's client went there). The same rules as patterns are compiled
// once per validator and kept in its cache: months of 30 and 31 days and February's 29, as valijson does.
constexpr const char* kMonthAndDay =
    "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|[12][0-9]))";
constexpr const char* kTimeOfDay =
    "([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\\.[0-9]+)?(([Zz])|([\\+|\\-]([01][0-9]|2[0-3]):[0-5][0-9]))";

void FormatsAsPatterns(nlohmann::json& schema) {
  if (schema.is_array()) {
    for (auto& item : schema) FormatsAsPatterns(item);
    return;
  }
  if (!schema.is_object()) return;
  auto format = schema.find("format");
  if (format != schema.end() && format->is_string() && !schema.contains("pattern")) {
    const auto name = format->get<std::string>();
    std::string pattern;
    if (name == "date") pattern = std::string("^[0-9]+-") + kMonthAndDay + "$";
    if (name == "date-time") pattern = std::string("^[0-9]+-") + kMonthAndDay + "[Tt]" + kTimeOfDay + "$";
    if (name == "time") pattern = std::string("^") + kTimeOfDay + "$";
    if (!pattern.empty()) {
      schema.erase("format");
      schema["pattern"] = pattern;
    }
  }
  for (auto& [_, child] : schema.items()) FormatsAsPatterns(child);
}

}  // namespace

struct ApiContract::Compiled {
  nlohmann::json root;  // kept: valijson may refer to it
  valijson::Schema schema;
};

ApiContract::ApiContract(nlohmann::json document) : document_(std::move(document)) {
  if (!document_.contains("paths") || !document_.contains("components"))
    throw std::invalid_argument("an OpenAPI document needs paths and components");
}

ApiContract::~ApiContract() = default;

const ApiContract& ApiContract::OfThisBuild() {
  static const ApiContract contract = [] {
    auto document = DescribeApi(std::filesystem::path(ENLACE_SOURCE_DIR) / "data" / "reference");
    if (!document) throw std::runtime_error("cannot describe the API: " + document.error().reason);
    return ApiContract(std::move(*document));
  }();
  return contract;
}

std::optional<ApiContract::Operation> ApiContract::Find(std::string_view method, std::string_view path) const {
  path = path.substr(0, path.find('?'));
  auto wanted = Lower(std::string(method == "HEAD" ? "GET" : method));
  auto segments = Segments(path);
  std::optional<Operation> best;
  int best_literals = -1;
  for (const auto& [pattern, operations] : document_["paths"].items()) {
    auto parts = Segments(pattern);
    if (parts.size() != segments.size()) continue;
    int literals = 0;
    bool matches = true;
    for (std::size_t i = 0; i < parts.size() && matches; ++i) {
      if (parts[i].front() == '{' && parts[i].back() == '}') continue;
      matches = parts[i] == segments[i];
      ++literals;
    }
    if (!matches || literals <= best_literals) continue;
    auto operation = operations.find(wanted);
    if (operation == operations.end()) continue;
    best = Operation{pattern, &*operation};
    best_literals = literals;
  }
  return best;
}

const ApiContract::Compiled& ApiContract::Compile(const nlohmann::json& schema) const {
  auto key = schema.dump();
  std::lock_guard lock(mutex_);
  auto& slot = compiled_[key];
  if (!slot) {
    auto compiled = std::make_unique<Compiled>();
    compiled->root = schema;
    compiled->root["components"] = document_["components"];
    FormatsAsPatterns(compiled->root);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(compiled->root);
    parser.populateSchema(adapter, compiled->schema);
    slot = std::move(compiled);
  }
  return *slot;
}

std::vector<std::string> ApiContract::Validate(const nlohmann::json& schema, const nlohmann::json& value) const {
  const auto& compiled = Compile(schema);
  // One validator per thread keeps its compiled patterns from one check to the next.
  thread_local valijson::Validator validator;
  valijson::adapters::NlohmannJsonAdapter target(value);
  if (validator.validate(compiled.schema, target, nullptr)) return {};
  valijson::ValidationResults results;
  validator.validate(compiled.schema, target, &results);
  // valijson reports each failure and then every enclosing one ("failed to validate against
  // schema associated with property…"): the innermost, most specific ones come first.
  // Enclosing failures ("Failed to validate against schema associated with property…", "…item
  // #2 in array") only repeat a specific one; they are kept when nothing more specific was said.
  std::vector<std::string> specific, enclosing;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    auto& list = error.description.starts_with("Failed to validate") ? enclosing : specific;
    if (list.size() < 5) list.push_back(Pointer(error.context) + ": " + error.description);
  }
  if (!specific.empty()) return specific;
  if (!enclosing.empty()) return enclosing;
  return {"/: not valid"};
}

std::vector<std::string> ApiContract::CheckRequest(const std::string& method, const std::string& path,
                                                   const std::string& content_type, const std::string& body) const {
  std::vector<std::string> problems;
  auto where = method + " " + path.substr(0, path.find('?')) + ": ";
  auto operation = Find(method, path);
  if (!operation) {
    // The front end's own files are served outside the API and are no part of its contract.
    if (path.starts_with("/api/")) problems.push_back(where + "the contract has no such operation");
    return problems;
  }
  const auto& request_body = operation->description->value("requestBody", nlohmann::json::object());
  const auto& content = request_body.value("content", nlohmann::json::object());
  if (body.empty()) {
    if (request_body.value("required", false)) problems.push_back(where + "the operation needs a body");
    return problems;
  }
  if (content.empty()) {
    problems.push_back(where + "the operation takes no body");
    return problems;
  }
  auto media_type = MediaType(content_type.empty() ? "application/json" : content_type);
  const auto* schema = SchemaFor(content, media_type);
  if (!schema) {
    problems.push_back(where + "the operation takes " + Listed(content) + ", not " + media_type);
    return problems;
  }
  if (!IsJson(media_type)) return problems;  // multipart bodies are read by the server's own tests
  auto parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded()) {
    problems.push_back(where + "the body is not JSON");
    return problems;
  }
  for (auto& problem : Validate(*schema, parsed)) problems.push_back(where + "request " + problem);
  return problems;
}

std::vector<std::string> ApiContract::CheckResponse(const std::string& method, const std::string& path, long status,
                                                    const std::string& content_type, const std::string& body) const {
  std::vector<std::string> problems;
  auto where = method + " " + path.substr(0, path.find('?')) + " → " + std::to_string(status) + ": ";
  auto media_type = MediaType(content_type);
  auto check_json = [&](const nlohmann::json& schema) {
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) {
      problems.push_back(where + "the body is not JSON");
      return;
    }
    for (auto& problem : Validate(schema, parsed)) problems.push_back(where + "response " + problem);
  };
  auto operation = Find(method, path);
  if (!operation) {
    if (path.starts_with("/api/") && status >= 400 && IsJson(media_type)) {
      check_json({{"$ref", "#/components/schemas/Error"}});
    }
    return problems;
  }
  const auto& responses = (*operation->description)["responses"];
  auto documented = responses.find(std::to_string(status));
  if (documented == responses.end()) documented = responses.find("default");
  if (documented == responses.end()) {
    problems.push_back(where + "the status is not documented");
    return problems;
  }
  const auto& content = documented->value("content", nlohmann::json::object());
  if (method == "HEAD") return problems;
  if (content.empty()) {
    if (!body.empty()) problems.push_back(where + "documented without content, but a body came");
    return problems;
  }
  const auto* schema = SchemaFor(content, media_type);
  if (!schema) {
    problems.push_back(where + "documented as " + Listed(content) + ", but came as " +
                       (media_type.empty() ? "nothing" : media_type));
    return problems;
  }
  if (IsJson(media_type)) check_json(*schema);
  return problems;
}

}  // namespace enlace::testing
