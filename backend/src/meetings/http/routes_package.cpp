// A meeting's package for offline use (issue 13 item 5, M31): one ZIP with the meeting's files
// the caller may read, the report as PDF and DOCX, the agreements and commitments as CSV, an
// index.html that opens from file:// with no server, and manifest-sha256.txt (BagIt style:
// "<sha256>  <path>" for every other file). The meeting's library documents the caller may read
// join it under documents/, each at its frozen version (the latest distributed, else the latest
// named, else the current: documents/domain/document_package.hpp), through the PackageDocuments
// hook the documents capability registers (meetings/domain/package_documents.hpp).
//
// Streamed (issue 13): the ZIP is written to a file in a private temporary folder, the meeting's
// files and documents pulled from the database a piece at a time (MeetingService::FileRange, and
// the readers the documents capability gives), and sent with sendfile from a descriptor whose file
// is already unlinked, so that neither building nor sending holds the files in memory. Each download is recorded
// (meeting_packages, and "meeting.package" in the audit log); the index lists what changed since the package named by
// ?since=ID, else since the last one the caller's delegation downloaded.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "kernel/domain/files.hpp"
#include "kernel/domain/html.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text_fold.hpp"
#include "kernel/domain/wording.hpp"
#include "kernel/formats/zip_archive.hpp"
#include "kernel/http/body_file.hpp"
#include "kernel/http/csv.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/handlers.hpp"
#include "meetings/domain/package_changes.hpp"
#include "meetings/http/meeting_routes.hpp"
#include "meetings/report/report_document.hpp"
#include "meetings/report/text_keys.hpp"

