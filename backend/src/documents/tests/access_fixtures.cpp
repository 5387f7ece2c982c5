// Fixtures and bodies of documents/tests/access.tsv: documents of each access level made by the
// Secretariat, with a Spanish file when asked, distributed to the member countries when asked.
#include "documents/domain/document_repository.hpp"
#include "meetings/tests/meeting_fixtures.hpp"
#include "support/access_matrix.hpp"

namespace enlace::testing {
namespace {

nlohmann::json NewDocument(AccessContext& context, const std::string& access) {
  return {{"type", "working_document"},
          {"symbol", "WD." + std::to_string(context.Next())},
          {"title", {{"es", "Documento de trabajo"}, {"en", nullptr}}},
          {"meeting", nullptr},
          {"access", access}};
}

// A multipart body with a Spanish file and a note.
std::pair<std::string, std::string> SpanishVersion() {
  const std::string boundary = "d0cuments";
  return {"--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nPrimera versión\r\n--" +
              boundary +
              "\r\nContent-Disposition: form-data; name=\"file_es\"; filename=\"dt.pdf\"\r\nContent-Type: "
              "application/pdf\r\n\r\n" +
              AccessContext::TinyPdf() + "\r\n--" + boundary + "--\r\n",
          "multipart/form-data; boundary=" + boundary};
}

AccessFixture Document(AccessContext& context, const std::string& access, bool with_file) {
  auto ts = context.Secretariat();
  auto record = ts.Post("/api/v1/documents", NewDocument(context, access)).Json();
  auto id = std::to_string(record["id"].get<long long>());
  if (with_file) {
    auto [body, type] = SpanishVersion();
    record =
        ts.Send("POST", "/api/v1/documents/" + id + "/versions", body, {.headers = {{"Content-Type", type}}}).Json();
  }
  AccessFixture fixture{{{"id", id}}, record["version"].get<long long>()};
  if (with_file) {
    fixture.parameters["v"] = "1";
    fixture.parameters["lang"] = "es";
  }
  return fixture;
}

// A members-level document with a Spanish file, named by its id alone.
AccessFixture Ready(AccessContext& context) {
  auto fixture = Document(context, "members", true);
  fixture.parameters.erase("v");
  fixture.parameters.erase("lang");
  return fixture;
}

// The same, distributed to the member countries.
AccessFixture Distributed(AccessContext& context) {
  auto fixture = Ready(context);
  auto sent = context.Secretariat().Post("/api/v1/documents/" + fixture.parameters["id"] + "/distributions",
                                         {{"message", "Para sus comentarios"}, {"groups", {"member_countries"}}});
  fixture.parameters["distribution"] = std::to_string(AccessContext::Id(sent));
  return fixture;
}

// A members-level document of a meeting, with a Spanish file, distributed to the member countries:
// its receipts may go into the meeting's report.
AccessFixture DistributedAtMeeting(AccessContext& context) {
  auto ts = context.Secretariat();
  auto body = NewDocument(context, "members");
  body["meeting"] = NewMeeting(context);
  auto id = std::to_string(AccessContext::Id(ts.Post("/api/v1/documents", body)));
  auto [form, type] = SpanishVersion();
  ts.Send("POST", "/api/v1/documents/" + id + "/versions", form, {.headers = {{"Content-Type", type}}});
  auto sent = ts.Post("/api/v1/documents/" + id + "/distributions",
                      {{"message", "Para sus comentarios"}, {"groups", {"member_countries"}}});
  return AccessFixture{{{"id", id}, {"distribution", std::to_string(AccessContext::Id(sent))}}};
}

}  // namespace

ENLACE_ACCESS_FIXTURE("distributed_meeting_document",
                      [](AccessContext& context) { return DistributedAtMeeting(context); });
ENLACE_ACCESS_BODY("distribution_in_report", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"in_report", true}};
});
ENLACE_ACCESS_FIXTURE("public_document", [](AccessContext& context) { return Document(context, "public", false); });
ENLACE_ACCESS_FIXTURE("participants_document",
                      [](AccessContext& context) { return Document(context, "participants", false); });
ENLACE_ACCESS_FIXTURE("members_document", [](AccessContext& context) { return Document(context, "members", false); });
ENLACE_ACCESS_FIXTURE("secretariat_document",
                      [](AccessContext& context) { return Document(context, "secretariat", false); });
ENLACE_ACCESS_FIXTURE("public_document_with_file",
                      [](AccessContext& context) { return Document(context, "public", true); });
ENLACE_ACCESS_FIXTURE("participants_document_with_file",
                      [](AccessContext& context) { return Document(context, "participants", true); });
ENLACE_ACCESS_FIXTURE("members_document_with_file",
                      [](AccessContext& context) { return Document(context, "members", true); });
ENLACE_ACCESS_FIXTURE("members_document_ready", [](AccessContext& context) { return Ready(context); });
// English pending: {lang} is the language a translation may be owed for.
ENLACE_ACCESS_FIXTURE("members_document_english_pending", [](AccessContext& context) {
  auto fixture = Document(context, "members", true);
  fixture.parameters.erase("v");
  fixture.parameters["lang"] = "en";
  return fixture;
});
ENLACE_ACCESS_FIXTURE("secretariat_document_with_file",
                      [](AccessContext& context) { return Document(context, "secretariat", true); });
ENLACE_ACCESS_FIXTURE("distributed_document", [](AccessContext& context) { return Distributed(context); });
// A personal link of Honduras's officer: the link is only ever in an e-mail, so the fixture gives
// the first recipient a link it knows, through the repository.
static AccessFixture DocumentLink(AccessContext& context, bool with_language) {
  auto distributed = Distributed(context);
  auto token = "access-matrix-link-" + std::to_string(context.Next());
  auto& app = context.server().app();
  auto transaction = app.store().Begin(TransactionMode::kWrite);
  auto& documents = transaction->Get<DocumentRepository>();
  auto recipients = documents.Recipients(DistributionId{std::stoll(distributed.parameters["distribution"])});
  documents.MarkReminded(recipients.front().id, app.secrets().Sha256Hex(token), app.clock().Now());
  transaction->Commit();
  AccessFixture fixture;
  fixture.parameters["token"] = token;
  if (with_language) fixture.parameters["lang"] = "es";
  return fixture;
}
ENLACE_ACCESS_FIXTURE("document_link", [](AccessContext& context) { return DocumentLink(context, false); });
ENLACE_ACCESS_FIXTURE("document_link_file", [](AccessContext& context) { return DocumentLink(context, true); });

ENLACE_ACCESS_BODY("new_document",
                   [](AccessContext& context, const std::string&) { return NewDocument(context, "members"); });
ENLACE_ACCESS_BODY("document_change", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"symbol", "WD.changed"}};
});
ENLACE_ACCESS_RAW_BODY("document_version_form", [](AccessContext&, const std::string&) { return SpanishVersion(); });
ENLACE_ACCESS_BODY("translation_input", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"translator", "Secretaría Técnica"}, {"due", "2030-01-31"}};
});
ENLACE_ACCESS_BODY("distribution_input", [](AccessContext&, const std::string&) {
  return nlohmann::json{{"message", "Para sus comentarios"}, {"groups", {"member_countries"}}};
});

}  // namespace enlace::testing
