// Report import (M5) over HTTP, on both databases: a report is uploaded (or pasted), read back for
// review, corrected and confirmed into a meeting with its agreements and commitments — all of it
// or nothing; the same report again is recognised and updates the meeting instead of doubling it;
// a file that is not a report is refused with a clear reason, never a server error.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "imports/reader/pdf_reader.hpp"
#include "imports/testing/reader_fixtures.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "support/api_test.hpp"

namespace enlace::testing {
namespace {

using nlohmann::json;

const std::string kSeed = "000_seed_smuggling_network_2016_en.txt";
const std::string kBoundary = "enlace-import-b0undary";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string Multipart(const std::string& file_name, const std::string& content, const std::string& language = "") {
  std::string body;
  if (!language.empty()) {
    body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\n" + language + "\r\n";
  }
  body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
          "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + kBoundary + "--\r\n";
  return body;
}

// The seed report as a DOCX: one Word paragraph per line of the text, as a secretariat would have it.
std::string SeedAsDocx() {
  std::string body;
  std::istringstream lines(ReadFile(GoldenCasesDir() + kSeed));
  for (std::string line; std::getline(lines, line);) {
    std::string escaped;
    for (char c : line) {
      if (c == '&')
        escaped += "&amp;";
      else if (c == '<')
        escaped += "&lt;";
      else if (c == '>')
        escaped += "&gt;";
      else if (c != '\r')
        escaped += c;
    }
    body += "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r></w:p>";
  }
  auto docx =
      WriteZip({{"[Content_Types].xml",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                 "ContentType=\"application/xml\"/></Types>"},
                {"word/document.xml",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                 "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                     body + "</w:body></w:document>"}});
  EXPECT_TRUE(docx.has_value());
  return docx.value_or("");
}

class ImportsTest : public ApiTest {
 protected:
  HttpResponse Upload(HttpClient& client, const std::string& file_name, const std::string& content,
                      const std::string& language = "") {
    return client.Send("POST", "/api/v1/imports", Multipart(file_name, content, language),
                       {.headers = {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}}});
  }

  json UploadSeed(HttpClient& ts) {
    auto response = Upload(ts, kSeed, ReadFile(GoldenCasesDir() + kSeed));
    EXPECT_EQ(response.status, 201) << response.body;
    return response.Json();
  }

  HttpResponse Confirm(HttpClient& ts, const json& import, const json& reading, const std::string& mode = "create",
                       RequestOptions options = {}) {
    return ts.Post("/api/v1/imports/" + std::to_string(import["id"].get<long long>()) + "/confirm",
                   {{"reading", reading}, {"mode", mode}}, std::move(options));
  }

  // PUT /imports/{id}/draft with If-Match `version` (none when empty).
  static HttpResponse SaveDraft(HttpClient& client, const std::string& path, const json& reading,
                                const std::string& version) {
    RequestOptions options{.headers = {{"Content-Type", "application/json"}}};
    if (!version.empty()) options.headers["If-Match"] = "\"" + version + "\"";
    return client.Send("PUT", path + "/draft", json{{"reading", reading}}.dump(), std::move(options));
  }

  std::size_t MeetingCount(HttpClient& ts) { return ts.Get("/api/v1/meetings").Json()["items"].size(); }

  json Meeting(HttpClient& ts, long long id) {
    auto response = ts.Get("/api/v1/meetings/" + std::to_string(id));
    EXPECT_EQ(response.status, 200) << response.body;
    return response.Json();
  }

  static const json& AgreementNumbered(const json& meeting, const std::string& number) {
    static const json kNone;
    for (const auto& agreement : meeting["agreements"]) {
      if (agreement["number"] == number) return agreement;
    }
    ADD_FAILURE() << "no agreement " << number;
    return kNone;
  }

  static std::set<std::string> FieldsOf(const HttpResponse& response) {
    std::set<std::string> fields;
    auto body = response.Json();
    for (const auto& field : body["error"]["fields"]) {
      fields.insert(field["field"].get<std::string>() + " " + field["code"].get<std::string>());
    }
    return fields;
  }
};
ENLACE_ON_BOTH_DATABASES(ImportsTest);

TEST_P(ImportsTest, TheSeedReportIsReadIntoItsNineAgreementsForReview) {
  auto ts = server().SignedIn("ts");
  auto upload = Upload(ts, kSeed, ReadFile(GoldenCasesDir() + kSeed));
  ASSERT_EQ(upload.status, 201) << upload.body;
  auto import = upload.Json();
  EXPECT_EQ(upload.Header("Location"), "/api/v1/imports/" + std::to_string(import["id"].get<long long>()));
  EXPECT_EQ(import["status"], "pending");
  EXPECT_EQ(import["file_name"], kSeed);
  EXPECT_EQ(import["format"], "text");
  EXPECT_TRUE(import["meeting"].is_null());
  EXPECT_TRUE(import["duplicate_of"].is_null());
  // The reading as the importer gives it, which the review screen shows and edits.
  const auto& reading = import["reading"];
  EXPECT_EQ(reading["language"], "en");
  EXPECT_EQ(reading["body_code"], "SMUGGLING_TIP_NETWORK");
  EXPECT_EQ(reading["date"], "2016-11-15");
  EXPECT_EQ(reading["place"]["city"], "San Pedro Sula");
  ASSERT_EQ(reading["agreements"].size(), 9u);
  std::vector<std::string> numbers;
  for (const auto& agreement : reading["agreements"]) numbers.push_back(agreement["number"]);
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2", "2.a", "2.b", "3", "4", "5", "6", "7"}));
  EXPECT_NE(reading["agreements"][8]["text"].get<std::string>().find("Glossary of the RCM"), std::string::npos);
  // The title starts from the body's name with the place and year (issue 10, item 9); nothing in
  // the seed's reading would be refused.
  EXPECT_EQ(reading["title"], reading["body"].get<std::string>() + ", San Pedro Sula, 2016");
  EXPECT_EQ(import["problems"], json::array()) << import["problems"].dump(2);

  auto again = ts.Get("/api/v1/imports/" + std::to_string(import["id"].get<long long>()));
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.Json()["reading"], reading);
  EXPECT_EQ(ts.Get("/api/v1/imports/999999").status, 404);
}

TEST_P(ImportsTest, PastedTextIsReadLikeAFile) {
  auto ts = server().SignedIn("ts");
  auto response = ts.Post("/api/v1/imports", {{"text", ReadFile(GoldenCasesDir() + kSeed)}, {"language", "en"}});
  ASSERT_EQ(response.status, 201) << response.body;
  auto import = response.Json();
  EXPECT_TRUE(import["file_name"].is_null());
  EXPECT_EQ(import["reading"]["agreements"].size(), 9u);
}

// Issue 10, item 7: a page lists the imports waiting for review; a confirmed one leaves that list.
TEST_P(ImportsTest, ImportsWaitingForReviewAreListedUntilConfirmed) {
  auto ts = server().SignedIn("ts");
  auto import = UploadSeed(ts);
  auto id = import["id"].get<long long>();
  auto listed = [&](const std::string& query) {
    std::vector<long long> ids;
    auto body = ts.Get("/api/v1/imports" + query).Json();
    for (const auto& item : body["items"]) ids.push_back(item["id"].get<long long>());
    return ids;
  };
  auto pending = listed("?status=pending");
  ASSERT_FALSE(pending.empty());
  EXPECT_EQ(pending.front(), id) << "newest first";
  auto first = ts.Get("/api/v1/imports?status=pending").Json()["items"][0];
  EXPECT_EQ(first["status"], "pending");
  EXPECT_EQ(first["agreements"], 9);
  EXPECT_EQ(first["date"], "2016-11-15");
  ASSERT_EQ(Confirm(ts, import, import["reading"]).status, 201);
  pending = listed("?status=pending");
  EXPECT_EQ(std::count(pending.begin(), pending.end(), id), 0);
  auto confirmed = listed("?status=confirmed");
  EXPECT_EQ(std::count(confirmed.begin(), confirmed.end(), id), 1);
  EXPECT_EQ(ts.Get("/api/v1/imports?status=lost", {.unchecked = true}).status, 400);
  EXPECT_EQ(server().SignedIn("hn").Get("/api/v1/imports", {.unchecked = true}).status, 403);
}

// Issue 10, item 9: the review is kept on the server as a draft with a version; reopening the
// import finds the edits; a save from a stale review is refused with 412, none without If-Match.
TEST_P(ImportsTest, TheReviewIsSavedAsADraftAndAStaleSaveIsRefused) {
  auto ts = server().SignedIn("ts");
  auto import = UploadSeed(ts);
  auto path = "/api/v1/imports/" + std::to_string(import["id"].get<long long>());
  EXPECT_EQ(import["draft"], nullptr);
  EXPECT_EQ(import["draft_version"], 0);
  auto reading = import["reading"];
  reading["title"] = "Reviewed in a first tab";
  auto saved = SaveDraft(ts, path, reading, "0");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.Json()["draft_version"], 1);
  auto reopened = ts.Get(path);
  ASSERT_EQ(reopened.status, 200);
  EXPECT_EQ(reopened.Json()["draft"]["title"], "Reviewed in a first tab");
  EXPECT_EQ(reopened.Json()["draft_version"], 1);
  EXPECT_NE(reopened.Json()["draft_saved_at"], nullptr);

  reading["title"] = "Reviewed in a second tab";
  auto stale = SaveDraft(ts, path, reading, "0");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.ErrorCode(), "stale_version");
  EXPECT_EQ(SaveDraft(ts, path, reading, "").status, 428);
  EXPECT_EQ(ts.Get(path).Json()["draft"]["title"], "Reviewed in a first tab");
  auto hn = server().SignedIn("hn");
  EXPECT_EQ(SaveDraft(hn, path, reading, "1").status, 403);
  ASSERT_EQ(Confirm(ts, import, reopened.Json()["draft"]).status, 201);
  EXPECT_EQ(SaveDraft(ts, path, reading, "1").ErrorCode(), "import_already_confirmed");
}

TEST_P(ImportsTest, AReviewedReadingBecomesTheMeetingWithItsAgreementsAndCommitments) {
  auto ts = server().SignedIn("ts");
  auto import = UploadSeed(ts);
  auto reading = import["reading"];
  // The reviewer corrects the title and one commitment's wording.
  reading["title"] = "Regular meeting of the Liaison Officer Network, San Pedro Sula";
  reading["agreements"][2]["commitments"][0]["action"] = "translate the study on key obstacles into English";
  auto before = MeetingCount(ts);
  auto confirmed = Confirm(ts, import, reading);
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;
  auto answer = confirmed.Json();
  EXPECT_TRUE(answer["created"]);
  EXPECT_EQ(answer["agreements"], 9);
  EXPECT_EQ(answer["kept_commitments"], json::array());
  EXPECT_EQ(MeetingCount(ts), before + 1);

  auto meeting = Meeting(ts, answer["meeting"].get<long long>());
  EXPECT_EQ(meeting["body"], "SMUGGLING_TIP_NETWORK");
  EXPECT_EQ(meeting["type"], "regular");
  EXPECT_EQ(meeting["date"], "2016-11-15");
  EXPECT_EQ(meeting["place"], json({{"city", "San Pedro Sula"}, {"country", "HN"}}));
  EXPECT_EQ(meeting["submitted_to"], "RCGM");
  EXPECT_EQ(meeting["participants"].size(), 10u);
  // Texts are in the report's language; the Spanish ones are missing and counted as such.
  EXPECT_EQ(meeting["title"]["en"], "Regular meeting of the Liaison Officer Network, San Pedro Sula");
  EXPECT_TRUE(meeting["title"]["es"].is_null());
  EXPECT_EQ(meeting["missing_translations"]["es"], 9);
  EXPECT_EQ(meeting["missing_translations"]["en"], 0);
  std::vector<std::string> numbers;
  for (const auto& agreement : meeting["agreements"]) numbers.push_back(agreement["number"]);
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2", "2.a", "2.b", "3", "4", "5", "6", "7"}));
  EXPECT_TRUE(AgreementNumbered(meeting, "2")["heading"]);
  EXPECT_FALSE(AgreementNumbered(meeting, "2.a")["heading"]);
  EXPECT_EQ(AgreementNumbered(meeting, "1")["verb"], "thank");
  EXPECT_TRUE(AgreementNumbered(meeting, "7")["text"]["es"].is_null());

  const auto& translation = AgreementNumbered(meeting, "2.a")["commitments"];
  ASSERT_EQ(translation.size(), 1u);
  EXPECT_EQ(translation[0]["party"], "IOM");
  EXPECT_EQ(translation[0]["action"]["en"], "translate the study on key obstacles into English");
  EXPECT_TRUE(translation[0]["action"]["es"].is_null());
  // "in a two-month period" counts from the meeting: 15 January 2017.
  const auto& glossary = AgreementNumbered(meeting, "7")["commitments"];
  ASSERT_EQ(glossary.size(), 2u);
  EXPECT_EQ(glossary[0]["party"], "MEMBER_COUNTRIES");
  EXPECT_EQ(glossary[0]["deadline"]["text"], "in a two-month period");
  EXPECT_EQ(glossary[0]["deadline"]["kind"], "relative");
  EXPECT_EQ(glossary[0]["deadline"]["due"], "2017-01-15");
  // "during the next meeting of the RCGM" waits for that meeting to be scheduled.
  json work_plan;
  for (const auto& commitment : AgreementNumbered(meeting, "2.b")["commitments"]) {
    if (commitment["deadline"]["text"] == "during the next meeting of the RCGM") work_plan = commitment;
  }
  ASSERT_FALSE(work_plan.is_null()) << AgreementNumbered(meeting, "2.b").dump(2);
  EXPECT_EQ(work_plan["deadline"]["kind"], "event");
  EXPECT_TRUE(work_plan["deadline"]["due"].is_null());
  auto rcgm = ts.Post(
      "/api/v1/meetings",
      {{"body", "RCGM"}, {"type", "virtual"}, {"date", "2017-06-20"}, {"video_link", "https://meet.example/rcgm"}});
  ASSERT_EQ(rcgm.status, 201) << rcgm.body;
  auto scheduled = ts.Get("/api/v1/commitments/" + std::to_string(work_plan["id"].get<long long>())).Json();
  EXPECT_EQ(scheduled["deadline"]["due"], "2017-06-20");

  auto stored = ts.Get("/api/v1/imports/" + std::to_string(import["id"].get<long long>())).Json();
  EXPECT_EQ(stored["status"], "confirmed");
  EXPECT_EQ(stored["meeting"], answer["meeting"]);
  EXPECT_EQ(stored["reading"]["title"], reading["title"]);
  EXPECT_EQ(Confirm(ts, import, reading).ErrorCode(), "import_already_confirmed");

  auto audit = ts.Get("/api/v1/audit?action=import&outcome=ok").Json()["items"];
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0]["action"], "import.confirm");
  EXPECT_EQ(audit[0]["after"]["meeting"], answer["meeting"]);
  EXPECT_EQ(audit[1]["action"], "import.upload");
  EXPECT_EQ(ts.Get("/api/v1/audit?action=commitment.create").Json()["items"].size(),
            static_cast<std::size_t>(answer["commitments"].get<int>()));
}

