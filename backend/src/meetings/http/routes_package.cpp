// A meeting's package for offline use (issue 13 item 5, M31): one ZIP with the meeting's files
// the caller may read, the report as PDF and DOCX, the agreements and commitments as CSV, an
// index.html that opens from file:// with no server, and manifest-sha256.txt (BagIt style:
// "<sha256>  <path>" for every other file). Documents of the library join it when they exist.
#include <filesystem>
#include <set>

#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text_fold.hpp"
#include "kernel/domain/wording.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "kernel/http/csv.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "meetings/http/meeting_routes.hpp"
#include "meetings/report/report_document.hpp"
#include "meetings/report/text_keys.hpp"

namespace enlace::http {
namespace {

namespace keys = text_keys::package;

std::string Html(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A file name safe on every system and in a URL: folded, [a-z0-9._-], the extension kept.
std::string SafeName(const std::string& name) {
  std::string safe;
  for (char c : Fold(name)) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (keep) {
      safe += c;
    } else if (!safe.empty() && safe.back() != '-') {
      safe += '-';
    }
  }
  while (!safe.empty() && (safe.front() == '.' || safe.front() == '-')) safe.erase(safe.begin());
  return safe.empty() ? "file" : safe;
}

std::string InLanguage(const LocalizedText& text, const std::string& language) {
  const auto& first = language == "en" ? text.en : text.es;
  const auto& second = language == "en" ? text.es : text.en;
  return first ? *first : second.value_or("");
}

struct PackageFile {
  std::string path;
  std::string label;
};

}  // namespace

void AddMeetingPackageRoutes(Router& router_, MeetingRouteServices services_, const SecretGenerator& secrets_) {
  router_.Add(
      "GET", "/api/v1/meetings/{id}/package",
      {.summary = "Everything of a meeting for offline use, as a ZIP: its files the caller may read, the report as "
                  "PDF and DOCX, agreements and commitments as CSV, an index.html that opens without a server, "
                  "and manifest-sha256.txt",
       .tag = "meetings",
       .response_types = {"application/zip"},
       .query = {{"lang", "es, en or both (default: both)"}},
       .who = "signed in"},
      [services_, &secrets_](Request& request) {
        auto id = PathId<MeetingId>(request);
        if (!id) return ErrorResponse(id.error(), request);
        auto lang = request.Query("lang").value_or("both");
        if (lang != "es" && lang != "en" && lang != "both")
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "lang"), request);
        std::vector<std::string> languages =
            lang == "both" ? std::vector<std::string>{"es", "en"} : std::vector<std::string>{lang};
        auto context = request.Context();
        auto detail = services_.meetings.Get(context, *id);
        if (!detail) return ErrorResponse(detail.error(), request);
        const auto& meeting = detail->meeting;

        std::vector<ZipEntry> entries;
        std::map<std::string, std::vector<PackageFile>> listed;  // per language, what index.html links
        // The meeting's files, each read through the service (what the caller may read).
        std::set<std::string> names;
        std::vector<PackageFile> files;
        for (const auto& file : meeting.files) {
          auto download = services_.meetings.GetFile(context, *id, file.id);
          if (!download) continue;
          auto name = SafeName(file.file_name);
          for (int n = 2; names.contains(name); ++n) name = std::to_string(n) + "-" + SafeName(file.file_name);
          names.insert(name);
          entries.push_back({"files/" + name, std::move(download->content)});
          files.push_back({"files/" + name, file.file_name});
        }

        ReportDocument document;
        document.meeting = meeting;
        document.agreements = detail->agreements;
        document.commitments = detail->commitments;
        document.reference = services_.reference.Load(request.process_id);
        document.generated_at = services_.clock.Now();
        if (meeting.considered_at) {
          if (auto considered = services_.meetings.Get(context, *meeting.considered_at)) {
            document.considered_at = considered->meeting;
          }
        }
        for (const auto& language : languages) {
          auto words = Wording::ForReader(services_.texts, language);
          document.language = language;
          auto pdf = RenderReportPdf(document, services_.texts);
          if (!pdf) return ErrorResponse(pdf.error(), request);
          auto docx = RenderReportDocx(document, services_.texts);
          if (!docx) return ErrorResponse(docx.error(), request);
          entries.push_back({"report-" + language + ".pdf", std::move(*pdf)});
          entries.push_back({"report-" + language + ".docx", std::move(*docx)});
          CsvWriter agreements;
          agreements.Row({words(keys::kNumber), words(keys::kText)});
          for (const auto& agreement : detail->agreements)
            agreements.Row({agreement.number, InLanguage(agreement.text, language)});
          entries.push_back({"agreements-" + language + ".csv", agreements.Finish()});
          CsvWriter commitments;
          commitments.Row({words(keys::kNumber), words(keys::kParty), words(keys::kAction), words(keys::kDeadline),
                           words(keys::kStatus), words(keys::kProgress)});
          for (const auto& commitment : detail->commitments)
            commitments.Row({commitment.agreement_number, commitment.party, InLanguage(commitment.action, language),
                             commitment.deadline.text, std::string(ToString(commitment.status)),
                             std::to_string(commitment.progress)});
          entries.push_back({"commitments-" + language + ".csv", commitments.Finish()});
          auto& list = listed[language];
          list.push_back({"report-" + language + ".pdf", words(keys::kReportPdf)});
          list.push_back({"report-" + language + ".docx", words(keys::kReportDocx)});
          list.push_back({"agreements-" + language + ".csv", words(keys::kAgreementsCsv)});
          list.push_back({"commitments-" + language + ".csv", words(keys::kCommitmentsCsv)});
          list.insert(list.end(), files.begin(), files.end());
          list.push_back({"manifest-sha256.txt", words(keys::kManifest)});
        }

        // index.html: plain HTML with relative links, no script, so that it works from a USB stick.
        std::string html = "<!doctype html>\n<html lang=\"" + languages.front() +
                           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
                           "content=\"width=device-width, initial-scale=1\">\n<title>" +
                           Html(InLanguage(meeting.title, languages.front())) +
                           "</title>\n<style>body{font-family:sans-serif;max-width:48rem;margin:1rem auto;padding:0 "
                           "1rem;line-height:1.5}section+section{border-top:1px solid #999;margin-top:2rem}</style>\n"
                           "</head>\n<body>\n";
        for (const auto& language : languages) {
          auto words = Wording::ForReader(services_.texts, language);
          auto title = InLanguage(meeting.title, language);
          if (title.empty()) title = meeting.body + " " + meeting.place.city;
          html += "<section lang=\"" + language + "\">\n<h1>" + Html(title) + "</h1>\n<p>" + Html(words(keys::kTitle)) +
                  " · " + Html(FormatIsoDate(meeting.date)) +
                  (meeting.place.city.empty() ? "" : " · " + Html(meeting.place.city)) + "</p>\n";
          if (!meeting.agenda.empty()) {
            html += "<h2>" + Html(words(keys::kAgenda)) + "</h2>\n<ol>\n";
            for (const auto& item : meeting.agenda) html += "<li>" + Html(InLanguage(item, language)) + "</li>\n";
            html += "</ol>\n";
          }
          html += "<h2>" + Html(words(keys::kFiles)) + "</h2>\n<ul>\n";
          for (const auto& file : listed[language])
            html += "<li><a href=\"" + Html(file.path) + "\">" + Html(file.label) + "</a></li>\n";
          html += "</ul>\n";
          if (!detail->agreements.empty()) {
            html += "<h2>" + Html(words(keys::kAgreements)) + "</h2>\n<ul>\n";
            for (const auto& agreement : detail->agreements)
              html += "<li><strong>" + Html(agreement.number) + ".</strong> " +
                      Html(InLanguage(agreement.text, language)) + "</li>\n";
            html += "</ul>\n";
          }
          html += "</section>\n";
        }
        html += "</body>\n</html>\n";
        entries.push_back({"index.html", std::move(html)});

        std::string manifest;
        for (const auto& entry : entries) manifest += secrets_.Sha256Hex(entry.content) + "  " + entry.name + "\n";
        entries.push_back({"manifest-sha256.txt", std::move(manifest)});

        auto zip = WriteZip(entries);
        if (!zip) return ErrorResponse(zip.error(), request);
        std::string slug = SafeName(Fold(meeting.body + "-" + meeting.place.city + "-" + FormatIsoDate(meeting.date)));
        return Attachment("application/zip", slug + "-" + lang + ".zip", std::move(*zip));
      });
}

}  // namespace enlace::http