namespace enlace::http {
namespace {

namespace keys = text_keys::package;

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
  std::string note;  // after the link: a document's version, "only in English"
};

// A library document's file extension: its name's, else its type's.
std::string PackageExtension(const StoredFile& file) {
  auto dot = file.file_name.rfind('.');
  if (dot != std::string::npos && dot + 1 < file.file_name.size() && file.file_name.size() - dot <= 6) {
    auto extension = SafeName(file.file_name.substr(dot + 1));
    if (extension != "file" && extension.find_first_of(".-") == std::string::npos) return extension;
  }
  return std::string(ExtensionOf(file.content_type));
}

// Formats that are compressed already are stored as they are; deflating them again costs time.
bool PackageStoresAsIs(const std::string& content_type) {
  return content_type == "application/pdf" || content_type.starts_with("image/") ||
         content_type.starts_with("application/vnd.openxmlformats") ||
         content_type.starts_with("application/vnd.oasis") || content_type == "application/zip";
}

// A private folder for one package, removed (with what is in it) when it goes.
class PackageFolder {
 public:
  PackageFolder() {
    auto pattern = (std::filesystem::temp_directory_path() / "enlace-package-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;  // mode 0700
  }
  ~PackageFolder() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  PackageFolder(const PackageFolder&) = delete;
  PackageFolder& operator=(const PackageFolder&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::optional<std::int64_t> PackageSince(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  std::int64_t value = 0;
  if (text->empty() || text->size() > 18) return -1;
  for (char c : *text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value > 0 ? value : -1;
}

}  // namespace

void AddMeetingPackageRoutes(Router& router_, MeetingRouteServices services_, const SecretGenerator& secrets_) {
  router_.Add(
      "GET", "/api/v1/meetings/{id}/package",
      {.summary = "Everything of a meeting for offline use, as a ZIP: its files the caller may read (files/), the "
                  "meeting's library documents the caller may read (documents/<symbol or title>-v<n>-<lang>.<ext>), "
                  "each at its frozen version — the latest distributed, else the latest named, else the current — "
                  "in the language asked for (else the other, said so in the index) or both, the report as "
                  "PDF and DOCX, agreements and commitments as CSV, an index.html that opens without a server, "
                  "and manifest-sha256.txt",
       .tag = "meetings",
       .response_types = {"application/zip"},
       .query = {{"lang", "es, en or both (default: both)"},
                 {"since",
                  "the id of an earlier package of this meeting: the index lists what changed since it "
                  "(default: since the last one the caller's delegation downloaded)"}},
       .who = "signed in"},
      [services_, &secrets_](Request& request) {
        auto id = PathId<MeetingId>(request);
        if (!id) return ErrorResponse(id.error(), request);
        auto lang = request.Query("lang").value_or("both");
        if (lang != "es" && lang != "en" && lang != "both")
          return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "lang"), request);
        std::vector<std::string> languages =
            lang == "both" ? std::vector<std::string>{"es", "en"} : std::vector<std::string>{lang};
        auto since = PackageSince(request.Query("since"));
        if (since && *since < 0) return ErrorResponse(Error::Invalid(reasons::kInvalidQuery, "since"), request);
        auto context = request.Context();
        auto detail = services_.meetings.Get(context, *id);
        if (!detail) return ErrorResponse(detail.error(), request);
        const auto& meeting = detail->meeting;

        auto previous = services_.meetings.PreviousPackage(context, *id, since);
        if (!previous) return ErrorResponse(previous.error(), request);

        std::vector<ZipStreamEntry> entries;
        std::string manifest;  // of every entry but index.html and the manifest itself
        std::map<std::string, std::vector<PackageFile>> listed;            // per language, what index.html links
        std::map<std::string, std::vector<PackageFile>> listed_documents;  // per language, the library's
        // The meeting's files, pulled from the database piece by piece while the ZIP is written; their
        // SHA-256 is the one recorded when they were uploaded.
        std::set<std::string> names;
        std::vector<PackageFile> files;
        for (const auto& file : meeting.files) {
          auto name = SafeName(file.file_name);
          for (int n = 2; names.contains(name); ++n) name = std::to_string(n) + "-" + SafeName(file.file_name);
          names.insert(name);
          auto meeting_id = *id;
          auto file_id = file.id;
          entries.push_back({.name = "files/" + name,
                             .read = [services_, context, meeting_id, file_id](
                                         std::int64_t offset, std::int64_t length) -> std::optional<std::string> {
                               auto bytes = services_.meetings.FileRange(context, meeting_id, file_id, offset, length);
                               if (!bytes) return std::nullopt;
                               return std::move(*bytes);
                             },
                             .size = file.size,
                             .deflate = !PackageStoresAsIs(file.content_type)});
          manifest += file.sha256 + "  files/" + name + "\n";
          files.push_back({"files/" + name, file.file_name});
        }
        // The meeting's library documents, at their frozen versions, read piece by piece the same way;
        // their SHA-256 is also the one recorded at upload.
        auto documents = services_.documents.For(context, meeting.id, languages);
        struct DocumentEntry {
          std::string path;
          std::string language;  // of the file
        };
        std::vector<std::vector<DocumentEntry>> document_entries;
        for (const auto& document : documents) {
          auto& paths = document_entries.emplace_back();
          for (const auto& file : document.files) {
            auto stem = SafeName(document.symbol.empty() ? InLanguage(document.title, file.language) : document.symbol);
            auto name = stem + "-v" + std::to_string(document.version) + "-" + file.language + "." +
                        PackageExtension(file.file);
            auto unique = name;
            for (int n = 2; names.contains("documents/" + unique); ++n) unique = std::to_string(n) + "-" + name;
            names.insert("documents/" + unique);
            auto path = "documents/" + unique;
            entries.push_back({.name = path,
                               .read = file.read,
                               .size = file.file.size,
                               .deflate = !PackageStoresAsIs(file.file.content_type)});
            manifest += file.file.sha256 + "  " + path + "\n";
            paths.push_back({path, file.language});
          }
        }
        auto add = [&](std::string name, std::string content) {
          manifest += secrets_.Sha256Hex(content) + "  " + name + "\n";
          entries.push_back({.name = std::move(name), .content = std::move(content)});
        };

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
          document.annexes = services_.annexes.For(context, meeting.id, language);
          auto pdf = RenderReportPdf(document, services_.texts);
          if (!pdf) return ErrorResponse(pdf.error(), request);
          auto docx = RenderReportDocx(document, services_.texts);
          if (!docx) return ErrorResponse(docx.error(), request);
          add("report-" + language + ".pdf", std::move(*pdf));
          add("report-" + language + ".docx", std::move(*docx));
          CsvWriter agreements;
          agreements.Row({words(keys::kNumber), words(keys::kText)});
          for (const auto& agreement : detail->agreements)
            agreements.Row({agreement.number, InLanguage(agreement.text, language)});
          add("agreements-" + language + ".csv", agreements.Finish());
          CsvWriter commitments;
          commitments.Row({words(keys::kNumber), words(keys::kParty), words(keys::kAction), words(keys::kDeadline),
                           words(keys::kStatus), words(keys::kProgress)});
          for (const auto& commitment : detail->commitments)
            commitments.Row({commitment.agreement_number, commitment.party, InLanguage(commitment.action, language),
                             commitment.deadline.text, std::string(ToString(commitment.status)),
                             std::to_string(commitment.progress)});
          add("commitments-" + language + ".csv", commitments.Finish());
          auto& list = listed[language];
          list.push_back({"report-" + language + ".pdf", words(keys::kReportPdf)});
          list.push_back({"report-" + language + ".docx", words(keys::kReportDocx)});
          list.push_back({"agreements-" + language + ".csv", words(keys::kAgreementsCsv)});
          list.push_back({"commitments-" + language + ".csv", words(keys::kCommitmentsCsv)});
          list.insert(list.end(), files.begin(), files.end());
          // Each document once: its file in this language, else the other one's, said so.
          auto& documents_listed = listed_documents[language];
          for (std::size_t d = 0; d < documents.size(); ++d) {
            const auto& document = documents[d];
            const auto& paths = document_entries[d];
            auto chosen = std::ranges::find(paths, language, &DocumentEntry::language);
            if (chosen == paths.end()) chosen = paths.begin();
            if (chosen == paths.end()) continue;
            auto title = InLanguage(document.title, language);
            auto label = document.symbol.empty() ? title : document.symbol + (title.empty() ? "" : " — " + title);
            TextParams params{{"version", std::to_string(document.version)},
                              {"date", FormatIsoTimestamp(document.at).substr(0, 10)},
                              {"name", document.name.value_or("")}};
            auto note = words(document.kind == PackageVersionKind::kDistributed ? keys::kVersionDistributed
                              : document.kind == PackageVersionKind::kNamed     ? keys::kVersionNamed
                                                                                : keys::kVersionCurrent,
                              params);
            if (chosen->language != language)
              note += " · " + words(chosen->language == "en" ? keys::kOnlyInEnglish : keys::kOnlyInSpanish);
            documents_listed.push_back({chosen->path, label, note});
          }
          list.push_back({"manifest-sha256.txt", words(keys::kManifest)});
        }

        // Recorded before it is written, so that its index can name it for the next one's ?since=.
        auto recorded =
            services_.meetings.RecordPackage(context, *id, lang, manifest, meeting.files,
                                             *previous ? std::optional((*previous)->id) : std::nullopt, documents);
        if (!recorded) return ErrorResponse(recorded.error(), request);
        std::optional<MeetingPackageChanges> changes;
        if (*previous) changes = CompareMeetingPackages((*previous)->manifest, manifest);

        // index.html: plain HTML with relative links, no script, so that it works from a USB stick.
        std::string html = "<!doctype html>\n<html lang=\"" + languages.front() +
                           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
                           "content=\"width=device-width, initial-scale=1\">\n<title>" +
                           EscapeHtml(InLanguage(meeting.title, languages.front())) +
                           "</title>\n<style>body{font-family:sans-serif;max-width:48rem;margin:1rem auto;padding:0 "
                           "1rem;line-height:1.5}section+section{border-top:1px solid #999;margin-top:2rem}</style>\n"
                           "</head>\n<body>\n";
        for (const auto& language : languages) {
          auto words = Wording::ForReader(services_.texts, language);
          auto title = InLanguage(meeting.title, language);
          if (title.empty()) title = meeting.body + " " + meeting.place.city;
          html += "<section lang=\"" + language + "\">\n<h1>" + EscapeHtml(title) + "</h1>\n<p>" +
                  EscapeHtml(words(keys::kTitle)) + " · " + EscapeHtml(FormatIsoDate(meeting.date)) +
                  (meeting.place.city.empty() ? "" : " · " + EscapeHtml(meeting.place.city)) + "</p>\n";
          if (!meeting.agenda.empty()) {
            html += "<h2>" + EscapeHtml(words(keys::kAgenda)) + "</h2>\n<ol>\n";
            for (const auto& item : meeting.agenda) html += "<li>" + EscapeHtml(InLanguage(item, language)) + "</li>\n";
            html += "</ol>\n";
          }
          html += "<p id=\"package-" + language + "\" data-package=\"" + std::to_string(recorded->id) + "\">" +
                  EscapeHtml(words(keys::kPackageNumber)) + " " + std::to_string(recorded->id) + "</p>\n";
          if (changes) {
            html += "<h2>" + EscapeHtml(words(keys::kChangesSince)) + " " + std::to_string((*previous)->id) + " (" +
                    EscapeHtml(FormatIsoTimestamp((*previous)->downloaded_at).substr(0, 10)) + ")</h2>\n";
            if (changes->empty()) html += "<p>" + EscapeHtml(words(keys::kNoChanges)) + "</p>\n";
            struct Kind {
              TextKey title;
              const char* name;
              const std::vector<std::string>* paths;
            };
            const Kind kinds[] = {{keys::kAdded, "added", &changes->added},
                                  {keys::kChanged, "changed", &changes->changed},
                                  {keys::kRemoved, "removed", &changes->removed}};
            for (const auto& kind : kinds) {
              if (kind.paths->empty()) continue;
              html += "<h3>" + EscapeHtml(words(kind.title)) + "</h3>\n<ul class=\"" + kind.name + "\">\n";
              for (const auto& changed_path : *kind.paths) {
                // A removed file is no longer in the package: named, not linked.
                html += kind.paths == &changes->removed ? "<li>" + EscapeHtml(changed_path) + "</li>\n"
                                                        : "<li><a href=\"" + EscapeHtml(changed_path) + "\">" +
                                                              EscapeHtml(changed_path) + "</a></li>\n";
              }
              html += "</ul>\n";
            }
          }
          html += "<h2>" + EscapeHtml(words(keys::kFiles)) + "</h2>\n<ul>\n";
          for (const auto& file : listed[language])
            html += "<li><a href=\"" + EscapeHtml(file.path) + "\">" + EscapeHtml(file.label) + "</a></li>\n";
          html += "</ul>\n";
          if (const auto& documents_listed = listed_documents[language]; !documents_listed.empty()) {
            html += "<h2>" + EscapeHtml(words(keys::kDocuments)) + "</h2>\n<ul class=\"documents\">\n";
            for (const auto& file : documents_listed)
              html += "<li><a href=\"" + EscapeHtml(file.path) + "\">" + EscapeHtml(file.label) + "</a> · " +
                      EscapeHtml(file.note) + "</li>\n";
            html += "</ul>\n";
          }
          if (!detail->agreements.empty()) {
            html += "<h2>" + EscapeHtml(words(keys::kAgreements)) + "</h2>\n<ul>\n";
            for (const auto& agreement : detail->agreements)
              html += "<li><strong>" + EscapeHtml(agreement.number) + ".</strong> " +
                      EscapeHtml(InLanguage(agreement.text, language)) + "</li>\n";
            html += "</ul>\n";
          }
          html += "</section>\n";
        }
        html += "</body>\n</html>\n";
        add("index.html", std::move(html));
        entries.push_back({.name = "manifest-sha256.txt", .content = manifest});

        PackageFolder folder;
        if (folder.path().empty())
          return ErrorResponse(Error::Internal("cannot create a folder for the package"), request);
        auto path = folder.path() + "/package.zip";
        auto written = WriteZipFile(path, entries);
        if (!written) return ErrorResponse(written.error(), request);
        int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        struct stat status {};
        if (descriptor < 0 || ::fstat(descriptor, &status) != 0) {
          if (descriptor >= 0) ::close(descriptor);
          return ErrorResponse(Error::Internal("cannot read the package back"), request);
        }
        // The folder and the file go when this returns; the open descriptor keeps the bytes until sent.
        std::string slug = SafeName(Fold(meeting.body + "-" + meeting.place.city + "-" + FormatIsoDate(meeting.date)));
        auto response = Attachment("application/zip", slug + "-" + lang + ".zip", "");
        SendFileBody(response, descriptor, static_cast<std::int64_t>(status.st_size));
        return response;
      });
}

}  // namespace enlace::http
