#include "imports/reader/segmenter.hpp"

#include <algorithm>
#include <array>

#include "imports/reader/verb_lexicon.hpp"
#include "kernel/domain/text_dates.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

// Damerau–Levenshtein distance (optimal string alignment) between short words.
int EditDistance(std::string_view a, std::string_view b) {
  if (a.size() > 32 || b.size() > 32) return 99;
  std::array<std::array<int, 34>, 34> d{};
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

bool CloseTo(std::string_view word, std::string_view target) {
  int allowed = target.size() >= 8 ? 2 : (target.size() >= 5 ? 1 : 0);
  return EditDistance(word, target) <= allowed;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string folded = Fold(text);
  for (const Token& token : Tokenize(folded)) {
    if (token.kind == TokenKind::kWord) words.emplace_back(token.text);
  }
  return words;
}

// A heading naming the agreements: "AGREEMENTS", "Acuerdos adoptados", "II. ACEURDOS",
// "Recommendations and agreements".
bool IsAgreementsHeading(const std::string& text) {
  std::string trimmed = CollapseWhitespace(text);
  if (trimmed.empty() || trimmed.size() > 80) return false;
  char last = trimmed.back();
  if (last == '.' && trimmed.size() > 3 && trimmed[trimmed.size() - 2] != '.') {
    // "Agreements." is fine; a sentence is not.
  }
  std::vector<std::string> words = Words(trimmed);
  if (words.empty() || words.size() > 6) return false;
  static constexpr std::array<std::string_view, 14> kHeadings = {
      "agreements",   "acuerdos",    "recommendations", "recomendaciones", "decisions",   "decisiones", "resolutions",
      "resoluciones", "conclusions", "conclusiones",    "commitments",     "compromisos", "agreed",     "acordaron"};
  for (const std::string& word : words) {
    for (std::string_view heading : kHeadings) {
      if (CloseTo(word, heading)) return true;
    }
  }
  return false;
}

bool ContainsStem(const std::vector<std::string>& words, std::initializer_list<std::string_view> stems) {
  for (const std::string& word : words) {
    for (std::string_view stem : stems) {
      if (word.starts_with(stem)) return true;
    }
  }
  return false;
}

// A closing line or an annex: the agreements are over.
bool IsClosing(const std::string& text) {
  // Closings are short: only the start of a long paragraph matters.
  std::string folded =
      CollapseWhitespace(Fold(std::string_view(text).substr(0, std::min<std::size_t>(text.size(), 240))));
  for (std::string_view start :
       {"annex", "anexo", "appendix", "apendice", "list of participants", "lista de participantes", "participants list",
        "done in", "done at", "dado en", "hecho en", "firmado en", "signed in", "adopted in", "adoptado en",
        "aprobado en", "suscrito en", "issued in", "emitido en"}) {
    if (folded.starts_with(start)) return true;
  }
  // "San Pedro Sula, Honduras, 15 de noviembre de 2016": a place and a date, nothing else.
  if (text.size() > 200) return false;
  std::vector<Token> tokens = Tokenize(folded);
  if (tokens.size() <= 14 && !tokens.empty()) {
    auto dates = FindDateExpressions(tokens);
    if (!dates.empty() && dates.back().end_token + 1 >= tokens.size() && dates.back().first.year != 0) {
      bool has_verb = false;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (auto verb = VerbAt(tokens, i); verb && verb->kind != VerbFormKind::kParticiple) has_verb = true;
      }
      if (!has_verb && folded.find(',') != std::string::npos) return true;
    }
  }
  return false;
}

// A short line without final punctuation: a section title inside the agreements.
bool IsSectionTitle(const std::string& text) {
  std::string trimmed = CollapseWhitespace(text);
  if (trimmed.empty() || trimmed.size() > 90) return false;
  char last = trimmed.back();
  if (last == '.' || last == ';' || last == ',') return false;
  std::vector<std::string> words = Words(trimmed);
  return words.size() <= 10 && last != ':';
}

