// The document library (M20–M22) over HTTP, on SQLite and PostgreSQL: the rows each kind of caller
// gets from the list, the detail and the downloads at every access level; edits with versions;
// uploads refused by content and size, leaving nothing behind; language versions with a
// translation owed under an agreement; and a distribution to the member countries whose personal
// links, read from a real SMTP server, record each delegation's receipt, with a reminder only to
// those who have not opened it. Every answer is checked against the OpenAPI document by the client.
#include <chrono>
#include <set>
#include <thread>

#include "kernel/formats/text_extract.hpp"
#include "kernel/mail/smtp_mailer.hpp"
#include "support/access_matrix.hpp"
#include "support/api_test.hpp"
#include "support/smtp_sink.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

// A file part of a multipart body.
struct Part {
  std::string name;
  std::string file_name;  // empty for a text part
  std::string content;
};

std::pair<std::string, std::string> Form(const std::vector<Part>& parts) {
  const std::string boundary = "l1brary";
  std::string body;
  for (const auto& part : parts) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
    if (!part.file_name.empty()) body += "; filename=\"" + part.file_name + "\"\r\nContent-Type: application/pdf";
    body += "\r\n\r\n" + part.content + "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  return {body, "multipart/form-data; boundary=" + boundary};
}

const std::string kSpanishPdf = "%PDF-1.4\n% documento de trabajo en español\n%%EOF\n";
const std::string kEnglishPdf = "%PDF-1.4\n% working document in English\n%%EOF\n";

class DocumentsTest : public ApiTest {
 protected:
  TestServerOptions Options() override { return {.demo_meetings = true}; }

