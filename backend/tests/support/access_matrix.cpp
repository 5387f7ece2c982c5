#include "support/access_matrix.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace enlace::testing {
namespace {

std::map<std::string, AccessFixtureMaker>& FixtureRegistry() {
  static std::map<std::string, AccessFixtureMaker> registry;
  return registry;
}

std::map<std::string, AccessBodyMaker>& BodyRegistry() {
  static std::map<std::string, AccessBodyMaker> registry;
  return registry;
}

}  // namespace

const Account& AccessContext::account(const std::string& who) const {
  return accounts_.empty() ? server_.account(who) : accounts_.at(who);
}

long long AccessContext::Id(const HttpResponse& response, const char* key) {
  EXPECT_LT(response.status, 300) << response.body;
  auto json = response.Json();
  if (!json.contains(key)) return 0;
  return json[key].get<long long>();
}

std::pair<std::string, std::string> AccessContext::Multipart(const std::string& file_name, const std::string& content,
                                                             const std::string& text) {
  const std::string boundary = "b0undary";
  return {"--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + text + "\r\n--" + boundary +
              "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
              "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n",
          "multipart/form-data; boundary=" + boundary};
}

std::string AccessContext::TinyPdf() { return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"; }

const std::map<std::string, AccessFixtureMaker>& AccessFixtures() { return FixtureRegistry(); }
const std::map<std::string, AccessBodyMaker>& AccessBodies() { return BodyRegistry(); }

AccessRegistration::AccessRegistration(const std::string& name, AccessFixtureMaker fixture) {
  if (!FixtureRegistry().emplace(name, std::move(fixture)).second)
    throw std::logic_error("access fixture registered twice: " + name);
}

AccessRegistration::AccessRegistration(const std::string& name, AccessBodyMaker body) {
  if (!BodyRegistry().emplace(name, std::move(body)).second)
    throw std::logic_error("access body registered twice: " + name);
}

AccessBodyMaker AccessRegistration::Json(std::function<nlohmann::json(AccessContext&, const std::string&)> make) {
  return
      [make = std::move(make)](AccessContext& context, const std::string& who) -> std::pair<std::string, std::string> {
        auto json = make(context, who);
        return {json.is_null() ? "" : json.dump(), "application/json"};
      };
}

}  // namespace enlace::testing
