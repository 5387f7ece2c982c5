#include "imports/reader/meeting_reader.hpp"

#include <algorithm>
#include <array>

#include "kernel/domain/text_dates.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

struct Sentence {
  std::size_t begin;
  std::size_t end;
};

// Splits at ". " / ": " / "\n" boundaries; abbreviations of one or two letters ("D.C.", "No.")
// do not end a sentence.
std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> sentences;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool end = false;
    if (c == '\n') end = true;
    if ((c == '.' || c == ':' || c == ';') && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      std::size_t w = i;
      while (w > begin && text[w - 1] != ' ') --w;
      bool abbreviation = c == '.' && i - w <= 2 && i > w;
      end = !abbreviation;
    }
    if (end) {
      if (i + 1 > begin) sentences.push_back({begin, i + 1});
      begin = i + 1;
    }
  }
  if (begin < text.size()) sentences.push_back({begin, text.size()});
  return sentences;
}

// " " + text + " ", for whole-word searches (built by appending: GCC 12 at -O3 warns, wrongly,
// on prepending to a temporary string).
std::string MeetingPadded(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(' ');
  out.append(text);
  out.push_back(' ');
  return out;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

bool IsConnector(std::string_view word) {
  return word == "de" || word == "del" || word == "la" || word == "las" || word == "los" || word == "of" ||
         word == "y" || word == "el";
}

std::string StripArticle(std::string text) {
  for (std::string_view article : {"The ", "the ", "La ", "la ", "El ", "el ", "Los ", "Las "}) {
    if (text.starts_with(article)) return text.substr(article.size());
  }
  return text;
}

// "Regional Consultation Group on Migration (RCGM)" → without the parenthesis.
std::string StripParenthesis(std::string text) {
  std::size_t open = text.rfind('(');
  if (open != std::string::npos && open > 0) {
    std::size_t close = text.find(')', open);
    if (close != std::string::npos && close + 1 >= text.size()) {
      text = text.substr(0, open);
    }
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.pop_back();
  return text;
}

bool ContainsAny(const std::string& folded, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (folded.find(needle) != std::string::npos) return true;
  }
  return false;
}

// The value of a Roman numeral in capitals ("XLIII" → 43), 0 when the word is not one.
int RomanValue(std::string_view word) {
  if (word.empty() || word.size() > 8) return 0;
  auto digit = [](char c) {
    switch (c) {
      case 'I':
        return 1;
      case 'V':
        return 5;
      case 'X':
        return 10;
      case 'L':
        return 50;
      case 'C':
        return 100;
      default:
        return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    int value = digit(word[i]);
    if (value == 0) return 0;
    int next = i + 1 < word.size() ? digit(word[i + 1]) : 0;
    total += value < next ? -value : value;
  }
  return total;
}

std::string ToRoman(int value) {
  static const std::array<std::pair<int, std::string_view>, 9> kParts = {
      {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
  std::string out;
  for (const auto& [part, letters] : kParts) {
    while (value >= part) {
      out += letters;
      value -= part;
    }
  }
  return out;
}

// Ordinal words of both languages (folded), by value.
int OrdinalWordValue(std::string_view w) {
  static const std::array<std::pair<std::string_view, int>, 52> kWords = {{
      {"first", 1},          {"second", 2},         {"third", 3},       {"fourth", 4},         {"fifth", 5},
      {"sixth", 6},          {"seventh", 7},        {"eighth", 8},      {"ninth", 9},          {"tenth", 10},
      {"eleventh", 11},      {"twelfth", 12},       {"thirteenth", 13}, {"fourteenth", 14},    {"fifteenth", 15},
      {"sixteenth", 16},     {"seventeenth", 17},   {"eighteenth", 18}, {"nineteenth", 19},    {"twentieth", 20},
      {"primera", 1},        {"primer", 1},         {"primero", 1},     {"segunda", 2},        {"segundo", 2},
      {"tercera", 3},        {"tercer", 3},         {"tercero", 3},     {"cuarta", 4},         {"cuarto", 4},
      {"quinta", 5},         {"quinto", 5},         {"sexta", 6},       {"sexto", 6},          {"septima", 7},
      {"septimo", 7},        {"octava", 8},         {"octavo", 8},      {"novena", 9},         {"noveno", 9},
      {"decima", 10},        {"decimo", 10},        {"undecima", 11},   {"undecimo", 11},      {"duodecima", 12},
      {"duodecimo", 12},     {"vigesima", 20},      {"vigesimo", 20},   {"decimoprimera", 11}, {"decimoprimero", 11},
      {"decimosegunda", 12}, {"decimosegundo", 12},
  }};
  for (const auto& [word, value] : kWords) {
    if (w == word) return value;
  }
  return 0;
}

bool IsMeetingNoun(std::string_view folded) {
  for (std::string_view noun : {"conferencia", "conference", "reunion", "meeting", "cumbre", "summit", "ministerial",
                                "regional", "session", "sesion", "encuentro", "foro", "forum", "viceministerial",
                                "vice-ministerial", "asamblea", "assembly", "consulta", "periodo"}) {
    if (folded == noun) return true;
  }
  return false;
}

// Who can take part in a meeting: a country, or an organisation from outside the process (an
// observer such as IOM, a civil-society network, a partner body); the process's own bodies, its
// secretariat and "the member countries" are not participants.
bool IsParticipant(const GazetteerEntity& entity) {
  if (entity.kind == EntityKind::kCountry) return true;
  return entity.kind == EntityKind::kOrganization &&
         (entity.category == "observer_organization" || entity.category == "international_organization" ||
          entity.category == "civil_society" || entity.category == "partner_body");
}

// A city no reference list knows, in the sentence that records the meeting: capitalised words
// right after "in" / "en" / "at" and right before the date ("celebrada en Villa Nueva los días 3
// y 4 de mayo", "held in Springfield on 3 May 2010"). Nothing when the words name something the
// reference data knows (a country, a body): that is read elsewhere.
std::optional<std::string> UnlistedCityBeforeDate(std::string_view sentence, const Gazetteer& gazetteer) {
  std::vector<std::pair<std::size_t, std::size_t>> words;  // [begin, end) in `sentence`
  for (std::size_t i = 0; i < sentence.size();) {
    while (i < sentence.size() && sentence[i] == ' ') ++i;
    std::size_t start = i;
    while (i < sentence.size() && sentence[i] != ' ') ++i;
    if (i > start) words.emplace_back(start, i);
  }
  auto word = [&](std::size_t k) { return sentence.substr(words[k].first, words[k].second - words[k].first); };
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::string preposition = Fold(word(k));
    if (preposition != "in" && preposition != "en" && preposition != "at") continue;
    std::size_t end = k + 1;
    bool comma = false;
    while (end < words.size() && end < k + 5 && !comma) {
      std::string_view w = word(end);
      if (!StartsUpper(w) && !(end > k + 1 && IsConnector(Fold(w)))) break;
      comma = w.ends_with(",");
      ++end;
    }
    while (end > k + 1 && IsConnector(Fold(word(end - 1)))) --end;
    if (end == k + 1) continue;
    std::string city(sentence.substr(words[k + 1].first, words[end - 1].second - words[k + 1].first));
    while (!city.empty() && (city.back() == ',' || city.back() == '.')) city.pop_back();
    std::string_view rest = sentence.substr(words[end - 1].second);
    rest = rest.substr(0, std::min<std::size_t>(rest.size(), 60));
    const std::string folded_rest = Fold(rest);  // the tokens point into it
    std::vector<Token> tokens = Tokenize(folded_rest);
    std::vector<DateExpression> dates = FindDateExpressions(tokens, true);
    bool before_date = !dates.empty() && dates.front().first_token <= 3 && dates.front().first.day != 0;
    if (!before_date || city.empty() || !gazetteer.Find(city).empty()) continue;
    if (MonthFromWord(Fold(city)) || IsMeetingNoun(Fold(city))) continue;
    return city;
  }
  return std::nullopt;
}

// A line that is only a place, in a title or heading block: "Villa Nueva, Provincia del Sur,
// República de X" or "Villa Nueva (Isla Larga, X), X": a city no reference list knows before the
// first comma or parenthesis, and the line ends with its country. Every word is capitalised or
// joins a name; no digits. The city and the country's code, or nullopt.
std::optional<std::pair<std::string, std::string>> UnlistedCityOfPlaceLine(std::string_view line,
                                                                           const Gazetteer& gazetteer) {
  std::string trimmed = CollapseWhitespace(line);
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '.')) trimmed.pop_back();
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(0, 1);
  if (trimmed.empty() || trimmed.size() > 120) return std::nullopt;
  std::size_t cut = trimmed.find_first_of(",(");
  if (cut == std::string::npos || trimmed.find(',') == std::string::npos) return std::nullopt;
  for (char c : trimmed) {
    if ((c >= '0' && c <= '9') || c == ':' || c == ';') return std::nullopt;
  }
  std::vector<GazetteerMention> mentions = gazetteer.Find(trimmed);
  if (mentions.empty() || mentions.back().end != trimmed.size()) return std::nullopt;
  const GazetteerEntity& country = gazetteer.entity(mentions.back().entity);
  if (country.kind != EntityKind::kCountry || mentions.back().form == NameForm::kDemonym) return std::nullopt;
  std::string city = trimmed.substr(0, cut);
  while (!city.empty() && city.back() == ' ') city.pop_back();
  std::size_t words = 0;
  for (std::size_t i = 0; i < trimmed.size();) {
    while (i < trimmed.size() && (trimmed[i] == ' ' || trimmed[i] == '(' || trimmed[i] == ',')) ++i;
    std::size_t start = i;
    while (i < trimmed.size() && trimmed[i] != ' ' && trimmed[i] != ',' && trimmed[i] != '(') ++i;
    std::string_view word = std::string_view(trimmed).substr(start, i - start);
    if (word.empty()) continue;
    if (!StartsUpper(word) && !IsConnector(Fold(word))) return std::nullopt;
    if (start < cut) ++words;
  }
  if (city.empty() || words > 4 || !StartsUpper(city)) return std::nullopt;
  if (!gazetteer.Find(city).empty() || MonthFromWord(Fold(city)) || IsMeetingNoun(Fold(city))) return std::nullopt;
  return std::make_pair(city, country.code);
}

// A title block run into one line by the conversion: "… (XYZ) Villa Nueva, Provincia del Sur,
// República de X 3 de mayo de 2015 …": a country right before a date, and before it, after a
// comma, words that are capitalised (not a heading's capitals) or join a name; the city is those
// words up to their first comma, when no reference list knows it. The city and the country's
// code, or nullopt.
std::optional<std::pair<std::string, std::string>> UnlistedCityBeforeCountryAndDate(std::string_view sentence,
                                                                                    const Gazetteer& gazetteer) {
  auto name_word = [](std::string_view word) {
    while (!word.empty() && word.back() == ',') word.remove_suffix(1);
    return !word.empty() && ((StartsUpper(word) && !HasNoLowerCase(word)) || IsConnector(Fold(word)));
  };
  for (const GazetteerMention& m : gazetteer.Find(sentence)) {
    const GazetteerEntity& country = gazetteer.entity(m.entity);
    if (country.kind != EntityKind::kCountry || m.form == NameForm::kDemonym) continue;
    std::string_view after = sentence.substr(m.end, std::min<std::size_t>(40, sentence.size() - m.end));
    const std::string folded_after = Fold(after);  // the tokens point into it
    std::vector<DateExpression> dates = FindDateExpressions(Tokenize(folded_after), true);
    if (dates.empty() || dates.front().first_token > 1 || dates.front().first.day == 0) continue;
    std::string_view before = sentence.substr(0, m.begin);
    // The country's name may be longer than the reference data's ("República de X").
    std::size_t last_comma = before.rfind(',');
    if (last_comma == std::string_view::npos) continue;
    std::vector<std::string_view> between;
    for (std::size_t i = last_comma + 1; i < before.size();) {
      while (i < before.size() && before[i] == ' ') ++i;
      std::size_t word_start = i;
      while (i < before.size() && before[i] != ' ') ++i;
      if (i > word_start) between.push_back(before.substr(word_start, i - word_start));
    }
    if (between.size() > 3 || !std::all_of(between.begin(), between.end(),
                                           [&](std::string_view w) { return StartsUpper(w) || IsConnector(Fold(w)); }))
      continue;
    before = before.substr(0, last_comma + 1);
    // Walk back over the words of the place.
    std::size_t start = before.size();  // where the place begins
    std::size_t end = before.size();    // the end of the word looked at
    for (int words = 0; end > 0 && words < 10; ++words) {
      std::size_t space = before.rfind(' ', end - 1);
      std::size_t word_start = space == std::string_view::npos ? 0 : space + 1;
      if (!name_word(before.substr(word_start, end - word_start))) break;
      start = word_start;
      if (space == std::string_view::npos) break;
      end = space;
    }
    std::string_view place = before.substr(start);
    while (!place.empty() && place.front() == ' ') place.remove_prefix(1);
    // A connector is not a place's first word.
    while (!place.empty() && !StartsUpper(place)) {
      std::size_t space = place.find(' ');
      place = space == std::string_view::npos ? std::string_view() : place.substr(space + 1);
    }
    std::size_t comma = place.find(',');
    if (place.empty() || comma == std::string_view::npos || comma == 0) continue;
    std::string city(place.substr(0, comma));
    if (!gazetteer.Find(city).empty() || MonthFromWord(Fold(city)) || IsMeetingNoun(Fold(city))) continue;
    return std::make_pair(city, country.code);
  }
  return std::nullopt;
}

// A title and opening that name the body by its words but by none of its names ("Seventh
// Ministerial Conference" and "… the ABC Process member states …" for the "Ministerial Conference
// of the ABC Process"; "Declaration of X on the Mobility of Y" for the "Technical Meeting on the
// Mobility of Y (X Process)"): the process body whose full name has the most of its content words
// in the opening, when that is at least three words and seven tenths of them.
std::optional<std::string> BodyFromTitleWords(std::string_view opening, const Gazetteer& gazetteer) {
  static constexpr std::array<std::string_view, 22> kFunctionWords = {
      "of",  "the", "on", "in", "and",   "for", "to",   "de",  "la",  "del", "el",
      "los", "las", "y",  "en", "sobre", "a",   "para", "por", "con", "its", "s"};
  auto function_word = [](std::string_view w) {
    return std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
  };
  const std::string folded = Fold(opening);  // the tokens point into it
  std::vector<std::string_view> seen;
  for (const Token& token : Tokenize(folded)) {
    if (token.kind == TokenKind::kWord) seen.push_back(token.text);
  }
  std::sort(seen.begin(), seen.end());
  struct Best {
    double share = 0;
    std::size_t covered = 0;
    std::string code;
  } best;
  for (const auto& [index, words] : gazetteer.FullNames()) {
    const GazetteerEntity& e = gazetteer.entity(index);
    if (e.kind != EntityKind::kNetwork && e.category != "process" && e.category != "process_body") continue;
    std::size_t content = 0, covered = 0;
    for (const std::string& word : words) {
      if (function_word(word)) continue;
      ++content;
      if (std::binary_search(seen.begin(), seen.end(), std::string_view(word))) ++covered;
    }
    if (content == 0 || covered < 3 || covered * 10 < content * 7) continue;
    double share = static_cast<double>(covered) / static_cast<double>(content);
    bool better = share > best.share + 1e-9 || (share > best.share - 1e-9 && covered > best.covered) ||
                  (share > best.share - 1e-9 && covered == best.covered && e.code < best.code);
    if (better) best = {share, covered, e.code};
  }
  if (best.code.empty()) return std::nullopt;
  return best.code;
}

}  // namespace