  json Create(const std::string& access, const std::string& symbol, std::optional<long long> meeting = std::nullopt) {
    auto created =
        server().SignedIn("ts").Post("/api/v1/documents", {{"type", "working_document"},
                                                           {"symbol", symbol},
                                                           {"title", {{"es", "Documento " + symbol}, {"en", nullptr}}},
                                                           {"meeting", meeting ? json(*meeting) : json(nullptr)},
                                                           {"access", access}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json();
  }
  HttpResponse Upload(HttpClient& client, const json& document, const std::vector<Part>& parts) {
    auto [body, type] = Form(parts);
    return client.Send("POST", Path(document, "/versions"), body, {.headers = {{"Content-Type", type}}});
  }
  static std::string Path(const json& document, const std::string& suffix = "") {
    return "/api/v1/documents/" + std::to_string(document["id"].get<long long>()) + suffix;
  }
  std::set<std::string> SymbolsFor(HttpClient client) {
    std::set<std::string> symbols;
    auto listed = client.Get("/api/v1/documents");
    EXPECT_EQ(listed.status, 200) << listed.body;
    auto body = listed.Json();  // kept: a range over a temporary's member would dangle
    for (const auto& item : body["items"]) symbols.insert(item["symbol"].get<std::string>());
    return symbols;
  }
  long long AgreementOfTheSeedMeeting() {
    auto meetings = server().SignedIn("ts").Get("/api/v1/meetings").Json()["items"];
    for (const auto& meeting : meetings) {
      auto detail = server().SignedIn("ts").Get("/api/v1/meetings/" + std::to_string(meeting["id"].get<long long>()));
      auto body = detail.Json();
      for (const auto& agreement : body["agreements"]) return agreement["id"].get<long long>();
    }
    ADD_FAILURE() << "no agreement in the demo";
    return 0;
  }
  std::vector<json> Received(const SmtpSink& sink, std::size_t count) {
    for (int i = 0; i < 100 && sink.Messages().size() < count; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds{50});
    return sink.Messages();
  }
  static std::string TokenIn(const std::string& text) {
    static constexpr std::string_view kMarker = "/received/";
    auto at = text.find(kMarker);
    if (at == std::string::npos) return "";
    auto start = at + kMarker.size();
    return text.substr(start, text.find_first_of(" \r\n", start) - start);
  }
};
ENLACE_ON_BOTH_DATABASES(DocumentsTest);

TEST_P(DocumentsTest, EachKindOfCallerListsReadsAndDownloadsOnlyTheLevelsOpenToIt) {
  auto ts = server().SignedIn("ts");
  std::map<std::string, json> documents;
  for (const auto* access : {"public", "participants", "members", "secretariat"}) {
    documents[access] = Create(access, access);
    auto uploaded = Upload(ts, documents[access], {{"file_es", "dt.pdf", kSpanishPdf}, {"note", "", "Primera"}});
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    documents[access] = uploaded.Json();
  }
  // The demo's own documents are in the lists too: compare only the ones made here.
  const std::map<std::string, std::set<std::string>> expected = {
      {"anonymous", {"public"}},
      {"ts", {"public", "participants", "members", "secretariat"}},
      {"hn", {"public", "participants", "members"}},
      {"gt", {"public", "participants", "members"}},
      {"observer", {"public", "participants"}},
      {"civil", {"public", "participants"}},
  };
  for (const auto& [who, levels] : expected) {
    auto client = who == "anonymous" ? server().Anonymous() : server().SignedIn(who);
    std::set<std::string> seen;
    for (const auto& symbol : SymbolsFor(who == "anonymous" ? server().Anonymous() : server().SignedIn(who))) {
      if (documents.contains(symbol)) seen.insert(symbol);
    }
    EXPECT_EQ(seen, levels) << who << "'s list";
    for (const auto& [access, document] : documents) {
      bool may = levels.contains(access);
      auto detail = client.Get(Path(document));
      EXPECT_EQ(detail.status, may ? 200 : 404) << who << " reads " << access;
      auto file = client.Get(Path(document, "/versions/1/files/es"));
      EXPECT_EQ(file.status, may ? 200 : 404) << who << " downloads " << access;
      if (may) {
        EXPECT_EQ(file.body, kSpanishPdf);
        EXPECT_EQ(file.Header("Content-Type"), "application/pdf");
        EXPECT_NE(file.Header("Content-Disposition").value_or("").find("attachment"), std::string::npos);
      }
      if (!may) {
        EXPECT_EQ(detail.body.find("Documento"), std::string::npos) << "a 404 says nothing of the document";
      }
    }
  }
  // Downloads of non-public files are in the audit log; of public ones, not.
  auto audit = ts.Get("/api/v1/audit?action=file.download&limit=200").Json()["items"];
  auto mentions = [&](const json& document) {
    auto needle = "document " + std::to_string(document["id"].get<long long>());
    return std::ranges::any_of(audit,
                               [&](const json& entry) { return entry.dump().find(needle) != std::string::npos; });
  };
  EXPECT_TRUE(mentions(documents["members"])) << audit.dump();
  EXPECT_TRUE(mentions(documents["secretariat"]));
  EXPECT_FALSE(mentions(documents["public"])) << "public files are not audited";
}

TEST_P(DocumentsTest, AnEditNeedsTheCurrentVersionAndIsAudited) {
  auto ts = server().SignedIn("ts");
  auto document = Create("members", "WD.1");
  auto without = ts.Patch(Path(document), {{"symbol", "WD.2"}}, {.headers = {{"If-Match", ""}}});
  EXPECT_EQ(without.status, 428) << without.body;
  auto stale = ts.Patch(Path(document), {{"symbol", "WD.2"}}, {.headers = {{"If-Match", "\"7\""}}});
  EXPECT_EQ(stale.status, 412) << stale.body;
  auto changed =
      ts.Patch(Path(document), {{"symbol", "WD.2"}, {"access", "participants"}}, {.headers = {{"If-Match", "\"1\""}}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["symbol"], "WD.2");
  EXPECT_EQ(changed.Header("ETag"), "\"2\"");
  auto again = ts.Patch(Path(document), {{"symbol", "WD.3"}}, {.headers = {{"If-Match", "\"1\""}}});
  EXPECT_EQ(again.status, 412) << "the first edit moved the version on";
  auto wrong =
      ts.Patch(Path(document), {{"access", "everybody"}}, {.headers = {{"If-Match", "\"2\""}}, .unchecked = true});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.Json()["error"]["fields"][0]["code"], "unknown_access_level") << wrong.body;
  auto audit =
      ts.Get("/api/v1/audit?record_type=document&record_id=" + std::to_string(document["id"].get<long long>()) +
             "&limit=50")
          .Json()["items"];
  std::multiset<std::string> actions;
  for (const auto& entry : audit) actions.insert(entry["action"].get<std::string>());
  EXPECT_TRUE(actions.contains("document.create")) << audit.dump();
  EXPECT_TRUE(actions.contains("document.update"));
}

TEST_P(DocumentsTest, ARenamedExecutableAnOversizedFileOrABadLevelIsRefusedAndNothingIsStored) {
  auto ts = server().SignedIn("ts");
  auto document = Create("members", "WD.9");
  auto executable = Upload(ts, document, {{"file_es", "informe.pdf", std::string("MZ\x90\x00\x03", 5) + "PE payload"}});
  EXPECT_EQ(executable.status, 422) << executable.body;
  EXPECT_EQ(executable.Json()["error"]["fields"][0]["code"], "unsupported_file_type");
  auto zip = Upload(ts, document, {{"file_en", "report.docx", std::string("PK\x03\x04", 4) + "not an office file"}});
  EXPECT_EQ(zip.status, 422) << "a zip that is no office document";
  auto nothing = Upload(ts, document, {{"note", "", "sin archivo"}});
  EXPECT_EQ(nothing.status, 422);
  EXPECT_EQ(nothing.Json()["error"]["fields"][0]["code"], "no_file") << nothing.body;
  auto large = Upload(ts, document, {{"file_es", "grande.pdf", "%PDF-1.4\n" + std::string(21 << 20, 'x')}});
  EXPECT_EQ(large.status, 413) << large.body.substr(0, 200);
  auto after = ts.Get(Path(document)).Json();
  EXPECT_TRUE(after["versions"].empty()) << "no version was stored";
  EXPECT_EQ(after["version"], 1);

  auto level = ts.Post("/api/v1/documents", {{"type", "report"}, {"title", {{"es", "X"}}}, {"access", "friends"}},
                       {.unchecked = true});
  EXPECT_EQ(level.status, 422);
  EXPECT_EQ(level.Json()["error"]["fields"][0]["field"], "access") << level.body;
  auto no_title = ts.Post("/api/v1/documents", {{"type", "memo"}, {"title", {{"es", ""}}}, {"access", "public"}},
                          {.unchecked = true});
  EXPECT_EQ(no_title.status, 422);
  EXPECT_EQ(no_title.Json()["error"]["fields"].size(), 2u) << "every problem at once: " << no_title.body;
  auto meeting = ts.Post("/api/v1/documents",
                         {{"type", "report"}, {"title", {{"es", "X"}}}, {"access", "public"}, {"meeting", 999999}});
  EXPECT_EQ(meeting.Json()["error"]["fields"][0]["code"], "unknown_meeting") << meeting.body;
  // Another level's document, as an observer: not found; a write is refused before any lookup.
  auto observer = server().SignedIn("observer");
  EXPECT_EQ(observer.Get(Path(document)).status, 404);
  EXPECT_EQ(Upload(observer, document, {{"file_es", "dt.pdf", kSpanishPdf}}).status, 403);
  EXPECT_EQ(Upload(observer, json{{"id", 987654}}, {{"file_es", "dt.pdf", kSpanishPdf}}).status, 403)
      << "the same answer for an id that does not exist";
  EXPECT_EQ(server().SignedIn("hn").Get(Path(document, "/versions/1/files/es")).status, 404) << "no such version";
}

TEST_P(DocumentsTest, AMissingLanguageIsPendingWithATranslationOwedUnderAnAgreementUntilItArrives) {
  auto ts = server().SignedIn("ts");
  auto document = Create("members", "WD.5");
  EXPECT_EQ(document["pending_languages"], json::array({"es", "en"})) << "no version yet: every language pending";
  auto first = Upload(ts, document, {{"file_es", "dt.pdf", kSpanishPdf}, {"note", "", "Versión para comentarios"}});
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.Json()["languages"], json::array({"es"}));
  EXPECT_EQ(first.Json()["pending_languages"], json::array({"en"}));

  auto agreement = AgreementOfTheSeedMeeting();
  auto put = [&](const std::string& language, const json& body) {
    return ts.Send("PUT", Path(document, "/translations/" + language), body.dump(),
                   {.headers = {{"Content-Type", "application/json"}}});
  };
  auto unknown = put("en", {{"translator", "ST"}, {"agreement", 999999}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.Json()["error"]["fields"][0]["code"], "unknown_translation_agreement") << unknown.body;
  EXPECT_EQ(put("es", {{"translator", "ST"}}).status, 422) << "Spanish is not pending";
  auto owed = put("en", {{"translator", "Secretaría Técnica"}, {"due", "2030-03-31"}, {"agreement", agreement}});
  ASSERT_EQ(owed.status, 200) << owed.body;
  auto translation = owed.Json()["translations"][0];
  EXPECT_EQ(translation["language"], "en");
  EXPECT_EQ(translation["translator"], "Secretaría Técnica");
  EXPECT_EQ(translation["due"], "2030-03-31");
  EXPECT_EQ(translation["agreement"], agreement);
  EXPECT_TRUE(translation["agreement_number"].is_string());
  // A member sees the pending language and who owes it.
  auto seen = server().SignedIn("gt").Get(Path(document)).Json();
  EXPECT_EQ(seen["pending_languages"], json::array({"en"}));
  EXPECT_EQ(seen["translations"].size(), 1u);

  auto second = Upload(ts, document,
                       {{"file_es", "dt.pdf", kSpanishPdf},
                        {"file_en", "wd.pdf", kEnglishPdf},
                        {"note", "", "English added"},
                        {"name", "", "As adopted"}});
  ASSERT_EQ(second.status, 201) << second.body;
  auto now = second.Json();
  EXPECT_EQ(now["current_version"], 2);
  EXPECT_TRUE(now["pending_languages"].empty());
  EXPECT_TRUE(now["translations"].empty()) << "the translation arrived";
  EXPECT_EQ(now["versions"][0]["name"], "As adopted");
  EXPECT_EQ(now["versions"][0]["kept"], true);
  EXPECT_EQ(now["versions"][1]["languages"], json::array({"es"})) << "version 1 keeps what it had";
  EXPECT_EQ(server().SignedIn("hn").Get(Path(document, "/versions/2/files/en")).body, kEnglishPdf);
  EXPECT_EQ(server().SignedIn("hn").Get("/api/v1/documents?language=en&q=wd.5").Json()["items"].size(), 1u)
      << "found by its English file and its symbol, case aside";
}

TEST_P(DocumentsTest, DistributedToMemberCountriesHondurasOpensItsLinkAndOnlyGuatemalaIsReminded) {
  SmtpSink sink;
  auto mailer = SmtpMailer::Create(SmtpSettings{.url = sink.url(), .from_address = "enlace@enlace.example"});
  ASSERT_TRUE(mailer);
  server().app().SetMailer(mailer->get());
  auto ts = server().SignedIn("ts");
  auto document = Create("members", "WD.7");
  ASSERT_EQ(Upload(ts, document, {{"file_es", "dt.pdf", kSpanishPdf}}).status, 201);

  auto to_observers = ts.Post(Path(document, "/distributions"), {{"groups", {"observers"}}});
  EXPECT_EQ(to_observers.status, 422);
  EXPECT_EQ(to_observers.Json()["error"]["fields"][0]["code"], "delegation_may_not_read") << to_observers.body;
  EXPECT_EQ(ts.Post(Path(document, "/distributions"), {{"delegations", {"XX"}}}).status, 422);
  EXPECT_EQ(server().SignedIn("hn").Post(Path(document, "/distributions"), {{"groups", {"member_countries"}}}).status,
            403);

  auto sent = ts.Post(Path(document, "/distributions"),
                      {{"message", "Para sus comentarios antes del 30 de junio"}, {"groups", {"member_countries"}}});
  ASSERT_EQ(sent.status, 201) << sent.body;
  auto distribution = sent.Json();
  std::map<std::string, json> receipts;
  for (const auto& receipt : distribution["receipts"]) receipts[receipt["delegation"]] = receipt;
  ASSERT_TRUE(receipts.contains("HN") && receipts.contains("GT")) << sent.body;
  EXPECT_FALSE(receipts.contains("IOM"));
  EXPECT_EQ(distribution["emailed"], distribution["receipts"].size()) << "one person each in the demo";

  auto messages = Received(sink, 2);
  std::map<std::string, std::string> token_of;  // e-mail → token
  for (const auto& message : messages) {
    auto text = message["text"].get<std::string>();
    EXPECT_NE(text.find("Para sus comentarios"), std::string::npos) << text;
    token_of[message["rcpt_tos"][0].get<std::string>()] = TokenIn(text);
  }
  const auto& hn_email = server().account("hn").email;
  const auto& gt_email = server().account("gt").email;
  ASSERT_FALSE(token_of[hn_email].empty());
  ASSERT_FALSE(token_of[gt_email].empty());
  auto notices = server().SignedIn("hn").Get("/api/v1/notifications").Json()["items"];
  ASSERT_FALSE(notices.empty());
  EXPECT_EQ(notices[0]["payload"]["subject"], "document") << notices.dump();

  // Honduras opens its link, without signing in; downloading through it is fine too.
  auto anonymous = server().Anonymous();
  server().clock().Advance(std::chrono::hours{2});
  auto opened = anonymous.Get("/api/v1/document-links/" + token_of[hn_email]);
  ASSERT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(opened.Json()["document"]["symbol"], "WD.7");
  EXPECT_EQ(opened.Json()["delegation"], "HN");
  EXPECT_EQ(anonymous.Get("/api/v1/document-links/" + token_of[hn_email] + "/files/es").body, kSpanishPdf);
  EXPECT_EQ(anonymous.Get("/api/v1/document-links/forged-token").status, 404);
  EXPECT_EQ(anonymous.Get("/api/v1/document-links/forged-token").ErrorCode(), "document_link_unknown");

  auto listed = ts.Get(Path(document, "/distributions")).Json()["items"];
  ASSERT_EQ(listed.size(), 1u);
  for (const auto& receipt : listed[0]["receipts"]) {
    if (receipt["delegation"] == "HN") {
      EXPECT_TRUE(receipt["opened_at"].is_string()) << receipt.dump();
      EXPECT_EQ(receipt["opened_by"], "Carlos Mejía");
    } else {
      EXPECT_TRUE(receipt["opened_at"].is_null()) << receipt.dump();
    }
  }
  EXPECT_EQ(listed[0]["opened"], 1);

  auto reminded = ts.Send(
      "POST", Path(document, "/distributions/" + std::to_string(distribution["id"].get<long long>()) + "/remind"), "");
  ASSERT_EQ(reminded.status, 200) << reminded.body;
  EXPECT_EQ(reminded.Json()["emailed"], reminded.Json()["receipts"].size() - 1) << "everybody but Honduras";
  auto all = Received(sink, messages.size() + 1);
  server().app().SetMailer(nullptr);
  std::vector<json> reminders(all.begin() + static_cast<long>(messages.size()), all.end());
  for (const auto& reminder : reminders) {
    EXPECT_NE(reminder["rcpt_tos"][0], hn_email) << "Honduras opened it: no reminder";
  }
  auto gt_reminder = std::ranges::find_if(reminders, [&](const json& m) { return m["rcpt_tos"][0] == gt_email; });
  ASSERT_NE(gt_reminder, reminders.end());
  auto fresh = TokenIn((*gt_reminder)["text"].get<std::string>());
  EXPECT_EQ(anonymous.Get("/api/v1/document-links/" + token_of[gt_email]).status, 404)
      << "the earlier link is replaced";
  auto audit =
      ts.Get("/api/v1/audit?record_type=document&record_id=" + std::to_string(document["id"].get<long long>()) +
             "&limit=50")
          .Json()["items"];
  std::multiset<std::string> actions;
  for (const auto& entry : audit) {
    if (entry["outcome"] == "ok") actions.insert(entry["action"].get<std::string>());
  }
  EXPECT_EQ(actions.count("document.distribute"), 1u) << "the refused ones are recorded as refusals";
  EXPECT_EQ(actions.count("document.receipt"), 1u) << "one receipt for Honduras";
  EXPECT_EQ(actions.count("document.remind"), 1u);
  EXPECT_EQ(actions.count("document.upload"), 1u);
  server().clock().Advance(std::chrono::days{181});
  auto late = anonymous.Get("/api/v1/document-links/" + fresh);
  EXPECT_EQ(late.status, 400);
  EXPECT_EQ(late.ErrorCode(), "document_link_expired");
}

TEST_P(DocumentsTest, TheSecretariatPutsAReceiptListIntoTheMeetingsReportAndEachReaderSeesOnlyWhatTheyMayRead) {
  SmtpSink sink;
  auto mailer = SmtpMailer::Create(SmtpSettings{.url = sink.url(), .from_address = "enlace@enlace.example"});
  ASSERT_TRUE(mailer);
  server().app().SetMailer(mailer->get());
  auto ts = server().SignedIn("ts");
  auto meeting = ts.Get("/api/v1/meetings").Json()["items"][0]["id"].get<long long>();
  auto report = "/api/v1/meetings/" + std::to_string(meeting) + "/report?format=pdf&lang=es";
  auto document = Create("members", "WD.9", meeting);
  ASSERT_EQ(Upload(ts, document, {{"file_es", "dt.pdf", kSpanishPdf}}).status, 201);
  auto sent = ts.Post(Path(document, "/distributions"), {{"groups", {"member_countries"}}});
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.Json()["in_report"], false);
  auto in_report = Path(document, "/distributions/" + std::to_string(sent.Json()["id"].get<long long>()) + "/report");
  for (const auto& message : Received(sink, 2)) {
    if (message["rcpt_tos"][0] == server().account("hn").email) {
      ASSERT_EQ(server().Anonymous().Get("/api/v1/document-links/" + TokenIn(message["text"])).status, 200);
    }
  }
  auto annex_of = [&](HttpClient& client) {
    auto pdf = client.Get(report);
    EXPECT_EQ(pdf.status, 200) << pdf.body;
    // Poppler reads what cairo wrote; runs of spaces and line ends become one space.
    auto extracted = ExtractPdfText(pdf.body);
    EXPECT_TRUE(extracted);
    std::string text;
    for (char c : extracted.value_or("")) {
      bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (!space || (!text.empty() && text.back() != ' ')) text += space ? ' ' : c;
    }
    auto at = text.find("Anexo: Recepción de los documentos distribuidos");
    return at == std::string::npos ? std::string() : text.substr(at);
  };
  EXPECT_EQ(annex_of(ts), "") << "not in the report until the Secretariat puts it there";

  auto hn = server().SignedIn("hn");
  EXPECT_EQ(
      hn.Send("PUT", in_report, R"({"in_report": true})", {.headers = {{"Content-Type", "application/json"}}}).status,
      403);
  auto missing =
      ts.Send("PUT", in_report, "{}", {.headers = {{"Content-Type", "application/json"}}, .unchecked = true});
  EXPECT_EQ(missing.status, 422) << missing.body;
  auto put = ts.Send("PUT", in_report, R"({"in_report": true})", {.headers = {{"Content-Type", "application/json"}}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.Json()["in_report"], true);
  EXPECT_EQ(ts.Get(Path(document, "/distributions")).Json()["items"][0]["in_report"], true);

  auto annex = annex_of(ts);
  ASSERT_NE(annex, "");
  EXPECT_NE(annex.find("WD.9 Documento WD.9 (versión 1)"), std::string::npos) << annex;
  EXPECT_NE(annex.find("Honduras"), std::string::npos) << annex;
  EXPECT_NE(annex.find("Guatemala"), std::string::npos) << annex;
  EXPECT_NE(annex.find("No abierto"), std::string::npos) << annex;
  EXPECT_NE(annex_of(hn), "") << "a member country reads the members-level document";
  auto observer = server().SignedIn("observer");
  if (observer.Get(report).status == 200) {
    EXPECT_EQ(annex_of(observer), "") << "IOM may not read the document";
  }

  // A document of no meeting has no report to go into.
  auto loose = Create("members", "WD.10");
  ASSERT_EQ(Upload(ts, loose, {{"file_es", "dt.pdf", kSpanishPdf}}).status, 201);
  auto loose_sent = ts.Post(Path(loose, "/distributions"), {{"groups", {"member_countries"}}}).Json();
  auto refused =
      ts.Send("PUT", Path(loose, "/distributions/" + std::to_string(loose_sent["id"].get<long long>()) + "/report"),
              R"({"in_report": true})", {.headers = {{"Content-Type", "application/json"}}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.ErrorCode(), "document_not_at_meeting");

  // Taken out again, it leaves the report.
  ASSERT_EQ(
      ts.Send("PUT", in_report, R"({"in_report": false})", {.headers = {{"Content-Type", "application/json"}}}).status,
      200);
  EXPECT_EQ(annex_of(ts), "");
}

TEST_P(DocumentsTest, TheDemoHasTheSanPedroSulaDocuments) {
  auto listed = server().SignedIn("ts").Get("/api/v1/documents").Json()["items"];
  EXPECT_EQ(listed.size(), 3u) << listed.dump();
  EXPECT_EQ(server().Anonymous().Get("/api/v1/documents").Json()["items"].size(), 1u) << "the report is public";
}

}  // namespace
}  // namespace enlace::testing
