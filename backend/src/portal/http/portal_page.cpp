// The public page as plain HTML: headings, lists and links, no script and no style (the server's
// Content-Security-Policy forbids inline ones, and a slow connection is better off without).
// Every text that comes from the data is escaped; the words come from texts/<language>.json.
#include <algorithm>
#include <cctype>
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
  PortalPage(const PortalSummary& summary, const Texts& texts, const std::string& language, const PortalPageView& view)
      : summary_(summary), words_(Wording::ForReader(texts, language)), language_(words_.language()), view_(view) {}

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
    html_ += "<p><small>" + EscapeHtml(words_(text_keys::kPortalPlainNote)) + "</small></p>\n";
    SearchForm();
    html_ += "</header>\n<main>\n";
    if (view_.results) {
      Results();
    } else {
      Meetings();
      Documents();
      Pager(summary_.meetings.size() > Last() || summary_.documents.size() > Last(), "");
      Members();
      Bodies();
    }
    html_ += "</main>\n</body>\n</html>\n";
    return std::move(html_);
  }

 private:
  // The page's address in this language, on page `page`, with the words searched for if any.
  std::string PageAddress(int page, const std::string& query) const {
    std::string address = "/api/v1/public/page?lang=" + EscapeHtml(language_);
    if (!query.empty()) address += "&amp;q=" + EscapeHtml(UrlEncoded(query));
    if (page > 1) address += "&amp;page=" + std::to_string(page);
    return address;
  }

  static std::string UrlEncoded(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string encoded;
    for (unsigned char c : text) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
        encoded += static_cast<char>(c);
      } else {
        encoded += '%';
        encoded += kHex[c >> 4];
        encoded += kHex[c & 15];
      }
    }
    return encoded;
  }

  std::size_t First() const { return static_cast<std::size_t>(view_.page - 1) * kPortalPageSize; }
  std::size_t Last() const { return First() + kPortalPageSize; }

  // Where a list item of the summary is: its page of the plain page, and its anchor.
  template <typename Item, typename Id>
  std::string Anchor(const std::vector<Item>& items, Id id, std::string_view kind, auto id_of) const {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (id_of(items[i]) == id) {
        return PageAddress(static_cast<int>(i / kPortalPageSize) + 1, "") + "#" + std::string(kind) + "-" +
               std::to_string(static_cast<long long>(id));
      }
    }
    return "";
  }

  void SearchForm() {
    html_ +=
        "<form method=\"get\" action=\"/api/v1/public/page\" role=\"search\">\n<input type=\"hidden\" "
        "name=\"lang\" value=\"" +
        EscapeHtml(language_) + "\">\n<label for=\"q\">" + EscapeHtml(words_(text_keys::kPortalSearchLabel)) +
        "</label>\n<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"200\" value=\"" + EscapeHtml(view_.query) +
        "\">\n<button type=\"submit\">" + EscapeHtml(words_(text_keys::kPortalSearchButton)) + "</button>\n</form>\n";
  }

  // A snippet's text escaped, its <mark> and </mark> kept.
  static std::string Snippet(const std::string& snippet) {
    std::string html;
    std::size_t at = 0;
    while (at < snippet.size()) {
      auto open = snippet.find("<mark>", at);
      auto close = snippet.find("</mark>", at);
      auto next = std::min(open, close);
      if (next == std::string::npos) {
        html += EscapeHtml(snippet.substr(at));
        break;
      }
      html += EscapeHtml(snippet.substr(at, next - at));
      html += next == open ? "<mark>" : "</mark>";
      at = next + (next == open ? 6 : 7);
    }
    return html;
  }

  std::string ResultKind(const std::string& type) const {
    if (type == "meeting") return words_(text_keys::kPortalResultMeeting);
    if (type == "agreement") return words_(text_keys::kPortalResultAgreement);
    if (type == "commitment") return words_(text_keys::kPortalResultCommitment);
    if (type == "document") return words_(text_keys::kPortalResultDocument);
    return words_(text_keys::kPortalResultOther);
  }

  std::string ResultLink(const SearchResult& result) const {
    auto meeting_of = [](const PortalMeeting& item) { return static_cast<long long>(item.meeting.id); };
    if (result.type == "meeting")
      return Anchor(summary_.meetings, static_cast<long long>(result.id), "meeting", meeting_of);
    if (result.parent_type == std::optional<std::string>("meeting") && result.parent_id) {
      return Anchor(summary_.meetings, static_cast<long long>(*result.parent_id), "meeting", meeting_of);
    }
    if (result.type == "document") {
      return Anchor(summary_.documents, static_cast<long long>(result.id), "document",
                    [](const Document& document) { return static_cast<long long>(document.id); });
    }
    return "";
  }

  void Results() {
    const auto& results = *view_.results;
    html_ += "<section>\n<h2>" + EscapeHtml(words_(text_keys::kPortalResults, {{"query", view_.query}})) + "</h2>\n";
    if (results.items.empty()) {
      html_ += "<p>" + EscapeHtml(words_(text_keys::kPortalNoResults)) + "</p>\n";
    } else {
      html_ += "<p>" +
               EscapeHtml(
                   words_(text_keys::kPortalResultsCount, {{"total", std::to_string(results.total)},
                                                           {"first", std::to_string(First() + 1)},
                                                           {"last", std::to_string(First() + results.items.size())}})) +
               "</p>\n<ol start=\"" + std::to_string(First() + 1) + "\">\n";
      for (const auto& result : results.items) {
        auto link = ResultLink(result);
        auto title = EscapeHtml(result.title);
        html_ += "<li><small>" + EscapeHtml(ResultKind(result.type)) + "</small> " +
                 (link.empty() ? title : "<a href=\"" + link + "\">" + title + "</a>");
        if (!result.snippet.empty()) html_ += "<br>" + Snippet(result.snippet);
        html_ += "</li>\n";
      }
      html_ += "</ol>\n";
    }
    Pager(static_cast<std::int64_t>(Last()) < results.total, view_.query);
    html_ += "<p><a href=\"" + PageAddress(1, "") + "\">" + EscapeHtml(words_(text_keys::kPortalBack)) + "</a></p>\n";
    html_ += "</section>\n";
  }

  // Links to the previous and next pages, when there are any.
  void Pager(bool more, const std::string& query) {
    if (view_.page <= 1 && !more) return;
    html_ += "<nav aria-label=\"" +
             EscapeHtml(words_(text_keys::kPortalPageOf, {{"page", std::to_string(view_.page)}})) + "\"><p>";
    if (view_.page > 1) {
      html_ += "<a href=\"" + PageAddress(view_.page - 1, query) + "\" rel=\"prev\">" +
               EscapeHtml(words_(text_keys::kPortalPrevious)) + "</a> ";
    }
    html_ += EscapeHtml(words_(text_keys::kPortalPageOf, {{"page", std::to_string(view_.page)}}));
    if (more) {
      html_ += " <a href=\"" + PageAddress(view_.page + 1, query) + "\" rel=\"next\">" +
               EscapeHtml(words_(text_keys::kPortalNext)) + "</a>";
    }
    html_ += "</p></nav>\n";
  }

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
    for (std::size_t i = First(); i < summary_.meetings.size() && i < Last(); ++i) {
      const auto& meeting = summary_.meetings[i].meeting;
      auto title = PortalPick(meeting.title, language_);
      if (title.empty()) {
        title = BodyName(meeting.body) + " — " + meeting.place.city + " " + FormatIsoDate(meeting.date).substr(0, 4);
      }
      html_ += "<article id=\"meeting-" + std::to_string(meeting.id) + "\">\n<h3>" + EscapeHtml(title) + "</h3>\n<p>";
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
        if (document.fields.meeting && *document.fields.meeting == meeting.id) DocumentItem(document, false);
      }
      html_ += "</ul>\n</article>\n";
    }
    html_ += "</section>\n";
  }

  // A document's line; `anchored` in the documents' own list (its id is unique on the page).
  void DocumentItem(const Document& document, bool anchored) {
    const auto* current = document.Current();
    html_ += anchored ? "<li id=\"document-" + std::to_string(document.id) + "\">" : "<li>";
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
      for (std::size_t i = First(); i < summary_.documents.size() && i < Last(); ++i)
        DocumentItem(summary_.documents[i], true);
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
  const PortalPageView& view_;
  std::string html_;
};

}  // namespace

std::string PortalPageHtml(const PortalSummary& summary, const Texts& texts, const std::string& language,
                           const PortalPageView& view) {
  return PortalPage(summary, texts, language, view).Render();
}

}  // namespace enlace::http