std::vector<std::string> BodiesNamedIn(const GazetteerEntity& entity, const Gazetteer& gazetteer) {
  std::vector<std::string> bodies;  // once each, in the order found
  if (entity.kind == EntityKind::kCountry) return bodies;
  // The entity's own name covers the whole of it: the body is named by what follows a word ("…
  // Secretariat of X"), so each tail of the name is searched.
  std::vector<std::string_view> tails;
  for (const std::string* name : {&entity.name_en, &entity.name_es}) {
    for (std::size_t space = name->find(' '); space != std::string::npos; space = name->find(' ', space + 1)) {
      tails.push_back(std::string_view(*name).substr(space + 1));
    }
  }
  for (std::string_view tail : tails) {
    for (const GazetteerMention& mention : gazetteer.Find(tail)) {
      const GazetteerEntity& body = gazetteer.entity(mention.entity);
      if (body.code == entity.code || body.kind == EntityKind::kCountry || body.code == "MEMBER_COUNTRIES" ||
          body.category == "group" || body.category == kCityCategory || body.category == kThingCategory) {
        continue;
      }
      if (std::find(bodies.begin(), bodies.end(), body.code) == bodies.end()) bodies.push_back(body.code);
    }
  }
  return bodies;
}

std::optional<std::string> BodyFromAddressedOrgans(const std::vector<std::string>& parties,
                                                   const Gazetteer& gazetteer) {
  std::vector<std::pair<std::string, std::size_t>> votes;  // body code, parties naming it; in first-seen order
  std::vector<std::string> seen_parties;
  for (const std::string& party : parties) {
    if (std::find(seen_parties.begin(), seen_parties.end(), party) != seen_parties.end()) continue;
    seen_parties.push_back(party);
    std::optional<std::size_t> index = gazetteer.FindCode(party);
    if (!index) continue;  // an unresolved name: nothing in the reference data says whose it is
    for (const std::string& body : BodiesNamedIn(gazetteer.entity(*index), gazetteer)) {
      auto vote = std::find_if(votes.begin(), votes.end(), [&](const auto& v) { return v.first == body; });
      if (vote == votes.end())
        votes.emplace_back(body, 1);
      else
        ++vote->second;
    }
  }
  const std::pair<std::string, std::size_t>* best = nullptr;
  for (const auto& vote : votes) {
    if (!best || vote.second > best->second) best = &vote;
  }
  if (!best) return std::nullopt;
  return best->first;
}