// Does an unmarked paragraph read as an agreement? It opens with an operative verb ("Thank",
// "Agradecer", "Se acordó", "To thank"), possibly after a connective ("Also", "Asimismo").
bool StartsLikeAgreement(const std::string& text) {
  std::string folded = Fold(text.substr(0, std::min<std::size_t>(text.size(), 200)));
  std::vector<Token> tokens = Tokenize(folded);
  std::size_t i = 0;
  while (i < tokens.size() && tokens[i].kind == TokenKind::kPunctuation) ++i;
  for (int guard = 0; guard < 3 && i < tokens.size(); ++guard) {
    std::string_view w = tokens[i].text;
    if (w == "to" || w == "also" || w == "further" || w == "finally" || w == "additionally" || w == "asimismo" ||
        w == "ademas" || w == "finalmente" || w == "tambien" || w == "igualmente") {
      ++i;
      if (i < tokens.size() && tokens[i].text == ",") ++i;
      continue;
    }
    if (w == "por" && i + 1 < tokens.size() && (tokens[i + 1].text == "ultimo" || tokens[i + 1].text == "otra")) {
      i += 2;
      if (i < tokens.size() && tokens[i].text == ",") ++i;
      continue;
    }
    break;
  }
  auto verb = VerbAt(tokens, i);
  if (verb && (verb->kind == VerbFormKind::kBase || (verb->kind == VerbFormKind::kFinite && tokens[i].text == "se"))) {
    return true;
  }
  // "Los Países Miembros compartirán …", "The TS will circulate …": a subject and a future in
  // the first words. Narrative is in the past ("La delegación de México presentó …").
  for (std::size_t k = i; k < tokens.size() && k < i + 10; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") break;
    if ((tokens[k].text == "will" || tokens[k].text == "shall") && k + 1 < tokens.size()) {
      auto next = VerbAt(tokens, k + 1);
      if (next && next->kind == VerbFormKind::kBase) return true;
    }
    auto future = VerbAt(tokens, k);
    if (future && future->kind == VerbFormKind::kFuture && tokens[k].text != "sera" && tokens[k].text != "seran")
      return true;
  }
  return false;
}

std::string Letter(int index) {
  if (index < 1) index = 1;
  std::string out;
  int n = index;
  while (n > 0) {
    --n;
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return out;
}

std::string TextAfterMarker(const Paragraph& paragraph) {
  if (paragraph.marker.kind == MarkerKind::kNone) return paragraph.text;
  return CollapseWhitespace(
      std::string_view(paragraph.text).substr(std::min(paragraph.marker.length, paragraph.text.size())));
}

bool EndsWithColon(const std::string& text) {
  std::string trimmed = CollapseWhitespace(text);
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '"')) trimmed.pop_back();
  return !trimmed.empty() && trimmed.back() == ':';
}

// A sentence that says the items come next without ending in a colon: "… adopted the
// recommendations below.", "… acordó lo que figura a continuación.", "… as follows."
bool SegmenterAnnouncesItems(const std::string& text) {
  std::string trimmed = CollapseWhitespace(text);
  if (trimmed.empty() || trimmed.back() != '.' || trimmed.size() > 600) return false;
  std::string folded(1, ' ');
  folded += Fold(trimmed);
  bool pointer = false;
  for (std::string_view words : {" below", " as follows", " a continuacion", " lo siguiente", " que siguen"}) {
    if (folded.find(words) != std::string::npos) pointer = true;
  }
  if (!pointer) return false;
  return ContainsStem(Words(trimmed), {"agree", "acord", "decid", "recommend", "recomend", "adopt", "conclu", "resolv",
                                       "resuelv", "commit", "compromet", "declar"});
}

// A sentence with an operative verb conjugated in its first words ("Officials welcomed …", "Los
// Ministros acordaron …").
bool SegmenterHasOperativeVerb(const std::string& text) {
  std::string folded = Fold(text.substr(0, std::min<std::size_t>(text.size(), 120)));
  std::vector<Token> tokens = Tokenize(folded);
  for (std::size_t k = 0; k < tokens.size() && k < 8; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") break;
    auto verb = VerbAt(tokens, k);
    if (verb && (verb->kind == VerbFormKind::kFinite || verb->kind == VerbFormKind::kFuture)) return true;
  }
  return false;
}