TEST_P(ImportsTest, AReadingWithSeveralProblemsIsRefusedWholeAndSavesNothing) {
  auto ts = server().SignedIn("ts");
  auto import = UploadSeed(ts);
  auto reading = import["reading"];
  reading["body_code"] = "NO_SUCH_BODY";
  reading["meeting_type"] = "annual";
  reading["place"]["country"] = "Honduras";
  reading["agreements"][0]["number"] = "";
  reading["agreements"][3]["commitments"][0]["party"] = "XX";
  reading["agreements"][8]["commitments"][0]["deadline"] = "whenever it suits";
  reading["agreements"][8]["commitments"][1]["action"] = nullptr;
  auto before = MeetingCount(ts);
  auto commitments_before = ts.Get("/api/v1/commitments").Json()["items"].size();

  auto refused = Confirm(ts, import, reading);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.ErrorCode(), "validation_failed");
  auto fields = FieldsOf(refused);
  for (const auto* expected :
       {"body_code unknown_body", "meeting_type invalid_value", "place.country unknown_country",
        "agreements[0].number required", "agreements[3].commitments[0].party unknown_party",
        "agreements[8].commitments[0].deadline deadline_unreadable", "agreements[8].commitments[1].action required"}) {
    EXPECT_TRUE(fields.contains(expected)) << expected << " missing from " << refused.body;
  }
  // Each problem has its own message, not the catalogue's fallback.
  auto body = refused.Json();
  for (const auto& field : body["error"]["fields"]) {
    if (field["code"] == "invalid_value") continue;
    EXPECT_NE(field["message"], "The value is not valid.") << field.dump();
  }
  EXPECT_EQ(MeetingCount(ts), before);
  EXPECT_EQ(ts.Get("/api/v1/commitments").Json()["items"].size(), commitments_before);
  EXPECT_EQ(ts.Get("/api/v1/imports/" + std::to_string(import["id"].get<long long>())).Json()["status"], "pending");

  // A reading that is not even the right shape is refused field by field too.
  auto malformed =
      Confirm(ts, import, {{"language", "en"}, {"agreements", "all of them"}}, "create", {.unchecked = true});
  EXPECT_EQ(malformed.status, 422) << malformed.body;
  EXPECT_TRUE(FieldsOf(malformed).contains("agreements invalid_type")) << malformed.body;
  EXPECT_EQ(ts.Post("/api/v1/imports/" + std::to_string(import["id"].get<long long>()) + "/confirm",
                    {{"reading", reading}, {"mode", "merge"}}, {.unchecked = true})
                .status,
            422);
  EXPECT_EQ(MeetingCount(ts), before);
}

