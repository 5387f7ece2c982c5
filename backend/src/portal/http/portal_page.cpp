// The public page as plain HTML: headings, lists and links, no script and no style (the server's
// Content-Security-Policy forbids inline ones, and a slow connection is better off without).
// Every text that comes from the data is escaped; the words come from texts/<language>.json.
#include <string>
#include <string_view>

#include "kernel/domain/html.hpp"
#include "kernel/domain/wording.hpp"
#include "portal/domain/text_keys.hpp"
#include "portal/http/portal_routes.hpp"

namespace enlace::http {
namespace {

// The side of a bilingual text in `language`, else the other side.
std::string PortalPick(const LocalizedText& text, const std::string& language) { return text.In(language); }

class PortalPage {
 public:
  PortalPage(const PortalSummary& summary, const Texts& texts, const std::string& language)
      : summary_(summary), words_(Wording::ForReader(texts, language)), language_(words_.language()) {}

  std::string Render() {
    auto process = PortalPick(summary_.reference.process.name, language_);
    auto other = words_(text_keys::kPortalOtherLanguageCode);
    html_ += "<!doctype html>\n<html lang=\"" + EscapeHtml(language_) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    html_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html_ += "<title>" + EscapeHtml(words_(text_keys::kPortalTitle, {{"process", process}})) + "</title>\n";
    html_ += "</head>\n<body>\n<header>\n<nav><a href=\"/login\">" + EscapeHtml(words_(text_keys::kPortalSignIn)) +
             "</a> · <a href=\"/api/v1/public/page?lang=" + EscapeHtml(other) + "\" hreflang=\"" + EscapeHtml(other) +
             "\" lang=\"" + EscapeHtml(other) + "\">" + EscapeHtml(words_(text_keys::kPortalOtherLanguage)) +
             "</a></nav>\n";
    html_ += "<h1>" + EscapeHtml(process) + "</h1>\n";
    html_ += "<p>" + EscapeHtml(words_(text_keys::kPortalIntro, {{"process", process}})) + "</p>\n";
    html_ += "<p><small>" + EscapeHtml(words_(text_keys::kPortalPlainNote)) + "</small></p>\n</header>\n<main>\n";
    Meetings();
    Documents();
    Members();
    Bodies();
    html_ += "</main>\n</body>\n</html>\n";
    return std::move(html_);
  }

 private:
  std::string LanguageName(std::string_view code) const {
    return words_(code == "en" ? text_keys::kPortalEnglish : text_keys::kPortalSpanish);
  }

  std::string BodyName(const std::string& code) const {
    for (const auto& organization : summary_.reference.organizations) {
      if (organization.code == code) return PortalPick(organization.name, language_);
    }
    for (const auto& network : summary_.reference.networks) {
      if (network.code == code) return PortalPick(network.name, language_);
    }
    return code;
  }

  std::string CountryName(const std::string& code) const {
    for (const auto& country : summary_.reference.countries) {
      if (country.code == code) return PortalPick(country.name, language_);
    }
    return code;
  }

  std::string StatusWords(ReportStatus status) const {
    switch (status) {
      case ReportStatus::kSubmitted:
        return words_(text_keys::kPortalReportSubmitted);
      case ReportStatus::kConsidered:
        return words_(text_keys::kPortalReportConsidered);
      default:
        return words_(text_keys::kPortalReportAdopted);
    }
  }

