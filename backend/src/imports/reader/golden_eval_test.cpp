// The scorer must be able to fail: each mutation of a right reading costs the field it touches.
#include "imports/reader/golden_eval.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

using nlohmann::json;

json Reading() {
  return json::parse(R"({
    "language": "en", "body": "Regional Consultation Group on Migration", "meeting_type": "regular",
    "place": {"city": "San José", "country": "CR"}, "date": "2021-12-07", "date_end": null,
    "participants": ["CA", "CR"], "submitted_to": null,
    "agreements": [
      {"number": "1", "heading": false, "verb": "ask", "parties": ["TS"],
       "deadlines": [{"text": "by 31 January 2022", "kind": "date", "due": "2022-01-31"}],
       "commitments": [{"party": "TS", "action": "prepare a budget proposal for 2022 and circulate it",
                        "deadline": "by 31 January 2022"}]},
      {"number": "2", "heading": false, "verb": "thank", "parties": ["CA", "IOM"], "deadlines": [], "commitments": []}
    ]})");
}

double F1(const CaseResult& result, const std::string& field) { return result.scores.at(field).F1(); }

TEST(GoldenEvalTest, AReadingEqualToItsLabelScoresOneEverywhere) {
  CaseResult result = CompareReading(Reading(), Reading());
  EXPECT_TRUE(result.differences.empty());
  for (const std::string& field : EvaluatedFields()) EXPECT_DOUBLE_EQ(F1(result, field), 1.0) << field;
}

TEST(GoldenEvalTest, EachMutationCostsTheFieldItTouches) {
  struct Mutation {
    const char* field;
    void (*apply)(json&);
  };
  const Mutation mutations[] = {
      {"segmentation", [](json& r) { r["agreements"].erase(1); }},
      {"segmentation", [](json& r) { r["agreements"][1]["number"] = "3"; }},
      {"verbs", [](json& r) { r["agreements"][0]["verb"] = "agree"; }},
      {"verbs", [](json& r) { r["agreements"][0]["verb"] = nullptr; }},
      {"parties", [](json& r) { r["agreements"][1]["parties"] = json::array({"CA"}); }},
      {"parties", [](json& r) { r["agreements"][1]["parties"].push_back("UNHCR"); }},
      {"parties",
       [](json& r) {
         r["agreements"][0]["parties"] = json::array({json{{"unresolved", "the TS"}}});
       }},
      {"meeting fields", [](json& r) { r["place"]["city"] = nullptr; }},
      {"meeting fields", [](json& r) { r["date_end"] = "2021-12-08"; }},
      {"meeting fields", [](json& r) { r["participants"].push_back("MX"); }},
      {"meeting fields", [](json& r) { r["body"] = "Grupo Regional de Consulta sobre Migración VII"; }},
      {"deadline phrases", [](json& r) { r["agreements"][0]["deadlines"][0]["text"] = "by 31 January"; }},
      {"deadline dates", [](json& r) { r["agreements"][0]["deadlines"][0]["due"] = "2022-01-30"; }},
      {"commitments", [](json& r) { r["agreements"][0]["commitments"][0]["deadline"] = nullptr; }},
      {"commitment actions",
       [](json& r) { r["agreements"][0]["commitments"][0]["action"] = "comparta con la ST el presupuesto"; }},
      {"commitment actions", [](json& r) { r["agreements"][0]["commitments"][0]["party"] = "PPT"; }},
  };
  for (const Mutation& mutation : mutations) {
    json actual = Reading();
    mutation.apply(actual);
    CaseResult result = CompareReading(Reading(), actual);
    EXPECT_LT(F1(result, mutation.field), 1.0) << mutation.field << " " << actual.dump();
    EXPECT_FALSE(result.differences.empty());
  }
}

TEST(GoldenEvalTest, ActionsAgreeOnTheSameContentWordsOnly) {
  json label = {{"action", "present the Draft Work Plan for analysis and approval"}};
  EXPECT_TRUE(ActionsAgree(label, {{"action", "Present the draft work plan for approval"}}));
  EXPECT_FALSE(ActionsAgree(label, {{"action", "comparta con la ST el plan"}}));
  EXPECT_FALSE(ActionsAgree(label, {{"action", ""}}));
}

// A development label (source_url, no meeting_type/commitments, body by its English name) scores
// only what it states, and the body by the English name of the reading's code.
TEST(GoldenEvalTest, ADevelopmentLabelScoresOnlyWhatItStates) {
  json label = json::parse(R"({"source_url": "x", "language": "es", "body": "Regional Conference on Migration",
    "place": {"city": "Cancún", "country": "MX"}, "date": "2003-05-29", "date_end": "2003-05-30",
    "participants": [], "agreements": [{"number": "1", "heading": false, "verb": "deepen", "parties": [],
    "deadlines": [{"text": "en el plazo de 1 mes", "due": null}]}]})");
  json reading = label;
  reading.erase("source_url");
  reading["body"] = "VIII Conferencia Regional sobre Migración";
  reading["body_en"] = "Regional Conference on Migration (Puebla Process)";
  reading["meeting_type"] = "regular";
  reading["agreements"][0]["deadlines"][0]["kind"] = "relative";
  reading["agreements"][0]["commitments"] = json::array({{{"party", "TS"}, {"action", "x"}, {"deadline", nullptr}}});
  CaseResult result = CompareReading(label, reading);
  EXPECT_TRUE(result.differences.empty()) << ::testing::PrintToString(result.differences);
  reading["body_en"] = "Regional Consultation Group on Migration";
  EXPECT_LT(F1(CompareReading(label, reading), "meeting fields"), 1.0);
}

}  // namespace
}  // namespace enlace
