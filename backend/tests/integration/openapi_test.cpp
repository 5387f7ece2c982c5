// The OpenAPI document describes every route the server answers, with schemas that exist.
#include "kernel/http/openapi.hpp"

#include <fstream>
#include <sstream>

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

// The front end's types are generated from the committed copy: it must be the served document.
TEST_P(OpenApiTest, TheFrontEndsCopyIsTheServedDocument) {
  auto served = server().Anonymous().Get("/api/v1/openapi.json").Json();
  auto path = std::filesystem::path(ENLACE_SOURCE_DIR) / "frontend" / "src" / "api" / "openapi.json";
  std::ifstream file(path);
  ASSERT_TRUE(file) << path << " is missing: run `npm run api:types` in frontend/";
  std::stringstream text;
  text << file.rdbuf();
  auto committed = nlohmann::json::parse(text.str(), nullptr, false);
  EXPECT_TRUE(committed == served) << "frontend/src/api/openapi.json differs from the served document: run `npm run "
                                      "api:types` in frontend/ and commit both files";
}

void CollectObjects(const nlohmann::json& node, const std::string& where, std::vector<std::string>& open) {
  if (node.is_object()) {
    if (node.value("type", nlohmann::json()) == "object" && node.contains("properties") &&
        node.value("additionalProperties", nlohmann::json(true)) != false) {
      open.push_back(where);
    }
    for (const auto& [key, value] : node.items()) CollectObjects(value, where + "/" + key, open);
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) CollectObjects(node[i], where + "/" + std::to_string(i), open);
  }
}

TEST_P(OpenApiTest, EveryObjectWithPropertiesIsClosedAndNamesItsRequiredOnes) {
  auto document = server().Anonymous().Get("/api/v1/openapi.json").Json();
  std::vector<std::string> open;
  CollectObjects(document["components"]["schemas"], "#/components/schemas", open);
  EXPECT_TRUE(open.empty()) << open.size() << " open, the first " << (open.empty() ? "" : open.front());
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      for (const auto& [status, response] : operation["responses"].items()) {
        EXPECT_TRUE(response.contains("content") || status == "204")
            << method << " " << path << " " << status << " has no content";
        auto content = response.value("content", nlohmann::json::object());
        for (const auto& [type, media] : content.items()) {
          EXPECT_TRUE(media.contains("schema") && !media.at("schema").empty())
              << method << " " << path << " " << status << " " << type;
        }
      }
      EXPECT_TRUE(operation["responses"].contains("default")) << method << " " << path << " documents no error";
    }
  }
}

}  // namespace
}  // namespace enlace::testing
