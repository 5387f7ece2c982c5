// The OpenAPI document describes every route the server answers, with schemas that exist.
#include "kernel/http/openapi.hpp"

#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

class OpenApiTest : public ApiTest {};
ENLACE_ON_BOTH_DATABASES(OpenApiTest);

void CollectReferences(const nlohmann::json& node, std::set<std::string>& references) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "$ref" && value.is_string()) references.insert(value.get<std::string>());
      CollectReferences(value, references);
    }
  } else if (node.is_array()) {
    for (const auto& value : node) CollectReferences(value, references);
  }
}

TEST_P(OpenApiTest, EveryServedRouteIsDescribed) {
  auto document = server().Anonymous().Get("/api/v1/openapi.json").Json();
  EXPECT_EQ(document["openapi"], "3.1.0");
  const auto& paths = document["paths"];
  ASSERT_FALSE(server().api().router().routes().empty());
  for (const auto& route : server().api().router().routes()) {
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    ASSERT_TRUE(paths.contains(route.pattern)) << route.pattern << " is served but not in openapi.json";
    ASSERT_TRUE(paths[route.pattern].contains(method)) << route.method << " " << route.pattern;
    const auto& operation = paths[route.pattern][method];
    EXPECT_FALSE(operation["summary"].get<std::string>().empty()) << route.pattern;
    EXPECT_TRUE(operation["responses"].contains(std::to_string(route.doc.success_status))) << route.pattern;
  }
}

TEST_P(OpenApiTest, EveryDescribedPathIsServed) {
  auto document = server().Anonymous().Get("/api/v1/openapi.json").Json();
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
      auto concrete = path;
      for (auto at = concrete.find('{'); at != std::string::npos; at = concrete.find('{')) {
        concrete.replace(at, concrete.find('}', at) - at + 1, "1");
      }
      EXPECT_TRUE(server().api().router().Find(upper, concrete)) << method << " " << path;
    }
  }
}

TEST_P(OpenApiTest, EverySchemaThatIsReferencedExists) {
  auto document = server().Anonymous().Get("/api/v1/openapi.json").Json();
  std::set<std::string> references;
  CollectReferences(document, references);
  ASSERT_FALSE(references.empty());
  for (const auto& reference : references) {
    ASSERT_TRUE(reference.starts_with("#/components/schemas/")) << reference;
    EXPECT_TRUE(document["components"]["schemas"].contains(reference.substr(21))) << reference;
  }
}

}  // namespace
}  // namespace enlace::testing