  void Meetings() {
    html_ += "<section>\n<h2>" + EscapeHtml(words_(text_keys::kPortalMeetings)) + "</h2>\n";
    if (summary_.meetings.empty()) {
      html_ += "<p>" + EscapeHtml(words_(text_keys::kPortalNoMeetings)) + "</p>\n";
    }
    for (const auto& item : summary_.meetings) {
      const auto& meeting = item.meeting;
      auto title = PortalPick(meeting.title, language_);
      if (title.empty()) {
        title = BodyName(meeting.body) + " — " + meeting.place.city + " " + FormatIsoDate(meeting.date).substr(0, 4);
      }
      html_ += "<article>\n<h3>" + EscapeHtml(title) + "</h3>\n<p>";
      std::string where = meeting.place.city;
      if (!meeting.place.country.empty()) where += (where.empty() ? "" : ", ") + CountryName(meeting.place.country);
      if (!where.empty()) html_ += EscapeHtml(where) + " · ";
      html_ += "<time datetime=\"" + FormatIsoDate(meeting.date) + "\">" + FormatIsoDate(meeting.date) + "</time> · " +
               EscapeHtml(StatusWords(meeting.report_status)) + "</p>\n<ul>\n";
      auto base = "/api/v1/meetings/" + std::to_string(meeting.id) + "/report";
      for (std::string_view language : {"es", "en"}) {
        for (std::string_view format : {"pdf", "docx"}) {
          std::string upper = format == "pdf" ? "PDF" : "DOCX";
          html_ +=
              "<li><a href=\"" + base + "?format=" + std::string(format) + "&amp;lang=" + std::string(language) +
              "\" hreflang=\"" + std::string(language) + "\">" +
              EscapeHtml(words_(text_keys::kPortalReport, {{"language", LanguageName(language)}, {"format", upper}})) +
              "</a></li>\n";
        }
      }
      for (const auto& document : summary_.documents) {
        if (document.fields.meeting && *document.fields.meeting == meeting.id) DocumentItem(document);
      }
      html_ += "</ul>\n</article>\n";
    }
    html_ += "</section>\n";
  }

  void DocumentItem(const Document& document) {
    const auto* current = document.Current();
    html_ += "<li>";
    if (!document.fields.symbol.empty()) html_ += EscapeHtml(document.fields.symbol) + " — ";
    html_ += EscapeHtml(PortalPick(document.fields.title, language_));
    if (current) {
      for (const auto& language : current->Languages()) {
        html_ += " · <a href=\"/api/v1/documents/" + std::to_string(document.id) + "/versions/" +
                 std::to_string(current->number) + "/files/" + EscapeHtml(language) + "\" hreflang=\"" +
                 EscapeHtml(language) + "\">" +
                 EscapeHtml(words_(text_keys::kPortalDownload, {{"language", LanguageName(language)}})) + "</a>";
      }
    }
    html_ += "</li>\n";
  }

  void Documents() {
    html_ += "<section>\n<h2>" + EscapeHtml(words_(text_keys::kPortalDocuments)) + "</h2>\n";
    if (summary_.documents.empty()) {
      html_ += "<p>" + EscapeHtml(words_(text_keys::kPortalNoDocuments)) + "</p>\n";
    } else {
      html_ += "<ul>\n";
      for (const auto& document : summary_.documents) DocumentItem(document);
      html_ += "</ul>\n";
    }
    html_ += "</section>\n";
  }

  void Members() {
    html_ += "<section>\n<h2>" + EscapeHtml(words_(text_keys::kPortalMembers)) + "</h2>\n<ul>\n";
    for (const auto& country : summary_.reference.countries) {
      if (country.status == CountryStatus::kMember)
        html_ += "<li>" + EscapeHtml(PortalPick(country.name, language_)) + "</li>\n";
    }
    html_ += "</ul>\n</section>\n";
  }

  void Bodies() {
    html_ += "<section>\n<h2>" + EscapeHtml(words_(text_keys::kPortalBodies)) + "</h2>\n<ul>\n";
    for (const auto& organization : summary_.reference.organizations) {
      if (organization.kind == "process_body") {
        html_ += "<li>" + EscapeHtml(PortalPick(organization.name, language_)) + "</li>\n";
      }
    }
    for (const auto& network : summary_.reference.networks) {
      html_ += "<li>" + EscapeHtml(PortalPick(network.name, language_)) + "</li>\n";
    }
    html_ += "</ul>\n</section>\n";
  }

  const PortalSummary& summary_;
  Wording words_;
  std::string language_;
  std::string html_;
};

}  // namespace

std::string PortalPageHtml(const PortalSummary& summary, const Texts& texts, const std::string& language) {
  return PortalPage(summary, texts, language).Render();
}

}  // namespace enlace::http
