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

// Which facts a label states. The cases written here state every field of the seed's schema; the
// development reports (testdata/dev) are labelled without meeting_type, submitted_to, deadline
// kinds and commitments, and name the body by its normalised English name: a fact the label does
// not state is not scored, in the label or in the reading.
struct Schema {
  std::set<std::string> meeting_keys;
  bool deadline_kind = true;
  bool commitments = true;
  bool body_by_english_name = false;
};

Schema SchemaOf(const json& expected) {
  Schema schema;
  for (const char* key :
       {"language", "body", "meeting_type", "date", "date_end", "submitted_to", "place", "participants"}) {
    if (expected.is_object() && expected.contains(key)) schema.meeting_keys.insert(key);
  }
  bool labelled_elsewhere = expected.is_object() && expected.contains("source_url");
  schema.deadline_kind = !labelled_elsewhere;
  schema.commitments = !labelled_elsewhere;
  schema.body_by_english_name = labelled_elsewhere;
  return schema;
}

std::string WithoutParenthesis(std::string text) {
  std::size_t open = text.rfind(" (");
  if (open != std::string::npos && text.ends_with(")")) text.erase(open);
  return text;
}

std::map<std::string, Facts> FactsOf(const json& reading, const Schema& schema, bool is_expected) {
  std::map<std::string, Facts> facts;
  for (const char* field : {"language", "body", "meeting_type", "date", "date_end", "submitted_to"}) {
    if (!schema.meeting_keys.contains(field)) continue;
    const json* value = &Get(reading, field);
    // A reading names its body as written and by the English name of its code ("body_en").
    if (std::string_view(field) == "body" && schema.body_by_english_name && !is_expected &&
        !Get(reading, "body_en").is_null()) {
      value = &Get(reading, "body_en");
    }
    std::string text = Text(*value);
    if (std::string_view(field) == "body" && schema.body_by_english_name) text = WithoutParenthesis(text);
    facts["meeting fields"].insert(std::string(field) + " " + text);
  }
  if (schema.meeting_keys.contains("place")) {
    facts["meeting fields"].insert("place.city " + Text(Get(Get(reading, "place"), "city")));
    facts["meeting fields"].insert("place.country " + Text(Get(Get(reading, "place"), "country")));
  }
  if (schema.meeting_keys.contains("participants")) {
    for (const json& code : Array(reading, "participants")) facts["meeting fields"].insert("participant " + Text(code));
  }
  for (const json& agreement : Array(reading, "agreements")) {
    std::string number = Text(Get(agreement, "number"));
    facts["segmentation"].insert(number + (Get(agreement, "heading") == true ? " heading" : ""));
    facts["verbs"].insert(number + " " + Text(Get(agreement, "verb")));
    for (const json& party : Array(agreement, "parties")) facts["parties"].insert(number + " " + Text(party));
    for (const json& deadline : Array(agreement, "deadlines")) {
      std::string phrase = number + " \"" + Text(Get(deadline, "text")) + "\"";
      facts["deadline phrases"].insert(schema.deadline_kind ? phrase + " " + Text(Get(deadline, "kind")) : phrase);
      std::string event;
      if (schema.deadline_kind && Get(deadline, "event").is_object()) {
        event = " " + Text(Get(Get(deadline, "event"), "body")) + "/" + Text(Get(Get(deadline, "event"), "which"));
      }
      facts["deadline dates"].insert(phrase + " " + Text(Get(deadline, "due")) + event);
    }
    if (!schema.commitments) continue;
    for (const json& commitment : Array(agreement, "commitments")) {
      facts["commitments"].insert(number + " " + Text(Get(commitment, "party")) + " " +
                                  Text(Get(commitment, "deadline")));
    }
  }
  return facts;
}

// The folded words of a commitment's action.
std::set<std::string> ActionWords(const json& commitment) {
  std::set<std::string> words;
  const std::string folded = Fold(Text(Get(commitment, "action")));  // the tokens point into it
  for (const Token& token : Tokenize(folded)) {
    if (token.text.size() > 2) words.insert(std::string(token.text));
  }
  return words;
}

}  // namespace

// Two wordings of one action agree when their content words overlap with F1 >= 0.6 (words of
// three letters or more, folded): "present the Draft Work Plan for analysis and approval" and
// "present the draft work plan for approval" agree, "comparta con la ST" and "share the list of
// contact points with the TS" do not.
bool ActionsAgree(const json& expected, const json& actual) {
  std::set<std::string> e = ActionWords(expected), a = ActionWords(actual);
  if (e.empty() || a.empty()) return e.empty() && a.empty();
  std::size_t common = 0;
  for (const std::string& word : e) common += a.contains(word) ? 1 : 0;
  double p = static_cast<double>(common) / static_cast<double>(a.size());
  double r = static_cast<double>(common) / static_cast<double>(e.size());
  return p + r > 0 && 2 * p * r / (p + r) >= 0.6;
}

namespace {

// Commitment actions: one fact per commitment, right when the reading has a commitment of the
// same agreement and party whose action agrees (each actual commitment counted once).
FieldScore ScoreActions(const json& expected, const json& actual, std::vector<std::string>& differences) {
  FieldScore score;
  struct Item {
    std::string key;
    const json* commitment;
  };
  auto items = [](const json& reading) {
    std::vector<Item> out;
    for (const json& agreement : Array(reading, "agreements")) {
      for (const json& commitment : Array(agreement, "commitments")) {
        out.push_back({Text(Get(agreement, "number")) + " " + Text(Get(commitment, "party")), &commitment});
      }
    }
    return out;
  };
  std::vector<Item> e = items(expected), a = items(actual);
  score.expected = e.size();
  score.actual = a.size();
  std::vector<bool> used(a.size(), false);
  for (const Item& item : e) {
    bool found = false;
    for (std::size_t k = 0; k < a.size() && !found; ++k) {
      if (used[k] || a[k].key != item.key || !ActionsAgree(*item.commitment, *a[k].commitment)) continue;
      used[k] = found = true;
    }
    if (found) {
      ++score.correct;
    } else {
      differences.push_back("commitment actions: missing " + item.key + " \"" + Text(Get(*item.commitment, "action")) +
                            "\"");
    }
  }
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (!used[k]) {
      differences.push_back("commitment actions: extra " + a[k].key + " \"" + Text(Get(*a[k].commitment, "action")) +
                            "\"");
    }
  }
  return score;
}

}  // namespace

const std::vector<std::string>& EvaluatedFields() {
  static const std::vector<std::string> fields = {
      "segmentation",     "verbs",          "parties",     "meeting fields",
      "deadline phrases", "deadline dates", "commitments", "commitment actions"};
  return fields;
}

CaseResult CompareReading(const json& expected, const json& actual) {
  CaseResult result;
  Schema schema = SchemaOf(expected);
  auto expected_facts = FactsOf(expected, schema, true);
  auto actual_facts = FactsOf(actual, schema, false);
  for (const std::string& field : EvaluatedFields()) {
    if (field == "commitment actions") {
      if (schema.commitments)
        result.scores[field] = ScoreActions(expected, actual, result.differences);
      else
        result.scores[field] = FieldScore{};
      continue;
    }
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
      json actual = ToJson(*reading);
      // The English name of the body's code, for labels that name the body that way.
      if (reading->body_code) {
        if (auto entity = gazetteer.FindCode(*reading->body_code)) {
          actual["body_en"] = gazetteer.entity(*entity).name_en;
        }
      }
      result = CompareReading(expected, actual);
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