std::optional<std::string> ReadHostCountry(const std::vector<std::string>& paragraphs, const Gazetteer& gazetteer) {
  static constexpr std::array<std::string_view, 6> kHostCues = {"hospitalit",   "hospitalidad",   "for hosting",
                                                                "por ser sede", "como anfitrion", "as host"};
  for (const std::string& paragraph : paragraphs) {
    std::string probe = Fold(paragraph);
    bool any = false;
    for (std::string_view cue : kHostCues) any = any || probe.find(cue) != std::string::npos;
    if (!any) continue;
    for (const Sentence& s : SplitSentences(paragraph)) {
      std::string_view sentence = std::string_view(paragraph).substr(s.begin, s.end - s.begin);
      FoldedText folded = FoldText(sentence);
      std::size_t cue_at = std::string::npos;
      for (std::string_view cue : kHostCues) cue_at = std::min(cue_at, folded.text.find(cue));
      if (cue_at == std::string::npos) continue;
      std::size_t cue_source = folded.source_offset[cue_at];
      // The country thanked just before the cue ("al Gobierno de X por su hospitalidad"), else the
      // one right after it ("the hospitality of the Government of X").
      std::optional<std::string> before, after;
      for (const GazetteerMention& m : gazetteer.Find(sentence)) {
        const GazetteerEntity& e = gazetteer.entity(m.entity);
        if (e.kind != EntityKind::kCountry || m.form == NameForm::kDemonym) continue;
        if (m.end <= cue_source && cue_source - m.end <= 40) before = e.code;
        if (m.begin >= cue_source && m.begin - cue_source <= 60 && !after) after = e.code;
      }
      if (before) return before;
      if (after) return after;
    }
  }
  return std::nullopt;
}