// Does the item open with a verb ("Welcomed the progress …", "Agreed to …", "Thank …")? Items
// of a list whose lead-in names only who acts ("Ministers:") do.
bool SegmenterOpensWithVerb(const std::string& text) {
  std::string folded = Fold(text.substr(0, std::min<std::size_t>(text.size(), 120)));
  std::vector<Token> tokens = Tokenize(folded);
  std::size_t i = 0;
  while (i < tokens.size() && tokens[i].kind == TokenKind::kPunctuation) ++i;
  if (i < tokens.size() && (tokens[i].text == "also" || tokens[i].text == "further" || tokens[i].text == "asimismo"))
    ++i;
  auto verb = VerbAt(tokens, i);
  return verb && verb->kind != VerbFormKind::kGerund;
}

// A lead-in that names only who acts, its verbs in the items below: "Ministers:", "Los
// Ministros:", "The participants:". Short, ending in a colon, without a verb of its own.
bool SegmenterIsSubjectLeadIn(const std::string& text) {
  std::string trimmed = CollapseWhitespace(text);
  if (trimmed.size() < 4 || trimmed.size() > 80 || trimmed.back() != ':') return false;
  std::string folded = Fold(trimmed);
  std::vector<Token> tokens = Tokenize(folded);
  std::size_t words = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    if (VerbAt(tokens, i)) return false;
  }
  if (words == 0 || words > 6) return false;
  return !ContainsStem(Words(trimmed), {"particip", "attend", "asist", "agenda", "present", "lugar", "fecha", "date",
                                        "venue", "location", "place", "pais", "countr"});
}

// A preambular paragraph ("Considering that …,", "Recordando …;", "Whereas …"): it opens with a
// participle or gerund of the preamble and states grounds, not agreements.
bool SegmenterIsPreambular(const std::string& text) {
  std::string folded = Fold(text.substr(0, std::min<std::size_t>(text.size(), 400)));
  std::vector<Token> tokens = Tokenize(folded);
  std::size_t i = 0;
  while (i < tokens.size() && tokens[i].kind == TokenKind::kPunctuation) ++i;
  if (i < tokens.size() && (tokens[i].text == "also" || tokens[i].text == "further" || tokens[i].text == "asimismo" ||
                            tokens[i].text == "tambien"))
    ++i;
  if (i >= tokens.size()) return false;
  std::string_view w = tokens[i].text;
  static constexpr std::array<std::string_view, 30> kOpenings = {
      "considering", "recalling",     "recognizing", "recognising",  "bearing",     "whereas",
      "noting",      "acknowledging", "convinced",   "concerned",    "aware",       "mindful",
      "emphasizing", "emphasising",   "reaffirming", "considerando", "recordando",  "reconociendo",
      "teniendo",    "tomando",       "conscientes", "convencidos",  "convencidas", "preocupados",
      "preocupadas", "reafirmando",   "destacando",  "subrayando",   "observando",  "visto"};
  // Besides the usual openings, any gerund ("Insistiendo en …", "Stressing …"): the lexicon's, or a
  // Spanish one it does not list, by its ending.
  auto verb = VerbAt(tokens, i);
  bool gerund = (verb && verb->kind == VerbFormKind::kGerund) ||
                (w.size() >= 8 && (w.ends_with("ando") || w.ends_with("iendo") || w.ends_with("yendo")) &&
                 w != "contrabando" && w != "comando");  // nouns with a gerund's ending
  if (std::find(kOpenings.begin(), kOpenings.end(), w) == kOpenings.end() && !gerund) return false;
  // A preambular paragraph ends in a comma or a semicolon (or runs on); an operative one in a
  // full stop after its own verb ("Noting the report, the ministers agreed …" has a finite verb).
  // A finite verb of a relative clause ("…, que constituye …", "…, which is …") is not its own.
  bool comma = false;
  for (std::size_t k = i + 1; k < tokens.size(); ++k) {
    if (tokens[k].text == ",") comma = true;
    auto verb_k = VerbAt(tokens, k);
    bool relative = tokens[k - 1].text == "que" || tokens[k - 1].text == "which" || tokens[k - 1].text == "who" ||
                    tokens[k - 1].text == "that";
    if (comma && verb_k && !relative &&
        (verb_k->kind == VerbFormKind::kFinite || verb_k->kind == VerbFormKind::kFuture))
      return false;
  }
  return true;
}

}  // namespace

