#include "imports/reader/golden_eval.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "imports/reader/importer.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

using nlohmann::json;
using Facts = std::multiset<std::string>;

std::string Text(const json& value) {
  if (value.is_null()) return "null";
  if (value.is_string()) return CollapseWhitespace(Fold(value.get<std::string>()));
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return value.dump();
}

const json& Get(const json& object, const char* key) {
  static const json kNull = nullptr;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

const json& Array(const json& object, const char* key) {
  static const json kEmpty = json::array();
  const json& value = Get(object, key);
  return value.is_array() ? value : kEmpty;
}

std::map<std::string, Facts> FactsOf(const json& reading) {
  std::map<std::string, Facts> facts;
  for (const char* field : {"language", "body", "meeting_type", "date", "date_end", "submitted_to"}) {
    facts["meeting fields"].insert(std::string(field) + " " + Text(Get(reading, field)));
  }
  facts["meeting fields"].insert("place.city " + Text(Get(Get(reading, "place"), "city")));
  facts["meeting fields"].insert("place.country " + Text(Get(Get(reading, "place"), "country")));
  for (const json& code : Array(reading, "participants")) facts["meeting fields"].insert("participant " + Text(code));
  for (const json& agreement : Array(reading, "agreements")) {
    std::string number = Text(Get(agreement, "number"));
    facts["segmentation"].insert(number + (Get(agreement, "heading") == true ? " heading" : ""));
    facts["verbs"].insert(number + " " + Text(Get(agreement, "verb")));
    for (const json& party : Array(agreement, "parties")) facts["parties"].insert(number + " " + Text(party));
    for (const json& deadline : Array(agreement, "deadlines")) {
      std::string phrase = number + " \"" + Text(Get(deadline, "text")) + "\"";
      facts["deadline phrases"].insert(phrase + " " + Text(Get(deadline, "kind")));
      std::string event;
      if (Get(deadline, "event").is_object()) {
        event = " " + Text(Get(Get(deadline, "event"), "body")) + "/" + Text(Get(Get(deadline, "event"), "which"));
      }
      facts["deadline dates"].insert(phrase + " " + Text(Get(deadline, "due")) + event);
    }
    for (const json& commitment : Array(agreement, "commitments")) {
      facts["commitments"].insert(number + " " + Text(Get(commitment, "party")) + " " +
                                  Text(Get(commitment, "deadline")));
    }
  }
  return facts;
}

}  // namespace

const std::vector<std::string>& EvaluatedFields() {
  static const std::vector<std::string> fields = {"segmentation",     "verbs",          "parties",    "meeting fields",
                                                  "deadline phrases", "deadline dates", "commitments"};
  return fields;
}

CaseResult CompareReading(const json& expected, const json& actual) {
  CaseResult result;
  auto expected_facts = FactsOf(expected);
  auto actual_facts = FactsOf(actual);
  for (const std::string& field : EvaluatedFields()) {
    const Facts& e = expected_facts[field];
    const Facts& a = actual_facts[field];
    FieldScore score;
    score.expected = e.size();
    score.actual = a.size();
    Facts remaining = a;
    for (const std::string& fact : e) {
      auto it = remaining.find(fact);
      if (it != remaining.end()) {
        ++score.correct;
        remaining.erase(it);
      } else {
        result.differences.push_back(field + ": missing " + fact);
      }
    }
    for (const std::string& fact : remaining) result.differences.push_back(field + ": extra " + fact);
    result.scores[field] = score;
  }
  return result;
}

std::vector<GoldenCase> FindGoldenCases(const std::filesystem::path& directory) {
  std::vector<GoldenCase> cases;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (!entry.is_regular_file()) continue;
    std::string filename = entry.path().filename().string();
    const std::string suffix = ".expected.json";
    if (!filename.ends_with(suffix)) continue;
    std::string name = filename.substr(0, filename.size() - suffix.size());
    for (const char* extension : {".txt", ".docx", ".pdf"}) {
      std::filesystem::path input = directory / (name + extension);
      if (std::filesystem::exists(input)) {
        cases.push_back(GoldenCase{name, input, entry.path()});
        break;
      }
    }
  }
  std::sort(cases.begin(), cases.end(), [](const GoldenCase& a, const GoldenCase& b) { return a.name < b.name; });
  return cases;
}

std::vector<CaseResult> EvaluateGoldenCases(const std::vector<GoldenCase>& cases, const Gazetteer& gazetteer) {
  std::vector<CaseResult> results;
  for (const GoldenCase& golden : cases) {
    auto slurp = [](const std::filesystem::path& path) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      return buffer.str();
    };
    json expected = json::parse(slurp(golden.expected), nullptr, false);
    CaseResult result;
    if (expected.is_discarded()) {
      result.name = golden.name;
      result.error = "expected.json is not valid JSON";
      results.push_back(std::move(result));
      continue;
    }
    auto reading = ReadReport(slurp(golden.input), golden.input.filename().string(), gazetteer, ImportOptions{});
    if (!reading) {
      result = CompareReading(expected, json::object());
      result.error = reading.error().reason + ": " + reading.error().detail;
    } else {
      result = CompareReading(expected, ToJson(*reading));
    }
    result.name = golden.name;
    results.push_back(std::move(result));
  }
  return results;
}

std::map<std::string, FieldScore> TotalScores(const std::vector<CaseResult>& results) {
  std::map<std::string, FieldScore> total;
  for (const CaseResult& result : results) {
    for (const auto& [field, score] : result.scores) {
      total[field].expected += score.expected;
      total[field].actual += score.actual;
      total[field].correct += score.correct;
    }
  }
  return total;
}

}  // namespace enlace
