// Scoring the importer against hand-checked readings ("golden cases": an input file beside its
// NAME.expected.json in testdata/golden/).
//
// Each field is scored as sets of facts, so that one wrong agreement costs one fact and not the
// whole report: segmentation (number, heading), verbs (number, verb), parties (number, party),
// meeting fields (field, value; participants one fact per country), deadline phrases (number,
// text, kind), deadline dates (number, text, due, event) and commitments (number, party,
// deadline) and commitment actions (number, party, and an action whose content words overlap the
// label's). Missing values are facts too ("date_end": null),
// so a spurious value costs precision. Text compares folded (case, accents, whitespace).
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "kernel/domain/error.hpp"
#include "kernel/domain/gazetteer.hpp"

namespace enlace {

struct FieldScore {
  std::size_t expected = 0;
  std::size_t actual = 0;
  std::size_t correct = 0;
  double Precision() const { return actual == 0 ? 1.0 : static_cast<double>(correct) / static_cast<double>(actual); }
  double Recall() const { return expected == 0 ? 1.0 : static_cast<double>(correct) / static_cast<double>(expected); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

// The fields, in the order they are printed.
const std::vector<std::string>& EvaluatedFields();

struct CaseResult {
  std::string name;
  std::map<std::string, FieldScore> scores;
  std::vector<std::string> differences;  // "parties: missing 2.b IOM", "verbs: extra 3 agree"
  std::string error;                     // when the input could not be read
};

// Whether two commitments' actions say the same thing (content-word overlap, see golden_eval.cpp).
bool ActionsAgree(const nlohmann::json& expected, const nlohmann::json& actual);

// Compares one reading (ToJson output) with its expected JSON.
CaseResult CompareReading(const nlohmann::json& expected, const nlohmann::json& actual);

struct GoldenCase {
  std::string name;
  std::filesystem::path input;
  std::filesystem::path expected;
};

// Every input with an expected.json beside it, sorted by name.
std::vector<GoldenCase> FindGoldenCases(const std::filesystem::path& directory);

// Reads and scores every case.
std::vector<CaseResult> EvaluateGoldenCases(const std::vector<GoldenCase>& cases, const Gazetteer& gazetteer);

std::map<std::string, FieldScore> TotalScores(const std::vector<CaseResult>& results);

}  // namespace enlace