std::optional<std::string> ReadOrdinal(std::string_view text) {
  // Word by word over the source (Roman numerals are read in capitals, ordinal words folded).
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size() && words.size() < 400) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '(' || text[i] == '"')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    std::string_view word = text.substr(start, i - start);
    while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ':')) word.remove_suffix(1);
    if (!word.empty()) words.push_back(word);
  }
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::string next = Fold(words[k + 1]);
    if (!IsMeetingNoun(next)) continue;
    // A well-formed numeral only ("CIVIL" is made of the letters but is not one).
    if (int roman = RomanValue(words[k]); roman > 0 && roman < 200 && ToRoman(roman) == words[k]) {
      return std::string(words[k]);
    }
    if (int value = OrdinalWordValue(Fold(words[k])); value > 0) return ToRoman(value);
  }
  return std::nullopt;
}

std::string DetectLanguage(std::string_view text) {
  std::string folded = Fold(text.substr(0, std::min<std::size_t>(text.size(), 20000)));
  int english = 0;
  int spanish = 0;
  for (const Token& token : Tokenize(folded)) {
    std::string_view w = token.text;
    if (w == "the" || w == "and" || w == "of" || w == "to" || w == "for" || w == "with" || w == "on" || w == "will")
      ++english;
    if (w == "el" || w == "la" || w == "los" || w == "las" || w == "y" || w == "del" || w == "que" || w == "para" ||
        w == "con" || w == "por")
      ++spanish;
  }
  return spanish > english ? "es" : "en";
}