// Issue 11, item 3: a name the reader cannot resolve is flagged, never given raw; confirming
// refuses it until the TS maps it to a code or drops it; the mapping is kept as an alias of the
// process, so that the next report writing that name is read with its code; the saved reading says
// which fields the review corrected.
TEST_P(ImportsTest, ANameMappedInReviewIsReadWithItsCodeInTheNextImport) {
  auto ts = server().SignedIn("ts");
  auto report = [](const std::string& day) {
    return "The Network met in Tegucigalpa, Honduras, on " + day +
           " May 2019.\n\nThe Network agreed:\n\n1. Thank the Office for Border Studies for its report.\n\n"
           "2. Request the TS to circulate the report to the member countries.\n";
  };
  auto first = ts.Post("/api/v1/imports", {{"text", report("5")}, {"language", "en"}});
  ASSERT_EQ(first.status, 201) << first.body;
  auto import = first.Json();
  auto path = "/api/v1/imports/" + std::to_string(import["id"].get<long long>());
  auto reading = import["reading"];
  ASSERT_EQ(reading["agreements"].size(), 2u) << reading.dump(2);
  EXPECT_EQ(reading["agreements"][0]["parties"], json::parse(R"([{"unresolved": "Office for Border Studies"}])"));
  bool flagged = false;
  for (const auto& problem : import["problems"]) {
    flagged = flagged || (problem["field"] == "agreements[0].parties[0]" && problem["code"] == "party_unresolved");
  }
  EXPECT_TRUE(flagged) << import["problems"].dump(2);

  reading["body_code"] = "SMUGGLING_TIP_NETWORK";
  reading["meeting_type"] = "regular";
  auto refused = Confirm(ts, import, reading);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(FieldsOf(refused).contains("agreements[0].parties[0] party_unresolved")) << refused.body;

  reading["agreements"][0]["parties"] = json::array({"IOM"});
  reading["aliases"] = json::parse(R"([{"name": "Office for Border Studies", "code": "NO_SUCH_BODY"}])");
  refused = Confirm(ts, import, reading);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(FieldsOf(refused).contains("aliases[0].code unknown_party")) << refused.body;

  reading["aliases"][0]["code"] = "IOM";
  auto confirmed = Confirm(ts, import, reading);
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;
  auto corrected = ts.Get(path).Json()["reading"]["corrected"];
  auto has = [&](const std::string& field) {
    return std::find(corrected.begin(), corrected.end(), json(field)) != corrected.end();
  };
  EXPECT_TRUE(has("agreements[0].parties")) << corrected.dump();
  EXPECT_TRUE(has("body_code")) << corrected.dump();
  EXPECT_FALSE(has("agreements[1].parties")) << corrected.dump();

  // The next report of the process that writes the name is read with the code.
  auto second = ts.Post("/api/v1/imports", {{"text", report("9")}, {"language", "en"}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.Json()["reading"]["agreements"][0]["parties"], json::array({"IOM"}));
  EXPECT_EQ(second.Json()["reading"]["agreements"][0]["confidence"]["parties"]["reason"], "process_alias");
  // Only the Technical Secretariat reviews: another user cannot confirm aliases in.
  auto hn = server().SignedIn("hn");
  EXPECT_EQ(Confirm(hn, second.Json(), reading).status, 403);
}

TEST_P(ImportsTest, TheSameReportAgainIsRecognisedAndUpdatesItsMeetingInsteadOfDoublingIt) {
  auto ts = server().SignedIn("ts");
  auto first = UploadSeed(ts);
  auto confirmed = Confirm(ts, first, first["reading"]);
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;
  auto meeting_id = confirmed.Json()["meeting"].get<long long>();
  auto meeting = Meeting(ts, meeting_id);
  // Progress is reported on one commitment: an update must not lose it.
  auto glossary = AgreementNumbered(meeting, "7")["commitments"][0];
  auto report = ts.Post("/api/v1/commitments/" + std::to_string(glossary["id"].get<long long>()) + "/updates",
                        {{"text", "Honduras sent its comments"}, {"country", "HN"}});
  ASSERT_EQ(report.status, 201) << report.body;
  auto agreement_7 = AgreementNumbered(meeting, "7")["id"];
  auto meetings = MeetingCount(ts);

  auto second = UploadSeed(ts);
  EXPECT_EQ(second["duplicate_of"], meeting_id);
  EXPECT_EQ(second["reading"]["title"], meeting["title"]["en"]);
  auto duplicate = Confirm(ts, second, second["reading"], "create");
  EXPECT_EQ(duplicate.status, 409) << duplicate.body;
  EXPECT_EQ(duplicate.ErrorCode(), "duplicate_report");
  EXPECT_EQ(duplicate.Json()["error"]["detail"], std::to_string(meeting_id));
  EXPECT_EQ(MeetingCount(ts), meetings);

  // The reviewer drops agreement 6 and rewrites agreement 1, then updates the meeting.
  auto reading = second["reading"];
  reading["agreements"].erase(7);
  reading["agreements"][0]["text"] = "Thank the delegations for sharing their updates.";
  auto updated = Confirm(ts, second, reading, "update");
  ASSERT_EQ(updated.status, 201) << updated.body;
  auto answer = updated.Json();
  EXPECT_EQ(answer["meeting"], meeting_id);
  EXPECT_FALSE(answer["created"]);
  ASSERT_EQ(answer["kept_commitments"].size(), 1u);
  EXPECT_EQ(answer["kept_commitments"][0]["id"], glossary["id"]);
  EXPECT_EQ(answer["kept_commitments"][0]["agreement_number"], "7");
  EXPECT_EQ(MeetingCount(ts), meetings);

  auto after = Meeting(ts, meeting_id);
  std::vector<std::string> numbers;
  for (const auto& agreement : after["agreements"]) numbers.push_back(agreement["number"]);
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2", "2.a", "2.b", "3", "4", "5", "7"}));
  EXPECT_EQ(AgreementNumbered(after, "1")["text"]["en"], "Thank the delegations for sharing their updates.");
  // Agreement 7 is the same record, with its reported-on commitment once, not twice.
  EXPECT_EQ(AgreementNumbered(after, "7")["id"], agreement_7);
  const auto& commitments = AgreementNumbered(after, "7")["commitments"];
  ASSERT_EQ(commitments.size(), 2u) << commitments.dump(2);
  EXPECT_EQ(commitments[0]["id"], glossary["id"]);
  EXPECT_EQ(ts.Get("/api/v1/commitments/" + std::to_string(glossary["id"].get<long long>())).Json()["updates"].size(),
            1u);
}

TEST_P(ImportsTest, TheDocxOfAReportImportedFromItsTextIsTheSameReport) {
  auto ts = server().SignedIn("ts");
  auto text = UploadSeed(ts);
  // The reviewer moved the date, so only the fingerprint can recognise the report now.
  auto reading = text["reading"];
  reading["date"] = "2016-11-16";
  auto confirmed = Confirm(ts, text, reading);
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;

  auto docx = Upload(ts, "Informe San Pedro Sula.docx", SeedAsDocx());
  ASSERT_EQ(docx.status, 201) << docx.body;
  auto import = docx.Json();
  EXPECT_EQ(import["format"], "docx");
  EXPECT_EQ(import["reading"]["agreements"].size(), 9u);
  EXPECT_EQ(import["duplicate_of"], confirmed.Json()["meeting"]);
}

TEST_P(ImportsTest, AWordDocumentWithAutomaticNumberingIsRead) {
  auto ts = server().SignedIn("ts");
  auto expected = json::parse(ReadFile(GoldenCasesDir() + "007_red_ninez_2019_es.expected.json"));
  auto upload = Upload(ts, "007_red_ninez_2019_es.docx", ReadFile(GoldenCasesDir() + "007_red_ninez_2019_es.docx"));
  ASSERT_EQ(upload.status, 201) << upload.body;
  auto reading = upload.Json()["reading"];
  EXPECT_EQ(reading["format"], "docx");
  EXPECT_EQ(reading["language"], "es");
  ASSERT_EQ(reading["agreements"].size(), expected["agreements"].size());
  for (std::size_t i = 0; i < expected["agreements"].size(); ++i) {
    EXPECT_EQ(reading["agreements"][i]["number"], expected["agreements"][i]["number"]);
  }
  EXPECT_EQ(reading["date"], expected["date"]);
}

// Issue 9, finding 2b: poppler runs in a child (`enlace read-pdf`) with limits; the server only
// sees its answer, or a clear 422 when the child hangs, crashes or runs out of memory.
TEST_P(ImportsTest, APdfIsReadInAChildProcessAndAChildThatHangsIsARefusal) {
  struct Restore {
    PdfReaderOptions saved = CurrentPdfReaderOptions();
    ~Restore() { ConfigurePdfReader(saved); }
  } restore;
  auto ts = server().SignedIn("ts");
  ConfigurePdfReader(PdfReaderOptions{.executable = ENLACE_BINARY});
  auto pdf =
      Upload(ts, "009_vice_ministerial_2018_en.pdf", ReadFile(GoldenCasesDir() + "009_vice_ministerial_2018_en.pdf"));
  ASSERT_EQ(pdf.status, 201) << pdf.body;
  EXPECT_EQ(pdf.Json()["reading"]["format"], "pdf");
  EXPECT_FALSE(pdf.Json()["reading"]["agreements"].empty());

  auto folder = std::filesystem::temp_directory_path() / ("enlace-hang-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  auto script = folder / "hang.sh";
  {
    std::ofstream out(script);
    out << "#!/bin/sh\nexec sleep 60\n";
  }
  std::filesystem::permissions(script, std::filesystem::perms::owner_all);
  PdfReaderOptions hanging{.executable = script.string()};
  hanging.limits.wall = std::chrono::milliseconds(500);
  ConfigurePdfReader(hanging);
  auto started = std::chrono::steady_clock::now();
  auto hung = Upload(ts, "hang.pdf", ReadFile(GoldenCasesDir() + "009_vice_ministerial_2018_en.pdf"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  EXPECT_EQ(hung.status, 422) << hung.body;
  EXPECT_NE(hung.body.find("document_too_demanding"), std::string::npos) << hung.body;
  std::filesystem::remove_all(folder);
}

TEST_P(ImportsTest, AFileThatIsNotAReportIsRefusedWithAClearReason) {
  auto ts = server().SignedIn("ts");
  auto field_code = [](const HttpResponse& response) {
    auto fields = response.Json()["error"]["fields"];
    return fields.empty() ? std::string()
                          : fields[0]["field"].get<std::string>() + " " + fields[0]["code"].get<std::string>();
  };
  std::string noise;
  unsigned state = 12345;
  for (int i = 0; i < 50000; ++i) {
    state = state * 1103515245u + 12345u;
    noise.push_back(static_cast<char>(state >> 16));
  }
  auto random = Upload(ts, "scan.bin", noise);
  EXPECT_EQ(random.status, 422) << random.body;
  EXPECT_EQ(field_code(random), "file unsupported_format");

  auto empty = Upload(ts, "empty.txt", "");
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(field_code(empty), "file unreadable_document");

  // A zip bomb: a few kilobytes that would expand to 64 MB.
  auto bomb = WriteZip({{"word/document.xml", "<w:document xmlns:w=\"x\"><w:body>" + std::string(64u << 20, ' ') +
                                                  "</w:body></w:document>"}});
  ASSERT_TRUE(bomb);
  ASSERT_LT(bomb->size(), 1u << 20);
  auto exploded = Upload(ts, "bomb.docx", *bomb);
  EXPECT_EQ(exploded.status, 422) << exploded.body;
  EXPECT_EQ(field_code(exploded), "file docx_too_large");

  // Issue 9, finding 2: 50,000 elements nested in one paragraph (a 1.7 KB file) crashed the server.
  std::string nested;
  for (int i = 0; i < 50000; ++i) nested += "<w:r>";
  for (int i = 0; i < 50000; ++i) nested += "</w:r>";
  auto deep = WriteZip(
      {{"word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p>" + nested + "</w:p></w:body></w:document>"}});
  ASSERT_TRUE(deep);
  auto too_deep = Upload(ts, "deep.docx", *deep);
  EXPECT_EQ(too_deep.status, 422) << too_deep.body;
  EXPECT_EQ(field_code(too_deep), "file document_too_deep");

  auto legacy = Upload(ts, "old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(1000, '\0'));
  EXPECT_EQ(field_code(legacy), "file unsupported_format");

  auto prose = Upload(ts, "letter.txt", "Dear colleagues, we look forward to seeing you in San José next year.");
  EXPECT_EQ(prose.status, 422) << prose.body;
  EXPECT_EQ(field_code(prose), "file no_agreements_found");

  auto huge = Upload(ts, "huge.txt", std::string((20u << 20) + 10, 'a'));
  EXPECT_EQ(huge.status, 413) << huge.body.substr(0, 300);
  EXPECT_EQ(huge.ErrorCode(), "file_too_large");

  EXPECT_EQ(field_code(ts.Post("/api/v1/imports", {{"text", "   "}})), "text required");
  EXPECT_EQ(
      field_code(ts.Post("/api/v1/imports", {{"text", "1. Thank IOM."}, {"language", "fr"}}, {.unchecked = true})),
      "language invalid_value");
  EXPECT_EQ(ts.Post("/api/v1/imports", {{"text", std::string(2u << 20, 'a')}}).status, 413);
  // The message says what is wrong in the reader's language.
  ts.set_language("es");
  auto spanish = Upload(ts, "scan.bin", noise);
  EXPECT_NE(spanish.Json()["error"]["fields"][0]["message"].get<std::string>().find("archivo"), std::string::npos)
      << spanish.body;
}

TEST_P(ImportsTest, OnlyTheSecretariatImportsReports) {
  auto ts = server().SignedIn("ts");
  auto import = UploadSeed(ts);
  auto path = "/api/v1/imports/" + std::to_string(import["id"].get<long long>());
  for (const auto* who : {"hn", "observer", "civil"}) {
    auto client = server().SignedIn(who);
    EXPECT_EQ(Upload(client, kSeed, ReadFile(GoldenCasesDir() + kSeed)).status, 403) << who;
    EXPECT_EQ(client.Get(path).status, 403) << who;
    EXPECT_EQ(client.Post(path + "/confirm", {{"reading", import["reading"]}}).status, 403) << who;
  }
  EXPECT_EQ(server().Anonymous().Get(path).status, 401);
  EXPECT_EQ(ts.Get(path).Json()["status"], "pending");
}

}  // namespace
}  // namespace enlace::testing
