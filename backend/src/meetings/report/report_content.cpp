#include "meetings/report/report_content.hpp"

#include <algorithm>
#include <map>

#include "meetings/domain/follow_up_texts.hpp"
#include "reference/domain/reference_names.hpp"
#include "kernel/domain/written_text.hpp"
#include "meetings/domain/reasons.hpp"

namespace enlace {
namespace {

bool English(std::string_view language) { return language == "en"; }

std::string FirstWordLower(std::string_view text) {
  std::string word;
  for (char c : text) {
    if (c == ' ') break;
    word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return word;
}

// The Spanish definite article of a body's name, read off its first word: "la Red", "el Grupo",
// "la Conferencia", "los Países Miembros". Good enough for the names of regional bodies; a name
// it misreads only changes an article.
std::string_view SpanishArticle(std::string_view name) {
  std::string word = FirstWordLower(name);
  static const char* const kMasculineInA[] = {"sistema", "programa", "mecanismo", "foro", "día"};
  static const char* const kFeminine[] = {"red",       "oim",          "crm",        "oficina",     "comisión",
                                          "coalición", "organización", "secretaría", "presidencia", "conferencia"};
  for (const char* masculine : kMasculineInA) {
    if (word == masculine) return "el";
  }
  for (const char* feminine : kFeminine) {
    if (word == feminine) return "la";
  }
  if (word.ends_with("as")) return "las";
  if (word.ends_with("es") || word.ends_with("os")) return "los";
  if (word.ends_with("a") || word.ends_with("ión") || word.ends_with("dad") || word.ends_with("tud")) {
    return "la";
  }
  return "el";
}

std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// "al Grupo …", "a la Conferencia …", "a los Países …"
std::string SpanishTo(std::string_view name) {
  std::string_view article = SpanishArticle(name);
  return (article == "el" ? std::string("al ") : "a " + std::string(article) + " ") + std::string(name);
}

// "del GRCM", "de la Red …": the article follows the full name, the text shown may be short.
std::string SpanishOf(std::string_view full_name, std::string_view shown) {
  std::string_view article = SpanishArticle(full_name);
  return (article == "el" ? std::string("del ") : "de " + std::string(article) + " ") + std::string(shown);
}

// The issuing body as the subject of a sentence: "La Red" / "The Network" for a network, else
// "El GRCM" / "The RCGM".
std::string Issuer(const ReferenceName& body, std::string_view language) {
  if (English(language)) return body.network ? "The Network" : "The " + body.abbreviation;
  if (body.network) return "La Red";
  return Capitalized(std::string(SpanishArticle(body.name))) + " " + body.abbreviation;
}

std::string ParticipantName(const ReferenceData& reference, std::string_view code, std::string_view language) {
  ReferenceName named = LookupName(reference, code, language);
  if (!named.organization && !named.network) return named.name;
  return named.WithAbbreviation();
}

std::string OpeningParagraph(const ReportDocument& document, const ReferenceName& body) {
  const std::string& language = document.language;
  const bool english = English(language);
  const Meeting& meeting = document.meeting;
  std::string out;
  if (english) {
    out = (body.name.starts_with("The ") ? "" : "The ") + body.name;
    out += meeting.type == MeetingType::kWorkshop ? " held a workshop"
                                                  : " held its " + std::string(MeetingNoun(meeting.type, language));
  } else {
    out = Capitalized(std::string(SpanishArticle(body.name))) + " " + body.name;
    out += meeting.type == MeetingType::kWorkshop ? " celebró un taller"
                                                  : " celebró su " + std::string(MeetingNoun(meeting.type, language));
  }
  std::string place = PlaceName(meeting.place, document.reference, language);
  if (!place.empty()) out += (english ? " in " : " en ") + place + ",";
  out += " " + DatePhrase(meeting.date, meeting.LastDay(), language);
  std::vector<std::string> participants;
  for (const std::string& code : meeting.participants) {
    participants.push_back(ParticipantName(document.reference, code, language));
  }
  if (!participants.empty()) {
    out += english ? ", with the participation of representatives of " : ", con la participación de representantes de ";
    out += JoinNames(participants, language);
  }
  out += ".";
  return out;
}

std::string StatusText(const ReportDocument& document) {
  const std::string& language = document.language;
  const bool english = English(language);
  const Meeting& meeting = document.meeting;
  switch (meeting.report_status) {
    case ReportStatus::kDraft:
      return english ? "draft" : "borrador";
    case ReportStatus::kAdopted:
      return english ? "adopted" : "aprobado";
    case ReportStatus::kSubmitted: {
      if (!meeting.submitted_to) return english ? "submitted" : "presentado";
      std::string name = LookupName(document.reference, *meeting.submitted_to, language).WithAbbreviation();
      return english ? "submitted to the " + name : "presentado " + SpanishTo(name);
    }
    case ReportStatus::kConsidered: {
      if (!document.considered_at) return english ? "considered" : "considerado";
      const Meeting& at = *document.considered_at;
      ReferenceName body = LookupName(document.reference, at.body, language);
      std::string details = PlaceName(at.place, document.reference, language);
      if (!details.empty()) details += ", ";
      details += WrittenDateSpan(at.date, at.LastDay(), language);
      if (english) {
        return "considered at the " + std::string(MeetingNoun(at.type, language)) + " of the " + body.abbreviation +
               " (" + details + ")";
      }
      std::string noun(MeetingNoun(at.type, language));
      return std::string("considerado en ") + (at.type == MeetingType::kWorkshop ? "el " : "la ") + noun + " " +
             SpanishOf(body.name, body.abbreviation) + " (" + details + ")";
    }
  }
  return {};
}

std::string Introduction(const ReportDocument& document, const ReferenceName& body) {
  const std::string& language = document.language;
  const bool english = English(language);
  const Meeting& meeting = document.meeting;
  std::string issuer = Issuer(body, language);
  if (meeting.submitted_to) {
    std::string receiver = LookupName(document.reference, *meeting.submitted_to, language).WithAbbreviation();
    return english ? issuer + " submits the following report to the " + receiver + " for consideration:"
                   : issuer + " presenta el siguiente informe " + SpanishTo(receiver) + " para su consideración:";
  }
  if (meeting.report_status == ReportStatus::kDraft) {
    return english ? "Draft agreements:" : "Proyecto de acuerdos:";
  }
  return english ? issuer + " adopted the following agreements:" : issuer + " adoptó los siguientes acuerdos:";
}

// The text in the language, else the other language's text behind a visible marker.
void ChooseText(const LocalizedText& text, std::string_view language, std::string& marker, std::string& chosen) {
  const bool english = English(language);
  std::string own = text.Get(language) ? CleanText(*text.Get(language)) : std::string();
  if (!own.empty()) {
    chosen = std::move(own);
    marker.clear();
    return;
  }
  const auto& other = text.Get(english ? "es" : "en");
  std::string other_text = other ? CleanText(*other) : std::string();
  if (!other_text.empty()) {
    chosen = std::move(other_text);
    marker = english ? "[Text available in Spanish only]" : "[Texto disponible solo en inglés]";
    return;
  }
  chosen.clear();
  marker = english ? "[No text]" : "[Sin texto]";
}

std::string DueText(const Deadline& deadline, std::string_view language) {
  const bool english = English(language);
  if (deadline.due) return WrittenDate(*deadline.due, language);
  if (deadline.kind == DeadlineKind::kEvent) return english ? "Not yet scheduled" : "Por programar";
  return english ? "No date" : "Sin fecha";
}

}  // namespace

std::string ReportContent::PageLabel(int page, int total) const {
  return page_word + " " + std::to_string(page) + " " + of_word + " " + std::to_string(total);
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

Result<ReportContent> BuildReportContent(const ReportDocument& document) {
  const std::string& language = document.language;
  if (language != "es" && language != "en") {
    return std::unexpected(Error::Invalid(reasons::kUnsupportedLanguage, "language must be es or en"));
  }
  const bool english = English(language);
  const Meeting& meeting = document.meeting;
  ReportContent content;
  content.language = language;

  ReferenceName body = LookupName(document.reference, meeting.body, language);
  content.body_name = body.name;
  content.report_title =
      meeting.type == MeetingType::kWorkshop
          ? (english ? "Report of the workshop" : "Informe del taller")
          : (english ? "Report of the " : "Informe de la ") + std::string(MeetingNoun(meeting.type, language));
  if (const auto& title = meeting.title.Get(language)) {
    std::string cleaned = CleanText(*title, LineBreaks::kToSpaces);
    if (cleaned != body.name) content.meeting_title = cleaned;
  }
  std::string place = PlaceName(meeting.place, document.reference, language);
  std::string dates = WrittenDateSpan(meeting.date, meeting.LastDay(), language);
  content.place_and_dates = place.empty() ? dates : place + ", " + dates;
  content.document_title = content.report_title + " \u2014 " + body.name + " \u2014 " + content.place_and_dates;
  content.status_label = english ? "Report status:" : "Estado del informe:";
  content.status = StatusText(document);
  content.opening = OpeningParagraph(document, body);
  content.introduction = Introduction(document, body);
  content.no_items = english ? "No agreements have been recorded." : "No se han registrado acuerdos.";

  std::vector<const Agreement*> agreements;
  for (const Agreement& agreement : document.agreements) agreements.push_back(&agreement);
  std::stable_sort(agreements.begin(), agreements.end(),
                   [](const Agreement* a, const Agreement* b) { return a->position < b->position; });
  std::map<AgreementId, std::size_t> order;
  for (const Agreement* agreement : agreements) {
    ReportItem item = ClassifyNumber(agreement->number);
    item.heading = agreement->heading;
    ChooseText(agreement->text, language, item.marker, item.text);
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
    ChooseText(commitment->action, language, row.marker, row.action);
    row.action = CleanText(row.action, LineBreaks::kToSpaces);
    row.deadline = CleanText(commitment->deadline.text, LineBreaks::kToSpaces);
    if (row.deadline.empty()) row.deadline = "\u2014";
    row.due = DueText(commitment->deadline, language);
    content.annex_rows.push_back(std::move(row));
  }
  content.annex_title = english ? "Annex: Commitments" : "Anexo: Compromisos";
  content.annex_columns =
      english ? std::vector<std::string>{"Agreement", "Party", "Action", "Deadline", "Due date"}
              : std::vector<std::string>{"Acuerdo", "Responsable", "Compromiso", "Plazo", "Fecha límite"};
  Date generated{std::chrono::floor<std::chrono::days>(document.generated_at)};
  content.closing =
      english ? "Generated by enlace on " + WrittenDate(generated, language) + " from the recorded agreements."
              : "Documento generado por enlace el " + WrittenDate(generated, language) +
                    " a partir de los acuerdos registrados.";
  content.page_word = english ? "Page" : "Página";
  content.of_word = english ? "of" : "de";
  return content;
}

}  // namespace enlace