MeetingFields ReadMeeting(const std::vector<std::string>& preamble, const Gazetteer& gazetteer,
                          std::string_view language) {
  MeetingFields fields;
  std::string text;
  for (const std::string& paragraph : preamble) {
    // A sentence broken by blank lines (a PDF viewer's copy) continues after a function word:
    // "… de la República del" / "Paraguay, …".
    if (!text.empty()) {
      std::size_t space = text.find_last_of(' ', text.size() - 2);
      std::string last = Fold(std::string_view(text).substr(space == std::string::npos ? 0 : space + 1));
      while (!last.empty() && last.back() == '\n') last.pop_back();
      if (last == "de" || last == "del" || last == "la" || last == "el" || last == "los" || last == "las" ||
          last == "y" || last == "of" || last == "the" || last == "and" || last == "en" || last == "in") {
        text.back() = ' ';
      }
    }
    text += paragraph;
    text += "\n";
  }
  std::vector<Sentence> sentences = SplitSentences(text);
  auto sentence_text = [&](const Sentence& s) { return std::string_view(text).substr(s.begin, s.end - s.begin); };

  // The sentence recording the meeting.
  // A sentence with a meeting verb wins over a title that only names a meeting.
  std::optional<Sentence> meeting;
  static const std::initializer_list<std::string_view> kMeetingVerbs = {
      " held ",      " met ",         " convened ",  " gathered ",    " took place",      " was held",  " were held",
      " se reunio",  " se reunieron", " celebro ",   " llevo a cabo", " se llevo a cabo", " sesiono",   " se realizo",
      " realizo su", " realizo un",   " tuvo lugar", " se celebro",   " hosted the ",     " acogio la "};
  static const std::initializer_list<std::string_view> kMeetingNouns = {" reunion ordinaria", " reunion extraordinaria",
                                                                        " regular meeting",   " extraordinary meeting",
                                                                        " virtual meeting",   " reunion virtual"};
  for (const auto* keywords : {&kMeetingVerbs, &kMeetingNouns}) {
    for (const Sentence& s : sentences) {
      std::string folded = MeetingPadded(Fold(sentence_text(s)));
      if (ContainsAny(folded, *keywords)) {
        meeting = s;
        break;
      }
    }
    if (meeting) break;
  }

  // Body: the subject of the meeting verb, or the body after "meeting of", in the first sentence
  // about the meeting that names one ("Minutes of the meeting held in …" does not).
  std::vector<Sentence> candidates;
  if (meeting) candidates.push_back(*meeting);
  for (const Sentence& s : sentences) {
    std::string folded = MeetingPadded(Fold(sentence_text(s)));
    if (ContainsAny(folded, kMeetingVerbs) && (!meeting || s.begin != meeting->begin)) candidates.push_back(s);
  }
  for (const Sentence& candidate : candidates) {
    if (fields.body) break;
    std::string_view sentence = sentence_text(candidate);
    FoldedText folded = FoldText(sentence);
    std::size_t cut = std::string::npos;
    for (std::string_view verb :
         {" was held",   " were held",  " took place",  " held ",      " met ",         " convened ",
          " gathered ",  " se reunio",  " hosted the ", " acogio la ", " se reunieron", " se llevo a cabo",
          " tuvo lugar", " se celebro", " se realizo",  " celebro ",   " llevo a cabo", " sesiono",
          " realizo su", " realizo un", " organizo "}) {
      std::size_t at = folded.text.find(verb);
      if (at != std::string::npos && at < cut) cut = at;
    }
    std::string subject;
    if (cut != std::string::npos) {
      std::size_t source_cut = folded.source_offset[cut];
      subject = CollapseWhitespace(sentence.substr(0, source_cut));
      // "On 15 November 2016, the Network held": drop a leading phrase up to a comma.
      if (std::size_t comma = subject.rfind(", "); comma != std::string::npos) subject = subject.substr(comma + 2);
    }
    // "X hosted the Meeting of Y", "X acogió la Reunión de Y": the meeting is the object; its
    // host is not the body.
    bool hosted = cut != std::string::npos && (folded.text.compare(cut, 12, " hosted the ") == 0 ||
                                               folded.text.compare(cut, 11, " acogio la ") == 0);
    if (hosted) subject.clear();
    std::string folded_subject_probe = Fold(subject);
    bool names_a_meeting = folded_subject_probe.find("meeting of") != std::string::npos ||
                           folded_subject_probe.find("reunion de") != std::string::npos ||
                           folded_subject_probe.find("reunion del") != std::string::npos;
    if (subject.empty() || subject.size() > 200 || names_a_meeting) {
      subject.clear();
      // "The regular meeting of the X was held", "La reunión de la X se llevó a cabo"
      for (std::string_view of : {"meeting of the ", "meeting of ", "reunion de la ", "reunion del ", "reunion de "}) {
        std::size_t at = folded.text.find(of);
        if (at == std::string::npos) continue;
        std::size_t start = at + of.size();
        std::size_t end = folded.text.size();
        for (std::string_view stop :
             {" was ", " took ", " se ", " tuvo ", " fue ", ",", " held", " met ", " realizada", " celebrada"}) {
          std::size_t s = folded.text.find(stop, start);
          if (s != std::string::npos && s < end) end = s;
        }
        subject = CollapseWhitespace(
            sentence.substr(folded.source_offset[start], folded.source_offset[end] - folded.source_offset[start]));
        break;
      }
    }
    subject = StripParenthesis(StripArticle(subject));
    if (!subject.empty() && subject.size() <= 200) {
      auto mentions = gazetteer.Find(subject);
      std::optional<std::size_t> entity = gazetteer.Lookup(subject);
      if (!entity && !mentions.empty()) {
        // Only when the mention is most of the subject: "the RCM Member Countries" is not a body.
        const GazetteerMention& m = mentions.front();
        const GazetteerEntity& e = gazetteer.entity(m.entity);
        if (e.kind != EntityKind::kCountry && (m.end - m.begin) * 2 >= subject.size()) entity = m.entity;
      }
      if (!entity) {
        // A heading glued to the subject ("VI CONFERENCIA … COMUNICADO CONJUNTO La VI Conferencia …
        // (CRM)"): the last name of one of the process's own bodies in it, as written there.
        for (auto m = mentions.rbegin(); m != mentions.rend(); ++m) {
          const GazetteerEntity& e = gazetteer.entity(m->entity);
          bool own_body = e.kind == EntityKind::kNetwork || e.category == "process" || e.category == "process_body";
          if (!own_body || m->form == NameForm::kAbbreviation) continue;
          entity = m->entity;
          subject = subject.substr(m->begin, m->end - m->begin);
          break;
        }
      }
      if (entity) {
        const GazetteerEntity& e = gazetteer.entity(*entity);
        if (e.kind != EntityKind::kCountry && e.code != "MEMBER_COUNTRIES" && e.category != kCityCategory &&
            e.category != kThingCategory) {
          fields.body_code = e.code;
          // An acronym ("The RCGM met …") is spelled out; a name is kept as the report writes it.
          bool abbreviation = subject.size() <= 12 && HasNoLowerCase(subject);
          if (abbreviation) {
            subject = language == "es" && !e.name_es.empty() ? e.name_es : e.name_en;
            subject = StripParenthesis(subject);
          }
        }
      }
      bool looks_like_body = fields.body_code.has_value() || StartsUpper(subject);
      std::string folded_subject = MeetingPadded(Fold(subject));
      bool not_a_body =
          ContainsAny(folded_subject,
                      {" we ", " it ", " delegations ", " representatives ", " representantes ", " delegaciones ",
                       " minutes ", " report ", " informe ", " acta ", " summary ", " resumen ", " meeting ",
                       " reunion ", " countries ", " paises ", " participants ", " participantes "}) ||
          (!subject.empty() && subject[0] >= '0' && subject[0] <= '9');
      if (looks_like_body && !not_a_body) {
        fields.body = subject;
      } else {
        fields.body_code.reset();
      }
      // A subject the reference data does not know (a name cut at a comma inside it, a meeting
      // named by its words): the body whose full name the sentence covers, if one does.
      if (fields.body && !fields.body_code) {
        if (auto code = BodyFromTitleWords(sentence, gazetteer)) {
          const GazetteerEntity& e = gazetteer.entity(*gazetteer.FindCode(*code));
          fields.body_code = e.code;
          fields.body = StripParenthesis(language == "es" && !e.name_es.empty() ? e.name_es : e.name_en);
          fields.warnings.push_back("body_from_title_words");
        }
      }
    }
  }
  if (!fields.body) {
    // A title: "Report of the meeting of the Liaison Officer Network …", "Informe de la Red …".
    for (const std::string& paragraph : preamble) {
      auto mentions = gazetteer.Find(paragraph);
      for (const GazetteerMention& m : mentions) {
        const GazetteerEntity& e = gazetteer.entity(m.entity);
        if (e.kind == EntityKind::kNetwork || e.category == "process_body" || e.category == "process") {
          fields.body_code = e.code;
          fields.body = StripParenthesis(language == "es" && !e.name_es.empty() ? e.name_es : e.name_en);
          break;
        }
      }
      if (fields.body) break;
    }
  }
  if (!fields.body) {
    if (auto code =
            BodyFromTitleWords(std::string_view(text).substr(0, std::min<std::size_t>(text.size(), 800)), gazetteer)) {
      const GazetteerEntity& e = gazetteer.entity(*gazetteer.FindCode(*code));
      fields.body_code = e.code;
      fields.body = StripParenthesis(language == "es" && !e.name_es.empty() ? e.name_es : e.name_en);
      fields.warnings.push_back("body_from_title_words");
    }
  }
  if (!fields.body) fields.warnings.push_back("body_not_found");
  // The ordinal of the meeting, in the first lines (title, heading block, opening sentence).
  fields.ordinal = ReadOrdinal(std::string_view(text).substr(0, std::min<std::size_t>(text.size(), 1500)));

  // Meeting type.
  if (meeting) {
    std::string folded = Fold(sentence_text(*meeting));
    if (ContainsAny(folded, {"extraordinary", "extraordinaria", "extraordinario"}))
      fields.meeting_type = "extraordinary";
    else if (ContainsAny(folded, {"virtual", "videoconferen", "video conferen", "en linea", "online"}))
      fields.meeting_type = "virtual";
    else if (ContainsAny(folded, {"workshop", "taller", "seminar", "seminario"}))
      fields.meeting_type = "workshop";
    else
      fields.meeting_type = "regular";
  }

  // Place: "in <City>, <Country>" in the meeting sentence first, then anywhere in the preamble.
  // Only sentences about the meeting: a country list elsewhere is not a place.
  std::vector<Sentence> place_order;
  if (meeting) place_order.push_back(*meeting);
  for (const Sentence& s : sentences) {
    std::string folded = MeetingPadded(Fold(sentence_text(s)));
    if (ContainsAny(folded, kMeetingVerbs) || ContainsAny(folded, kMeetingNouns) ||
        ContainsAny(folded, {" meeting", " reunion"})) {
      place_order.push_back(s);
    }
  }
  // Then every sentence and title line, where only a city followed by its country counts ("Location:
  // Bali, Indonesia", "reunidos en la ciudad de Mendoza, República Argentina").
  std::size_t about_the_meeting = place_order.size();
  for (const Sentence& s : sentences) place_order.push_back(s);
  std::optional<std::pair<std::size_t, std::size_t>> place_span;  // in `text`
  for (std::size_t order = 0; order < place_order.size(); ++order) {
    const Sentence& s = place_order[order];
    bool strict = order >= about_the_meeting;
    std::string_view sentence = sentence_text(s);
    for (const GazetteerMention& m : gazetteer.Find(sentence)) {
      const GazetteerEntity& e = gazetteer.entity(m.entity);
      if (!IsParticipant(e) || e.code == fields.body_code || m.form == NameForm::kDemonym) continue;
      // "Mexico City", "Panama City", "Ciudad de Guatemala": the country's name inside a city's.
      {
        std::string after = Fold(sentence.substr(m.end, std::min<std::size_t>(6, sentence.size() - m.end)));
        std::string lead = Fold(sentence.substr(m.begin >= 12 ? m.begin - 12 : 0, m.begin >= 12 ? 12 : m.begin));
        if (after.starts_with(" city") || lead.ends_with("ciudad de ")) continue;
      }
      std::string_view before = sentence.substr(0, m.begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      std::string before_folded = Fold(before);
      auto ends_with_word = [&](std::string_view word) {
        std::string needle(1, ' ');
        needle.append(word);
        return before_folded.ends_with(needle) || before_folded == word;
      };
      if (!before.empty() && before.back() == ',') {
        // Walk back over the city's words.
        std::string_view head = before.substr(0, before.size() - 1);
        std::vector<std::string_view> words;
        std::size_t end = head.size();
        while (end > 0) {
          std::size_t space = head.rfind(' ', end - 1);
          std::size_t start = space == std::string_view::npos ? 0 : space + 1;
          std::string_view word = head.substr(start, end - start);
          if (word.empty() || word.back() == ',' || word.back() == ';') break;
          if (!StartsUpper(word) && !IsConnector(Fold(word))) break;
          words.insert(words.begin(), word);
          if (space == std::string_view::npos) break;
          end = space;
          if (words.size() > 5) break;
        }
        while (!words.empty() && IsConnector(Fold(words.front()))) words.erase(words.begin());
        if (!words.empty()) {
          std::string city;
          for (std::string_view w : words) {
            if (!city.empty()) city.push_back(' ');
            city += w;
          }
          // "Ciudad de Panamá" is a city; "The Network" (sentence start) is not: the word before the
          // city must be a preposition of place.
          std::size_t city_start = static_cast<std::size_t>(words.front().data() - sentence.data());
          std::string lead = Fold(sentence.substr(0, city_start));
          while (!lead.empty() && lead.back() == ' ') lead.pop_back();
          bool after_preposition = lead.ends_with(" in") || lead.ends_with(" en") || lead.ends_with(" at") ||
                                   lead.ends_with(" en la") || lead.ends_with(" en el") || lead == "in" ||
                                   lead == "en" || lead.ends_with("ciudad de") || lead.ends_with("city of") ||
                                   lead.ends_with("location:") || lead.ends_with("lugar:") ||
                                   lead.ends_with("venue:") || lead.ends_with("sede:");
          if (after_preposition) {
            fields.place.city = city;
            fields.place.country = e.code;
            place_span = {s.begin + m.begin, s.begin + m.end};
            break;
          }
        }
      }
      if (!strict && (ends_with_word("in") || ends_with_word("en") || ends_with_word("at"))) {
        fields.place.country = e.code;
        place_span = {s.begin + m.begin, s.begin + m.end};
        break;
      }
    }
    if (fields.place.country) break;
    if (strict) {
      // A title or date line that opens with a city of the reference data, or names one just
      // before the date: "Washington, DC, March 24, 2000", "Working Group … Vienna, 27-29 January".
      for (const GazetteerMention& m : gazetteer.Find(sentence)) {
        auto country = CityCountry(gazetteer.entity(m.entity));
        if (!country || m.end >= sentence.size() || sentence[m.end] != ',') continue;
        bool opens_line = CollapseWhitespace(sentence.substr(0, m.begin)).empty();
        std::string_view after = sentence.substr(m.end + 1, std::min<std::size_t>(24, sentence.size() - m.end - 1));
        bool before_date = !after.empty() && FindDateExpressions(Tokenize(Fold(after)), true).size() > 0;
        if (!opens_line && !before_date) continue;
        fields.place.city = std::string(sentence.substr(m.begin, m.end - m.begin));
        fields.place.country = *country;
        break;
      }
      if (fields.place.country) break;
      auto place = UnlistedCityOfPlaceLine(sentence, gazetteer);
      if (!place) place = UnlistedCityBeforeCountryAndDate(sentence, gazetteer);
      if (place) {
        fields.place.city = place->first;
        fields.place.country = place->second;
        break;
      }
      continue;
    }
    // A city of the reference data without its country: "in Tegucigalpa", "en San José", "in the
    // city of Quito".
    for (const GazetteerMention& m : gazetteer.Find(sentence)) {
      auto country = CityCountry(gazetteer.entity(m.entity));
      if (!country) continue;
      std::string lead = Fold(sentence.substr(0, m.begin));
      while (!lead.empty() && lead.back() == ' ') lead.pop_back();
      lead = " " + lead;
      bool after_preposition = false;
      for (std::string_view preposition :
           {" in", " en", " at", " en la", " en el", " city of", " ciudad de", " location:", " lugar:", " sede:"}) {
        after_preposition = after_preposition || lead.ends_with(preposition);
      }
      if (!after_preposition) continue;
      fields.place.city = std::string(sentence.substr(m.begin, m.end - m.begin));
      fields.place.country = *country;
      break;
    }
    if (fields.place.country) break;
  }

  // A city no reference list knows, in a sentence about the meeting ("la Reunión …, celebrada en
  // X los días …").
  for (std::size_t order = 0; order < place_order.size() && !fields.place.country && !fields.place.city; ++order) {
    std::string folded = MeetingPadded(Fold(sentence_text(place_order[order])));
    bool about_meeting =
        order < about_the_meeting || ContainsAny(folded, {" celebrad", " realizad", " reunid", " held ", " convened "});
    if (about_meeting) fields.place.city = UnlistedCityBeforeDate(sentence_text(place_order[order]), gazetteer);
  }

  // Dates: the first date expression of the meeting sentence, else of the preamble.
  auto read_dates = [&](std::string_view source) -> bool {
    std::string folded = Fold(source);
    // "de marzo del año 2001" is "de marzo de 2001".
    for (std::size_t at = folded.find(" del ano "); at != std::string::npos; at = folded.find(" del ano ", at)) {
      folded.replace(at, 9, " de ");
    }
    std::vector<Token> tokens = Tokenize(folded);
    std::vector<DateExpression> found = FindDateExpressions(tokens, true);
    for (std::size_t k = 0; k < found.size(); ++k) {
      const DateExpression& e = found[k];
      if (e.first.day == 0) continue;
      int year = e.last ? e.last->year : e.first.year;
      if (year == 0) {
        for (std::size_t later = k + 1; later < found.size() && year == 0; ++later) year = found[later].first.year;
      }
      if (year == 0) continue;
      int first_year = e.first.year != 0 ? e.first.year : year;
      fields.date = ToDate(first_year, e.first.month, e.first.day);
      if (e.last) {
        fields.date_end = ToDate(e.last->year != 0 ? e.last->year : year, e.last->month, e.last->day);
        if (fields.date_end && fields.date && *fields.date_end == *fields.date) fields.date_end.reset();
      }
      return fields.date.has_value();
    }
    return false;
  };
  bool dated = meeting && read_dates(sentence_text(*meeting));
  if (!dated) dated = read_dates(text);
  if (!dated) fields.warnings.push_back("date_not_found");

  // The body and the organisation it belongs to (named in its names) do not take part in its meeting.
  std::vector<std::string> own_organisations;
  if (auto index = fields.body_code ? gazetteer.FindCode(*fields.body_code) : std::nullopt)
    own_organisations = BodiesNamedIn(gazetteer.entity(*index), gazetteer);
  auto own_house = [&](const std::string& code) {
    return code == fields.body_code ||
           std::find(own_organisations.begin(), own_organisations.end(), code) != own_organisations.end();
  };

  // Participants: countries in the sentences that speak of participation.
  static const std::initializer_list<std::string_view> kParticipation = {
      "particip", "attend", "asist", "representatives", "representantes", "delegations of", "delegations from",
      "delegaciones de", "presence of", "presencia de", "present were", "estuvieron presentes", "observer",
      "observador", "represented", "representad", "integrada por", "integrado por", "ministers of", "ministros de",
      "presidentes de", "presidents of", "co-chair", "copresid", "co-host", "coanfitri",
      // A heading block's line: "Países: A, B, C", "Participating countries: …".
      "paises:", "countries:", "delegaciones:", "delegations:", "participantes:", "participants:"};
  bool list_goes_on = false;
  for (const Sentence& s : sentences) {
    std::string_view sentence = sentence_text(s);
    std::string folded = Fold(sentence);
    bool cue = ContainsAny(folded, kParticipation);
    // A list of participants split by semicolons ("Los Presidentes de A, X; de B, Y; …") goes on
    // in the parts after the one with the cue.
    bool continues_list = list_goes_on;
    std::string trimmed_sentence = CollapseWhitespace(sentence);
    list_goes_on = (cue || continues_list) && trimmed_sentence.ends_with(";");
    if (!cue && !continues_list) continue;
    // The list follows the cue ("with the participation of Belize, Canada …") or precedes it
    // ("Colombia and Peru attended as observers"); countries before the cue in the first case
    // are something else ("under the Presidency Pro Tempore of Panama, with the participation of").
    FoldedText folded_source = FoldText(sentence);
    std::size_t cue_at = std::string::npos;
    for (std::string_view word : kParticipation) {
      std::size_t at = folded_source.text.find(word);
      if (at != std::string::npos && at < cue_at) cue_at = at;
    }
    std::size_t cue_source = cue_at == std::string::npos ? 0 : folded_source.source_offset[cue_at];
    std::vector<GazetteerMention> countries;
    // A country named by its people's adjective before or after an office ("the Ruritanian Foreign
    // Minister", "el Canciller ruritano") is that country taking part.
    auto demonym_with_office = [&](const GazetteerMention& m) {
      static const std::initializer_list<std::string_view> kOffices = {
          " minister",   " foreign minister", " prime minister", " president", " government", " delegation",
          " ambassador", " ministro",         " ministra",       " canciller", " presidente", " presidenta",
          " gobierno",   " delegacion",       " embajador",      " embajadora"};
      std::string after = Fold(sentence.substr(m.end, std::min<std::size_t>(24, sentence.size() - m.end)));
      std::string before = Fold(sentence.substr(m.begin >= 24 ? m.begin - 24 : 0, m.begin >= 24 ? 24 : m.begin));
      while (!before.empty() && before.back() == ' ') before.pop_back();
      for (std::string_view office : kOffices) {
        std::string_view word = office.substr(1);
        if (after.starts_with(office) && (after.size() == office.size() || after[office.size()] == ' ' ||
                                          after[office.size()] == ',' || after[office.size()] == '.'))
          return true;
        if (before.ends_with(word) && (before.size() == word.size() || before[before.size() - word.size() - 1] == ' '))
          return true;
      }
      return false;
    };
    for (const GazetteerMention& m : gazetteer.Find(sentence)) {
      const GazetteerEntity& e = gazetteer.entity(m.entity);
      if (!IsParticipant(e) || own_house(e.code)) continue;
      if (m.form == NameForm::kDemonym && (e.kind != EntityKind::kCountry || !demonym_with_office(m))) continue;
      if (place_span && s.begin + m.begin == place_span->first) continue;
      countries.push_back(m);
    }
    bool any_after = std::any_of(countries.begin(), countries.end(),
                                 [&](const GazetteerMention& m) { return m.begin >= cue_source; });
    for (const GazetteerMention& m : countries) {
      if (any_after && m.begin < cue_source) continue;
      const GazetteerEntity& e = gazetteer.entity(m.entity);
      if (std::find(fields.participants.begin(), fields.participants.end(), e.code) == fields.participants.end()) {
        fields.participants.push_back(e.code);
      }
    }
    // "Participaron las siguientes delegaciones:" followed by a list of countries, one a line.
    if (!sentence.empty() && CollapseWhitespace(sentence).ends_with(":")) {
      std::size_t next = s.end;
      auto from = std::lower_bound(sentences.begin(), sentences.end(), next,
                                   [](const Sentence& sentence, std::size_t at) { return sentence.begin < at; });
      for (auto it = from; it != sentences.end(); ++it) {
        const Sentence& t = *it;
        std::string_view line = sentence_text(t);
        auto mentions = gazetteer.Find(line);
        std::size_t covered = 0;
        for (const GazetteerMention& m : mentions) covered += m.end - m.begin;
        if (mentions.empty() || covered * 2 < CollapseWhitespace(line).size()) break;
        for (const GazetteerMention& m : mentions) {
          const GazetteerEntity& e = gazetteer.entity(m.entity);
          if (IsParticipant(e) && !own_house(e.code) &&
              std::find(fields.participants.begin(), fields.participants.end(), e.code) == fields.participants.end()) {
            fields.participants.push_back(e.code);
          }
        }
        next = t.end;
      }
    }
  }

  // Submitted to: the body after "submits … report to" / "somete a consideración del".
  for (const Sentence& s : sentences) {
    std::string_view sentence = sentence_text(s);
    std::string folded = Fold(sentence);
    bool cue =
        ContainsAny(folded, {"submit", "present", "eleva", "somete", "presenta", "remite", "transmit", "forward"}) &&
        ContainsAny(folded, {"report", "informe", "consideration", "consideracion", "approval", "aprobacion",
                             "recommendations", "recomendaciones", "acuerdos", "agreements"});
    if (!cue) continue;
    for (const GazetteerMention& m : gazetteer.Find(sentence)) {
      const GazetteerEntity& e = gazetteer.entity(m.entity);
      if (e.kind == EntityKind::kCountry || m.form == NameForm::kDemonym || e.category == kCityCategory ||
          e.category == kThingCategory)
        continue;
      if (fields.body_code && e.code == *fields.body_code) continue;
      if (e.code == "MEMBER_COUNTRIES") continue;
      fields.submitted_to = e.code;
      break;
    }
    if (fields.submitted_to) break;
  }
  return fields;
}

}  // namespace enlace
