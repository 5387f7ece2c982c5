// Fixtures and bodies of cooperation/tests/access.tsv: cooperation requests of Honduras to SICA,
// made by the Secretariat and brought to the state each row needs.
#include "support/access_matrix.hpp"

namespace enlace::testing {
namespace {

nlohmann::json NewRequest(AccessContext& context) {
  return {{"country", "HN"},
          {"partner", "SICA"},
          {"title", {{"es", "Solicitud " + std::to_string(context.Next())}, {"en", nullptr}}},
          {"summary", {{"es", "Apoyo para un proyecto"}}}};
}

// A multipart body: a note and one PDF.
std::pair<std::string, std::string> NoteWithFile(const std::string& note) {
  const std::string boundary = "c00peration";
  return {"--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n--" + boundary +
              "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nota.pdf\"\r\nContent-Type: "
              "application/pdf\r\n\r\n" +
              AccessContext::TinyPdf() + "\r\n--" + boundary + "--\r\n",
          "multipart/form-data; boundary=" + boundary};
}

// A request of HN taken through `steps` by the Secretariat; the last step carries a file when asked.
AccessFixture Request(AccessContext& context, const std::vector<std::string>& steps, bool with_file = false) {
  auto ts = context.Secretariat();
  auto record = ts.Post("/api/v1/cooperation-requests", NewRequest(context)).Json();
  auto path = "/api/v1/cooperation-requests/" + std::to_string(record["id"].get<long long>());
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (with_file && i + 1 == steps.size()) {
      auto [body, type] = NoteWithFile("Con anexo");
      record = ts.Send("POST", path + "/" + steps[i], body, {.headers = {{"Content-Type", type}}}).Json();
    } else {
      record = ts.Post(path + "/" + steps[i], nlohmann::json::object()).Json();
    }
  }
  AccessFixture fixture{{{"id", std::to_string(record["id"].get<long long>())}}, record["version"].get<long long>()};
  if (with_file) fixture.parameters["file"] = std::to_string(record["steps"].back()["files"][0]["id"].get<long long>());
  return fixture;
}

}  // namespace

ENLACE_ACCESS_FIXTURE("draft_cooperation_request", [](AccessContext& context) { return Request(context, {}); });
ENLACE_ACCESS_FIXTURE("sent_cooperation_request", [](AccessContext& context) { return Request(context, {"send"}); });
ENLACE_ACCESS_FIXTURE("sent_cooperation_request_with_file",
                      [](AccessContext& context) { return Request(context, {"send"}, true); });
ENLACE_ACCESS_FIXTURE("forwarded_cooperation_request", [](AccessContext& context) {
  return Request(context, {"send", "forward"});
});
ENLACE_ACCESS_FIXTURE("answered_cooperation_request", [](AccessContext& context) {
  return Request(context, {"send", "forward", "answer"});
});

ENLACE_ACCESS_BODY("new_cooperation_request",
                   [](AccessContext& context, const std::string&) { return NewRequest(context); });
ENLACE_ACCESS_BODY("cooperation_request_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"partner", "OCAM"}};
});
ENLACE_ACCESS_BODY("cooperation_step", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"note", "Nota del paso"}};
});
ENLACE_ACCESS_RAW_BODY("cooperation_step_with_file",
                       [](AccessContext&, const std::string&) { return NoteWithFile("Remitida con nota"); });

}  // namespace enlace::testing
