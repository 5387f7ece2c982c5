#include "kernel/http/json_input.hpp"

#include <gtest/gtest.h>

namespace enlace::http {
namespace {

std::vector<std::string> Fields(const Error& error) {
  std::vector<std::string> fields;
  for (const auto& field : error.fields) fields.push_back(field.field + ":" + field.reason);
  return fields;
}

TEST(MergeFieldErrorsTest, TheRulesAddWhatTheParserDidNotAlreadyFlag) {
  JsonInput input(nlohmann::json{{"date", 7}, {"place", "Tegucigalpa"}});
  input.DateField("date");
  input.AddError("place", reasons::kInvalidType);
  auto parse = input.Finish().error();
  Result<void> rules = std::unexpected(Error::Validation(
      {{"date", reasons::kRequired}, {"place.city", reasons::kRequired}, {"body", reasons::kRequired}}));
  EXPECT_EQ(Fields(MergeFieldErrors(parse, rules)),
            (std::vector<std::string>{"date:invalid_type", "place:invalid_type", "body:required"}))
      << "a field the parser flagged, or a part of it, is not refused twice";
}

TEST(MergeFieldErrorsTest, ARefusalThatIsNotAboutTheInputIsTheAnswer) {
  JsonInput input(nlohmann::json{{"date", 7}});
  input.DateField("date");
  auto merged = MergeFieldErrors(input.Finish().error(), std::unexpected(Error::Forbidden()));
  EXPECT_EQ(merged.code, ErrorCode::kForbidden);
  EXPECT_TRUE(merged.fields.empty());
}

TEST(MergeFieldErrorsTest, WithoutRuleProblemsTheParseErrorsStand) {
  JsonInput input(nlohmann::json{{"date", 7}});
  input.DateField("date");
  EXPECT_EQ(Fields(MergeFieldErrors(input.Finish().error(), {})), (std::vector<std::string>{"date:invalid_type"}));
}

}  // namespace
}  // namespace enlace::http

namespace enlace::http {
namespace {

TEST(JsonNestingTest, BracketsInsideStringsDoNotCount) {
  EXPECT_EQ(JsonNestingDepth(R"({"a": [1, {"b": "[[[{{{\"]]]"}]})", 64), 3);
  EXPECT_EQ(JsonNestingDepth(R"({"a": "\\"})", 64), 1) << "an escaped backslash ends before the quote";
  EXPECT_EQ(JsonNestingDepth("", 64), 0);
}

TEST(JsonNestingTest, ABodyNestedDeeperThanTheLimitIsRefusedBeforeItIsParsed) {
  Request request;
  request.headers.emplace("Content-Type", "application/json");
  request.body = std::string(87'500, '[') + std::string(87'500, ']');
  auto deep = JsonInput::Parse(request);
  ASSERT_FALSE(deep);
  EXPECT_TRUE(deep.error().Is(reasons::kJsonTooDeep)) << deep.error().reason;

  std::string at_limit;
  for (int level = 1; level < JsonInput::kMaxDepth; ++level) at_limit += R"({"a":)";
  at_limit += "{}" + std::string(JsonInput::kMaxDepth - 1, '}');
  request.body = at_limit;
  EXPECT_TRUE(JsonInput::Parse(request)) << "64 levels are accepted";
  request.body = R"({"a":)" + at_limit + "}";
  EXPECT_FALSE(JsonInput::Parse(request)) << "65 are not";
}

}  // namespace
}  // namespace enlace::http

namespace enlace::http {
namespace {

TEST(JsonMediaTypeTest, OnlyApplicationJsonWithAnOptionalUtf8Charset) {
  EXPECT_TRUE(IsJsonMediaType("application/json"));
  EXPECT_TRUE(IsJsonMediaType("Application/JSON; charset=UTF-8"));
  EXPECT_TRUE(IsJsonMediaType("application/json;charset=\"utf-8\""));
  EXPECT_FALSE(IsJsonMediaType("application/jsonx"));
  EXPECT_FALSE(IsJsonMediaType("application/x-www-form-urlencoded; a=application/json"));
  EXPECT_FALSE(IsJsonMediaType("text/plain; charset=application/json"));
  EXPECT_FALSE(IsJsonMediaType("application/json; charset=latin1"));
  EXPECT_FALSE(IsJsonMediaType("application/json; boundary=x"));
  EXPECT_FALSE(IsJsonMediaType(""));
}

TEST(JsonMediaTypeTest, ABodyWithoutAContentTypeIsRefused) {
  Request request;
  request.body = R"({"name":"x"})";
  auto parsed = JsonInput::Parse(request);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().reason, reasons::kUnsupportedMediaType);
  request.body = "";
  EXPECT_TRUE(JsonInput::Parse(request));
  request.headers["Content-Type"] = "application/jsonx";
  EXPECT_FALSE(JsonInput::Parse(request));
}

}  // namespace
}  // namespace enlace::http
