#include "meetings/report/report_content.hpp"

#include <algorithm>
#include <map>

#include "kernel/domain/text_keys.hpp"
#include "kernel/domain/written_text.hpp"
#include "meetings/domain/follow_up_texts.hpp"
#include "meetings/domain/reasons.hpp"
#include "meetings/report/text_keys.hpp"
#include "reference/domain/reference_names.hpp"

namespace enlace {
namespace {

// A name opening a sentence, with its article in the form its gender asks for ("La Red …", "El
// GRCM", "The Network …"); `gendered` is the name whose first word decides the gender when
// `shown` is an abbreviation. A name that already opens with that article keeps its own ("The
// Hague Group", not "The The Hague Group").
std::string AsSubject(const Wording& words, std::string_view gendered, const std::string& shown) {
  Gender gender = words.GenderOf(gendered);
  std::string article = words(text_keys::kNameAsSubject, gender, {{"name", ""}});
  if (!article.empty() && shown.starts_with(article)) return shown;
  return words(text_keys::kNameAsSubject, gender, {{"name", shown}});
}

// "al Grupo …", "a la Conferencia …", "to the Group …".
std::string AfterTo(const Wording& words, const std::string& name) {
  return words(text_keys::kNameAfterTo, words.GenderOf(name), {{"name", name}});
}

// "del GRCM", "de la Red …", "of the RCGM": the gender follows the full name, the text shown may
// be short.
std::string AfterOf(const Wording& words, std::string_view full_name, const std::string& shown) {
  return words(text_keys::kNameAfterOf, words.GenderOf(full_name), {{"name", shown}});
}

// The issuing body as the subject of a sentence: "La Red" / "The Network" for a network, else
// "El GRCM" / "The RCGM".
std::string Issuer(const ReferenceName& body, const Wording& words) {
  if (body.network) return words(text_keys::kReportIssuerNetwork);
  return AsSubject(words, body.name, body.abbreviation);
}

std::string ParticipantName(const ReferenceData& reference, std::string_view code, std::string_view language) {
  ReferenceName named = LookupName(reference, code, language);
  if (!named.organization && !named.network) return named.name;
  return named.WithAbbreviation();
}

std::string OpeningParagraph(const ReportDocument& document, const ReferenceName& body, const Wording& words) {
  const std::string& language = words.language();
  const Meeting& meeting = document.meeting;
  std::string place = PlaceName(meeting.place, document.reference, language);
  std::vector<std::string> participants;
  for (const std::string& code : meeting.participants) {
    participants.push_back(ParticipantName(document.reference, code, language));
  }
  return words(text_keys::kReportOpening,
               {{"subject", AsSubject(words, body.name, body.name)},
                {"held", words(text_keys::kReportHeld.For(meeting.type))},
                {"in_place", place.empty() ? std::string() : words(text_keys::kReportInPlace, {{"place", place}})},
                {"dates", DatePhrase(meeting.date, meeting.LastDay(), words)},
                {"participants", participants.empty() ? std::string()
                                                      : words(text_keys::kReportParticipants,
                                                              {{"names", JoinNames(participants, words)}})}});
}

std::string StatusText(const ReportDocument& document, const Wording& words) {
  const std::string& language = words.language();
  const Meeting& meeting = document.meeting;
  switch (meeting.report_status) {
    case ReportStatus::kDraft:
      return words(text_keys::kReportStatusDraft);
    case ReportStatus::kAdopted:
      return words(text_keys::kReportStatusAdopted);
    case ReportStatus::kSubmitted: {
      if (!meeting.submitted_to) return words(text_keys::kReportStatusSubmitted);
      std::string name = LookupName(document.reference, *meeting.submitted_to, language).WithAbbreviation();
      return words(text_keys::kReportStatusSubmittedTo, {{"to_body", AfterTo(words, name)}});
    }
    case ReportStatus::kConsidered: {
      if (!document.considered_at) return words(text_keys::kReportStatusConsidered);
      const Meeting& at = *document.considered_at;
      ReferenceName body = LookupName(document.reference, at.body, language);
      std::string details = PlaceName(at.place, document.reference, language);
      if (!details.empty()) details += ", ";
      details += WrittenDateSpan(at.date, at.LastDay(), words);
      return words(text_keys::kReportStatusConsideredAt.For(at.type),
                   {{"of_body", AfterOf(words, body.name, body.abbreviation)}, {"details", details}});
    }
  }
  return {};
}

std::string Introduction(const ReportDocument& document, const ReferenceName& body, const Wording& words) {
  const Meeting& meeting = document.meeting;
  std::string issuer = Issuer(body, words);
  if (meeting.submitted_to) {
    std::string receiver = LookupName(document.reference, *meeting.submitted_to, words.language()).WithAbbreviation();
    return words(text_keys::kReportIntroductionSubmitted, {{"issuer", issuer}, {"to_body", AfterTo(words, receiver)}});
  }
  if (meeting.report_status == ReportStatus::kDraft) return words(text_keys::kReportIntroductionDraft);
  return words(text_keys::kReportIntroductionAdopted, {{"issuer", issuer}});
}

// The text in the language, else another language's text behind a visible marker. A text is
// stored in Spanish and English only (LocalizedText), hence the two markers.
void ChooseText(const LocalizedText& text, const Wording& words, std::string& marker, std::string& chosen) {
  const std::string& language = words.language();
  std::string own = text.Get(language) ? CleanText(*text.Get(language)) : std::string();
  if (!own.empty()) {
    chosen = std::move(own);
    marker.clear();
    return;
  }
  const std::pair<const char*, TextKey> others[] = {{"es", text_keys::kReportOnlyInSpanish},
                                                    {"en", text_keys::kReportOnlyInEnglish}};
  for (const auto& [other, only_in] : others) {
    if (language == other) continue;
    std::string other_text = text.Get(other) ? CleanText(*text.Get(other)) : std::string();
    if (other_text.empty()) continue;
    chosen = std::move(other_text);
    marker = words(only_in);
    return;
  }
  chosen.clear();
  marker = words(text_keys::kReportNoText);
}

std::string DueText(const Deadline& deadline, const Wording& words) {
  if (deadline.due) return WrittenDate(*deadline.due, words);
  if (deadline.kind == DeadlineKind::kEvent) return words(text_keys::kReportDueNotScheduled);
  if (deadline.kind == DeadlineKind::kStanding) return words(text_keys::kReportDueStanding);
  return words(text_keys::kReportDueNone);
}

}  // namespace

std::string ReportContent::PageLabel(int page, int total) const {
  return Interpolate(page_label, {{"page", std::to_string(page)}, {"total", std::to_string(total)}});
}

ReportItem ClassifyNumber(std::string_view raw) {
  std::string number = CleanText(raw, LineBreaks::kToSpaces);
  ReportItem item;
  item.number = number;
  std::size_t digits = 0;
  while (digits < number.size() && number[digits] >= '0' && number[digits] <= '9') ++digits;
  if (digits > 0 && digits <= 6) {
    int value = std::stoi(number.substr(0, digits));
    std::string_view rest = std::string_view(number).substr(digits);
    if (rest.empty() || rest == ".") {
      item.numbering = ItemNumbering::kTop;
      item.level = 0;
      item.value = value;
      item.label = std::to_string(value) + ".";
      return item;
    }
    if (rest.front() == '.' || rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.empty() && (rest.back() == ')' || rest.back() == '.')) rest.remove_suffix(1);
    if (rest.size() == 1) {
      char letter = rest[0];
      if (letter >= 'A' && letter <= 'Z') letter = static_cast<char>(letter - 'A' + 'a');
      if (letter >= 'a' && letter <= 'z') {
        item.numbering = ItemNumbering::kLettered;
        item.level = 1;
        item.value = letter - 'a' + 1;
        item.label = std::string(1, letter) + ".";
        return item;
      }
    }
  }
  item.numbering = ItemNumbering::kLiteral;
  item.level = number.find('.') != std::string::npos && number.find('.') + 1 < number.size() ? 1 : 0;
  item.label = number;
  return item;
}

Result<ReportContent> BuildReportContent(const ReportDocument& document, const Texts& texts) {
  const std::string& language = document.language;
  if (!texts.HasLanguage(language)) {
    return std::unexpected(Error::Invalid(reasons::kUnsupportedLanguage, "no catalogue for the language " + language));
  }
  const Wording words(texts, language);
  const Meeting& meeting = document.meeting;
  ReportContent content;
  content.language = language;
  content.language_tag = words(text_keys::kReportLanguageTag);

  ReferenceName body = LookupName(document.reference, meeting.body, language);
  content.body_name = body.name;
  content.report_title = words(text_keys::kReportTitle.For(meeting.type));
  if (const auto& title = meeting.title.Get(language)) {
    std::string cleaned = CleanText(*title, LineBreaks::kToSpaces);
    if (cleaned != body.name) content.meeting_title = cleaned;
  }
  std::string place = PlaceName(meeting.place, document.reference, language);
  std::string dates = WrittenDateSpan(meeting.date, meeting.LastDay(), words);
  content.place_and_dates = place.empty() ? dates : place + ", " + dates;
  content.document_title =
      words(text_keys::kReportDocumentTitle,
            {{"title", content.report_title}, {"body", body.name}, {"place_and_dates", content.place_and_dates}});
  content.status_label = words(text_keys::kReportStatusLabel);
  content.status = StatusText(document, words);
  content.opening = OpeningParagraph(document, body, words);
  content.introduction = Introduction(document, body, words);
  content.no_items = words(text_keys::kReportNoItems);

  std::vector<const Agreement*> agreements;
  for (const Agreement& agreement : document.agreements) agreements.push_back(&agreement);
  std::stable_sort(agreements.begin(), agreements.end(),
                   [](const Agreement* a, const Agreement* b) { return a->position < b->position; });
  std::map<AgreementId, std::size_t> order;
  for (const Agreement* agreement : agreements) {
    ReportItem item = ClassifyNumber(agreement->number);
    item.heading = agreement->heading;
    ChooseText(agreement->text, words, item.marker, item.text);
    order.emplace(agreement->id, content.items.size());
    content.items.push_back(std::move(item));
  }

  std::vector<const Commitment*> commitments;
  for (const Commitment& commitment : document.commitments) commitments.push_back(&commitment);
  auto rank = [&](const Commitment* c) {
    auto found = order.find(c->agreement_id);
    return found == order.end() ? order.size() : found->second;
  };
  std::stable_sort(commitments.begin(), commitments.end(),
                   [&](const Commitment* a, const Commitment* b) { return rank(a) < rank(b); });
  for (const Commitment* commitment : commitments) {
    ReportAnnexRow row;
    auto found = order.find(commitment->agreement_id);
    row.agreement = found == order.end() ? "\u2014" : content.items[found->second].number;
    row.party = LookupName(document.reference, commitment->party, language).name;
    ChooseText(commitment->action, words, row.marker, row.action);
    row.action = CleanText(row.action, LineBreaks::kToSpaces);
    row.deadline = CleanText(commitment->deadline.text, LineBreaks::kToSpaces);
    if (row.deadline.empty()) row.deadline = "\u2014";
    row.due = DueText(commitment->deadline, words);
    content.annex_rows.push_back(std::move(row));
  }
  content.annex_title = words(text_keys::kReportAnnexTitle);
  content.annex_columns = {words(text_keys::kReportAnnexAgreement), words(text_keys::kReportAnnexParty),
                           words(text_keys::kReportAnnexAction), words(text_keys::kReportAnnexDeadline),
                           words(text_keys::kReportAnnexDue)};
  for (const auto& annex : document.annexes) {
    if (!annex.rows.empty() && !annex.columns.empty()) content.annexes.push_back(annex);
  }
  Date generated{std::chrono::floor<std::chrono::days>(document.generated_at)};
  content.closing = words(text_keys::kReportClosing, {{"date", WrittenDate(generated, words)}});
  content.page_label = words(text_keys::kReportPage);  // the pattern: PageLabel fills it
  return content;
}

}  // namespace enlace