bool IsIntroducer(const std::string& paragraph) {
  if (IsAgreementsHeading(paragraph)) return true;
  std::string trimmed = CollapseWhitespace(paragraph);
  if (trimmed.empty() || trimmed.back() != ':') return false;
  // Only the sentence that ends in the colon: a long paragraph run into it says other things.
  if (std::size_t sentence = trimmed.rfind(". "); sentence != std::string::npos) trimmed.erase(0, sentence + 2);
  std::vector<std::string> words = Words(trimmed);
  if (ContainsStem(words, {"particip", "attend", "asist", "integrad", "compuest", "agenda"})) return false;
  return ContainsStem(
      words, {"agree",      "acord",      "acuerd", "decid",  "decision", "resolv",   "resuelv",   "recomend",
              "recommend",  "conclu",     "adopt",  "report", "informe",  "commit",   "compromet", "declar",
              "resolution", "resolucion", "submit", "somet",  "eleva",    "presenta", "following", "siguiente"});
}

Segmentation Segment(const std::vector<Paragraph>& paragraphs) {
  Segmentation result;
  const std::size_t n = paragraphs.size();

  // Where do the agreements start? After the first introducer that is followed by an item, else
  // at the first item numbered 1.
  std::size_t start = n;
  bool introduced = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (paragraphs[i].marker.kind == MarkerKind::kBullet || paragraphs[i].marker.kind == MarkerKind::kNumber ||
        paragraphs[i].marker.kind == MarkerKind::kLetter) {
      continue;
    }
    bool subject_lead_in = SegmenterIsSubjectLeadIn(TextAfterMarker(paragraphs[i])) && i + 1 < n &&
                           paragraphs[i + 1].marker.kind != MarkerKind::kNone &&
                           SegmenterOpensWithVerb(TextAfterMarker(paragraphs[i + 1]));
    if (!subject_lead_in && !IsIntroducer(TextAfterMarker(paragraphs[i]))) continue;
    // Followed by an item (marked, or an unmarked paragraph that opens with a verb)?
    for (std::size_t j = i + 1; j < n && j <= i + 3; ++j) {
      const Paragraph& next = paragraphs[j];
      if (next.marker.kind == MarkerKind::kNumber || next.marker.kind == MarkerKind::kLetter ||
          next.marker.kind == MarkerKind::kBullet || next.marker.kind == MarkerKind::kNumberPath ||
          StartsLikeAgreement(TextAfterMarker(next))) {
        start = i + 1;
        introduced = true;
        break;
      }
      if (!IsIntroducer(TextAfterMarker(next)) && !IsSectionTitle(next.text)) break;
    }
    if (introduced) break;
  }
  // A numbered paragraph right after the introducer that only announces the items ("2. The group
  // adopted the recommendations below.") is part of the preamble.
  while (introduced && start + 1 < n && paragraphs[start].marker.kind == MarkerKind::kNumber &&
         SegmenterAnnouncesItems(TextAfterMarker(paragraphs[start]))) {
    ++start;
  }
  if (!introduced) {
    for (std::size_t i = 0; i < n; ++i) {
      if (paragraphs[i].marker.kind == MarkerKind::kNumber && paragraphs[i].marker.value == 1) {
        start = i;
        break;
      }
    }
  }
  // Without an introducer or an item 1: a run of bullets that are sentences with their own verbs
  // ("- Officials welcomed …", "• Ministers agreed …") is the list.
  if (!introduced && start >= n) {
    for (std::size_t i = 0; i + 1 < n && start >= n; ++i) {
      if (paragraphs[i].marker.kind != MarkerKind::kBullet) continue;
      std::size_t run = i, with_verb = 0;
      while (run < n && paragraphs[run].marker.kind == MarkerKind::kBullet) {
        std::string item = TextAfterMarker(paragraphs[run]);
        if (StartsLikeAgreement(item) || SegmenterOpensWithVerb(item) || SegmenterHasOperativeVerb(item)) ++with_verb;
        ++run;
      }
      if (run - i >= 2 && with_verb * 2 >= run - i) start = i;
      i = run;
    }
  }
  // Preambular paragraphs at the head of the list ("1. Considering that …;") are grounds, not
  // agreements.
  while (start + 1 < n && paragraphs[start].marker.kind != MarkerKind::kSection &&
         SegmenterIsPreambular(TextAfterMarker(paragraphs[start]))) {
    ++start;
  }
  for (std::size_t i = 0; i < std::min(start, n); ++i) result.preamble.push_back(paragraphs[i].text);
  if (start >= n) {
    result.warnings.push_back("no_agreements_found");
    return result;
  }

  enum class TopKind { kUnset, kNumber, kLetter, kBullet, kUnmarked };
  TopKind top_kind = TopKind::kUnset;
  int top_count = 0;
  int first_printed = 1;
  int current_top = -1;  // index in result.items
  int sub_count = 0;
  MarkerKind sub_kind = MarkerKind::kNone;
  int last_top_printed = 0;
  int last_sub_printed = 0;
  int top_indent = 0;
  std::string top_bullet;
  std::vector<std::string> pending;  // unmarked paragraphs after the current item
  int pending_target = -1;

  auto flush_pending = [&] {
    if (pending_target >= 0) {
      for (const std::string& text : pending) {
        result.items[static_cast<std::size_t>(pending_target)].text += " " + text;
      }
    }
    pending.clear();
  };
  auto add_top = [&](const Paragraph& paragraph, const std::string& text, const std::string& number_text) {
    flush_pending();
    SegmentedItem item;
    item.number = number_text;
    item.printed = paragraph.marker.kind == MarkerKind::kNone ? "" : paragraph.marker.printed;
    item.text = text;
    result.items.push_back(std::move(item));
    current_top = static_cast<int>(result.items.size()) - 1;
    pending_target = current_top;
    sub_count = 0;
    sub_kind = MarkerKind::kNone;
    top_indent = paragraph.marker.indent;
  };
  auto add_sub = [&](const Paragraph& paragraph, const std::string& text, const std::string& suffix) {
    flush_pending();
    SegmentedItem item;
    item.number = result.items[static_cast<std::size_t>(current_top)].number + "." + suffix;
    item.printed = paragraph.marker.printed;
    item.text = text;
    item.parent = current_top;
    result.items[static_cast<std::size_t>(current_top)].has_children = true;
    result.items.push_back(std::move(item));
    pending_target = static_cast<int>(result.items.size()) - 1;
  };
  auto next_top_number = [&](const Paragraph&) {
    ++top_count;
    if (top_kind == TopKind::kLetter) return Letter(top_count);
    return std::to_string(first_printed + top_count - 1);
  };

  bool broken_numbering = false;
  for (std::size_t i = start; i < n; ++i) {
    const Paragraph& paragraph = paragraphs[i];
    const Marker& marker = paragraph.marker;
    std::string text = TextAfterMarker(paragraph);
    if (text.empty()) continue;
    if (IsClosing(text)) break;

    switch (marker.kind) {
      case MarkerKind::kNumber: {
        // A numbered subheading among numbered paragraphs ("1. General matters" between paragraphs
        // 2 and 3 of a report numbered throughout): a short title whose number neither goes on
        // from the item before nor is gone on from by the next numbered paragraph (before the
        // first item: the next one jumps ahead, "1. General matters" then "3. …").
        if (IsSectionTitle(text) && (top_kind == TopKind::kNumber || top_kind == TopKind::kUnset)) {
          int next_value = -1;
          for (std::size_t k = i + 1; k < n && next_value < 0; ++k) {
            if (paragraphs[k].marker.kind == MarkerKind::kNumber) next_value = paragraphs[k].marker.value;
          }
          bool out_of_step = top_kind == TopKind::kNumber ? current_top >= 0 && marker.value != last_top_printed + 1 &&
                                                                next_value != marker.value + 1
                                                          : next_value > marker.value + 1;
          if (out_of_step) break;
        }
        if (top_kind == TopKind::kUnset) {
          top_kind = TopKind::kNumber;
          first_printed = marker.value >= 1 ? marker.value : 1;
        }
        bool sub = false;
        if (top_kind == TopKind::kNumber && current_top >= 0) {
          const SegmentedItem& top = result.items[static_cast<std::size_t>(current_top)];
          bool deeper = marker.indent > top_indent + 1;
          if (sub_kind == MarkerKind::kNumber) {
            // Inside numbered sub-items: a shallower or parent-continuing number leaves them.
            if (deeper)
              sub = true;
            else if (marker.indent + 1 < top_indent)
              sub = false;
            else if (marker.value == last_sub_printed + 1 && marker.value != last_top_printed + 1)
              sub = true;
            else
              sub = false;
          } else if (EndsWithColon(top.text) && marker.value == 1 && sub_count == 0 && last_top_printed >= 1) {
            sub = true;  // a numbered list restarting under a heading item
          } else if (deeper && EndsWithColon(top.text) && sub_count == 0) {
            sub = true;
          }
        } else if (top_kind != TopKind::kNumber && current_top >= 0) {
          sub = true;
        }
        if (sub) {
          ++sub_count;
          sub_kind = MarkerKind::kNumber;
          last_sub_printed = marker.value;
          add_sub(paragraph, text, Letter(sub_count));
        } else {
          if (top_count > 0 && marker.value != last_top_printed + 1) broken_numbering = true;
          last_top_printed = marker.value;
          add_top(paragraph, text, next_top_number(paragraph));
        }
        break;
      }
      case MarkerKind::kNumberPath: {
        if (current_top < 0) {
          top_kind = TopKind::kNumber;
          first_printed = marker.parent >= 1 ? marker.parent : 1;
          last_top_printed = marker.parent;
          add_top(paragraph, text, next_top_number(paragraph));
          break;
        }
        ++sub_count;
        sub_kind = MarkerKind::kNumberPath;
        add_sub(paragraph, text, std::to_string(sub_count));
        break;
      }
      case MarkerKind::kLetter: {
        if (current_top < 0 || top_kind == TopKind::kLetter) {
          if (top_kind == TopKind::kUnset) top_kind = TopKind::kLetter;
          add_top(paragraph, text, next_top_number(paragraph));
          break;
        }
        ++sub_count;
        if (marker.value != sub_count) broken_numbering = true;
        sub_kind = MarkerKind::kLetter;
        add_sub(paragraph, text, Letter(sub_count));
        break;
      }
      case MarkerKind::kBullet: {
        if (top_kind == TopKind::kUnset || (top_kind == TopKind::kUnmarked && current_top < 0)) {
          top_kind = TopKind::kBullet;
          top_bullet = marker.printed;
          add_top(paragraph, text, next_top_number(paragraph));
          break;
        }
        if (top_kind == TopKind::kBullet) {
          // A different glyph only means a deeper level under an item that introduces one.
          bool deeper = marker.indent > top_indent + 1 ||
                        (marker.printed != top_bullet && current_top >= 0 &&
                         EndsWithColon(result.items[static_cast<std::size_t>(current_top)].text));
          if (deeper && current_top >= 0) {
            ++sub_count;
            sub_kind = MarkerKind::kBullet;
            add_sub(paragraph, text, Letter(sub_count));
          } else {
            add_top(paragraph, text, next_top_number(paragraph));
          }
          break;
        }
        // Bullets under a numbered item: its sub-items when it introduces them, else its text.
        if (current_top >= 0 &&
            (EndsWithColon(result.items[static_cast<std::size_t>(current_top)].text) || sub_count > 0)) {
          ++sub_count;
          sub_kind = MarkerKind::kBullet;
          add_sub(paragraph, text, Letter(sub_count));
        } else {
          pending.push_back(text);
        }
        break;
      }
      case MarkerKind::kLowerRoman:
        pending.push_back(paragraph.text);
        break;
      case MarkerKind::kSection:
        break;
      case MarkerKind::kNone: {
        if (IsIntroducer(text)) break;
        if (top_kind == TopKind::kUnset || top_kind == TopKind::kUnmarked) {
          if (StartsLikeAgreement(text)) {
            top_kind = TopKind::kUnmarked;
            add_top(paragraph, text, next_top_number(paragraph));
          } else if (current_top >= 0 && !IsSectionTitle(text) &&
                     EndsWithColon(result.items[static_cast<std::size_t>(current_top)].text)) {
            pending.push_back(text);
          }
          break;
        }
        if (IsSectionTitle(text)) break;
        pending.push_back(text);
        break;
      }
    }
  }
  // Narrative after the last item is not part of it.
  pending.clear();

  for (SegmentedItem& item : result.items) {
    item.heading = item.has_children && EndsWithColon(item.text);
  }
  if (broken_numbering) result.warnings.push_back("numbering_repaired");
  if (result.items.empty()) result.warnings.push_back("no_agreements_found");
  return result;
}

}  // namespace enlace
