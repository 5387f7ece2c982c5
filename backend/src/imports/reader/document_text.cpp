#include "imports/reader/document_text.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "imports/reader/verb_lexicon.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLowerStart(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'a' && c <= 'z') return true;
  // á é í ó ú ñ ü: C3 A0..C3 BF
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0xA0;
}

bool StartsUpperCase(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80 &&
         static_cast<unsigned char>(s[1]) <= 0x9E;
}

std::size_t Utf8Length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string Trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
  std::size_t e = s.size();
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

// The last word of a line and the first word of the next, folded, for the split-word test.
std::string LastWord(std::string_view line) {
  std::size_t e = line.size();
  std::size_t b = e;
  while (b > 0 && (IsAsciiLetter(line[b - 1]) || static_cast<unsigned char>(line[b - 1]) >= 0x80)) --b;
  return Fold(line.substr(b, e - b));
}

std::string FirstWord(std::string_view line) {
  std::size_t e = 0;
  while (e < line.size() && (IsAsciiLetter(line[e]) || static_cast<unsigned char>(line[e]) >= 0x80)) ++e;
  return Fold(line.substr(0, e));
}

}  // namespace

std::string RemoveConversionNoise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '[' && text.substr(i).starts_with("[bookmark:")) {
      std::size_t close = text.find(']', i);
      if (close != std::string_view::npos && close - i < 200) {
        i = close + 1;
        continue;
      }
    }
    // pandoc: "[]{#OLE_LINK31 .anchor}"
    if (c == '[' && text.substr(i).starts_with("[]{#")) {
      std::size_t close = text.find('}', i);
      if (close != std::string_view::npos && close - i < 200) {
        i = close + 1;
        continue;
      }
    }
    // A Wingdings bullet (●, the letter "l" in that font) read as an "l" glued to the first word
    // of a line: "len un plazo", "lthe report". Only before a function word, which no word of
    // either language starts with "l" and goes on as.
    if (c == 'l' && (i == 0 || text[i - 1] == '\n')) {
      std::size_t space = text.find(' ', i);
      std::string_view word = text.substr(i + 1, space == std::string_view::npos ? 0 : space - i - 1);
      static constexpr std::array<std::string_view, 12> kFunctionWords = {
          "en", "el", "de", "del", "in", "the", "to", "by", "within", "dentro", "antes", "before"};
      if (std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end()) {
        ++i;
        continue;
      }
    }
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
        continue;
      }
      out.push_back('\n');
      ++i;
      continue;
    }
    if (c == '\f' || c == '\v') {
      out.push_back('\n');
      ++i;
      continue;
    }
    if (c == '\0') {
      out.push_back(' ');
      ++i;
      continue;
    }
    // Soft hyphen U+00AD (C2 AD), zero-width space/joiners U+200B–U+200D, word joiner U+2060,
    // BOM U+FEFF; no-break space U+00A0 becomes a space.
    if (text.substr(i).starts_with("\xC2\xAD")) {
      // A soft hyphen where a line was broken: the word continues on the next line.
      std::size_t k = i + 2;
      while (k < text.size() && (text[k] == ' ' || text[k] == '\r')) ++k;
      if (k < text.size() && text[k] == '\n') {
        ++k;
        while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
        i = k;
        continue;
      }
      i += 2;
      continue;
    }
    if (text.substr(i).starts_with("\xC2\xA0")) {
      out.push_back(' ');
      i += 2;
      continue;
    }
    if (text.substr(i).starts_with("\xE2\x80\x8B") || text.substr(i).starts_with("\xE2\x80\x8C") ||
        text.substr(i).starts_with("\xE2\x80\x8D") || text.substr(i).starts_with("\xE2\x81\xA0") ||
        text.substr(i).starts_with("\xEF\xBB\xBF")) {
      i += 3;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

namespace {

// A collapsed layout (a whole communiqué as one paragraph: "… ACORDARON: 1. Aceptar … 2. Reconocer
// …"): the numbers 1, 2, … that follow the end of a sentence or a colon and open a capitalised
// sentence are the items' markers. At least 1 and 2 must be there, in order, for a paragraph to be
// split; a lone "3. " after a full stop is a number in a sentence.
// Does the sentence open with an operative verb in its base form ("Profundizar …", "To address …")?
bool OpensWithInfinitive(std::string_view sentence) {
  std::string folded = Fold(sentence.substr(0, std::min<std::size_t>(sentence.size(), 60)));
  std::vector<Token> tokens = Tokenize(folded);
  std::size_t i = !tokens.empty() && tokens[0].text == "to" ? 1 : 0;
  auto verb = VerbAt(tokens, i);
  return verb && verb->kind == VerbFormKind::kBase;
}

// A list whose markers a conversion lost, run into one paragraph: "… los siguientes lineamientos y
// acciones: Profundizar … Intensificar … Reforzar … Para la consecución …". After a colon, two
// or more sentences in a row that each open with an infinitive are items (unmarked bullets); the
// text before is a paragraph and so is the text after them.
std::vector<Paragraph> SplitInlineInfinitives(Paragraph paragraph) {
  const std::string& t = paragraph.text;
  for (std::size_t colon = t.find(": "); colon != std::string::npos; colon = t.find(": ", colon + 1)) {
    std::vector<std::size_t> starts;
    std::size_t at = colon + 2;
    while (at < t.size() && OpensWithInfinitive(std::string_view(t).substr(at))) {
      starts.push_back(at);
      std::size_t next = std::string::npos;
      for (std::size_t dot = t.find(". ", at); dot != std::string::npos; dot = t.find(". ", dot + 1)) {
        if (StartsUpperCase(std::string_view(t).substr(dot + 2))) {
          next = dot + 2;
          break;
        }
      }
      if (next == std::string::npos) {
        at = t.size();
        break;
      }
      at = next;
    }
    if (starts.size() < 2) continue;
    std::vector<Paragraph> pieces;
    Paragraph head;
    head.marker = paragraph.marker;
    head.text = CollapseWhitespace(std::string_view(t).substr(0, colon + 1));
    head.marker.length = std::min(head.marker.length, head.text.size());
    pieces.push_back(std::move(head));
    for (std::size_t k = 0; k < starts.size(); ++k) {
      std::size_t end = k + 1 < starts.size() ? starts[k + 1] : at;
      Paragraph item;
      item.marker.kind = MarkerKind::kBullet;
      item.text = CollapseWhitespace(std::string_view(t).substr(starts[k], end - starts[k]));
      pieces.push_back(std::move(item));
    }
    if (at < t.size()) {
      Paragraph rest;
      rest.text = CollapseWhitespace(std::string_view(t).substr(at));
      pieces.push_back(std::move(rest));
    }
    return pieces;
  }
  return {std::move(paragraph)};
}

// A title run into the numbered paragraph that follows it, as PDF conversions of reports with
// numbered sections leave them: "II. Findings 4. The group noted …" (a section title, then
// paragraph 4) or "2. Training 5. Members should …" (a numbered subheading, then paragraph 5).
// Returns where the paragraph's number starts: a number of one or two digits and ". " before a
// capital, reached from `from` within `max_words` words and without a full stop, a colon or a
// semicolon on the way (a sentence ends before its next number; a title has no such stop).
std::size_t ImportsTitleRunIn(std::string_view t, std::size_t from, std::size_t max_words) {
  std::size_t words = 0;
  for (std::size_t i = from; i + 3 < t.size(); ++i) {
    char c = t[i];
    if (c == '.' || c == ';' || c == ':' || c == '?' || c == '!') return std::string::npos;
    if (c == ' ') {
      if (++words > max_words) return std::string::npos;
      continue;
    }
    if (c < '0' || c > '9' || i == from || t[i - 1] != ' ') continue;
    std::size_t j = i;
    while (j < t.size() && j < i + 3 && t[j] >= '0' && t[j] <= '9') ++j;
    if (j - i > 2 || j + 2 >= t.size() || t[j] != '.' || t[j + 1] != ' ') {
      i = j;
      continue;
    }
    if (words >= 1 && StartsUpperCase(t.substr(j + 2))) return i;
    return std::string::npos;
  }
  return std::string::npos;
}

// A numbered subheading left at the end of the paragraph before it: "… of the Protocol. 2. Victims
// of trafficking". Returns where its number starts, or npos: a number after a full stop, then a
// capitalised run of at most eight words without punctuation to the end.
std::size_t ImportsTrailingNumberedTitle(std::string_view t) {
  std::size_t at = std::string::npos;
  for (std::size_t dot = t.rfind(". "); dot != std::string::npos && dot > 0; dot = t.rfind(". ", dot - 1)) {
    std::size_t i = dot + 2;
    std::size_t j = i;
    while (j < t.size() && j < i + 3 && t[j] >= '0' && t[j] <= '9') ++j;
    if (j == i || j - i > 2 || j + 2 >= t.size() || t[j] != '.' || t[j + 1] != ' ' ||
        !StartsUpperCase(t.substr(j + 2))) {
      continue;
    }
    // Only the stop right before the number: the title runs to the end of the paragraph.
    std::string_view rest = t.substr(j + 2);
    if (rest.find_first_of(".,;:?!") != std::string_view::npos) return std::string::npos;
    if (std::count(rest.begin(), rest.end(), ' ') > 7) return std::string::npos;
    at = i;
    break;
  }
  return at;
}

// Where the title that opens `t` at `begin` (its marker `marker`) runs into a numbered paragraph,
// or npos.
std::size_t ImportsRunInTitleEnd(std::string_view t, std::size_t begin, const Marker& marker) {
  if (marker.kind != MarkerKind::kSection && marker.kind != MarkerKind::kNumber) return std::string::npos;
  std::size_t max_words = marker.kind == MarkerKind::kSection ? 40 : 10;
  std::size_t from = std::min(begin + marker.length, t.size());
  std::size_t at = ImportsTitleRunIn(t, from, max_words);
  // A numbered subheading names a topic; the words of a sentence ("4. Countries should act on
  // 5. …") have an auxiliary or a modal.
  if (at != std::string::npos && marker.kind == MarkerKind::kNumber) {
    static constexpr std::array<std::string_view, 18> kAuxiliaries = {
        "should", "will", "shall", "must",  "can",    "may",     "is",   "are",   "be",
        "has",    "have", "debe",  "deben", "debera", "deberan", "sera", "seran", "es"};
    std::string folded = Fold(t.substr(from, at - from));
    for (const Token& token : Tokenize(folded)) {
      if (std::find(kAuxiliaries.begin(), kAuxiliaries.end(), token.text) != kAuxiliaries.end())
        return std::string::npos;
    }
  }
  return at;
}

std::vector<Paragraph> SplitInlineNumbers(Paragraph paragraph);

// Titles run into the paragraphs after them are peeled off one after another (each scan is
// bounded by a title's length, so a long run of them costs linear time and no recursion).
std::vector<Paragraph> SplitInlineItems(Paragraph paragraph) {
  std::vector<Paragraph> pieces;
  std::size_t begin = 0;
  Marker marker = paragraph.marker;
  for (std::size_t at = ImportsRunInTitleEnd(paragraph.text, begin, marker); at != std::string::npos;
       at = ImportsRunInTitleEnd(paragraph.text, begin, marker)) {
    Paragraph title;
    title.marker = marker;
    title.text = CollapseWhitespace(std::string_view(paragraph.text).substr(begin, at - begin));
    title.marker.length = std::min(title.marker.length, title.text.size());
    pieces.push_back(std::move(title));
    begin = at;
    marker = ReadMarker(
        std::string_view(paragraph.text).substr(begin, std::min<std::size_t>(64, paragraph.text.size() - begin)));
  }
  if (begin > 0) {
    Paragraph rest;
    rest.text = CollapseWhitespace(std::string_view(paragraph.text).substr(begin));
    rest.marker = ReadMarker(rest.text);
    paragraph = std::move(rest);
  }
  for (Paragraph& piece : SplitInlineNumbers(std::move(paragraph))) pieces.push_back(std::move(piece));
  return pieces;
}

// Numbers run into a paragraph ("… AGREED: 1. Thank … 2. Request …"), or a numbered subheading
// left at its end.
std::vector<Paragraph> SplitInlineNumbers(Paragraph paragraph) {
  const std::string& t = paragraph.text;
  struct Candidate {
    std::size_t at;
    int value;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i + 3 < t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9') continue;
    bool after_sentence =
        i == 0 || (i >= 2 && t[i - 1] == ' ' && (t[i - 2] == '.' || t[i - 2] == ':' || t[i - 2] == ';'));
    if (!after_sentence) continue;
    std::size_t j = i;
    int value = 0;
    while (j < t.size() && j < i + 2 && t[j] >= '0' && t[j] <= '9') value = value * 10 + (t[j++] - '0');
    if (j + 2 >= t.size() || t[j] != '.' || t[j + 1] != ' ') continue;
    if (!StartsUpperCase(std::string_view(t).substr(j + 2)) && t[j + 2] != '"') continue;
    candidates.push_back({i, value});
  }
  std::vector<std::size_t> cuts;
  // A paragraph numbered n goes on with n + 1 ("4. … victims. 5. States parties …", a PDF's
  // paragraphs run together); any other starts at 1.
  bool numbered = paragraph.marker.kind == MarkerKind::kNumber && paragraph.marker.value > 1 && !candidates.empty() &&
                  candidates.front().at == 0 && candidates.front().value == paragraph.marker.value;
  int expected = numbered ? paragraph.marker.value : 1;
  for (const Candidate& candidate : candidates) {
    if (candidate.value == expected) {
      cuts.push_back(candidate.at);
      ++expected;
    }
  }
  if (cuts.size() < 2) {
    std::size_t title = ImportsTrailingNumberedTitle(t);
    if (title != std::string::npos && title > paragraph.marker.length) {
      std::vector<Paragraph> pieces;
      Paragraph head = paragraph;
      head.text = CollapseWhitespace(std::string_view(t).substr(0, title));
      head.marker.length = std::min(head.marker.length, head.text.size());
      Paragraph tail;
      tail.text = CollapseWhitespace(std::string_view(t).substr(title));
      tail.marker = ReadMarker(tail.text);
      for (Paragraph& piece : SplitInlineNumbers(std::move(head))) pieces.push_back(std::move(piece));
      pieces.push_back(std::move(tail));
      return pieces;
    }
    return SplitInlineInfinitives(std::move(paragraph));
  }
  std::vector<Paragraph> pieces;
  std::size_t begin = 0;
  cuts.push_back(t.size());
  for (std::size_t cut : cuts) {
    std::string piece = CollapseWhitespace(std::string_view(t).substr(begin, cut - begin));
    if (!piece.empty()) {
      Paragraph out;
      out.marker = begin == 0 ? paragraph.marker : ReadMarker(piece);
      if (begin == 0) out.marker.length = std::min(out.marker.length, piece.size());
      out.text = std::move(piece);
      pieces.push_back(std::move(out));
    }
    begin = cut;
  }
  return pieces;
}

}  // namespace

std::vector<Paragraph> SplitParagraphs(std::string_view raw) {
  std::string text = RemoveConversionNoise(raw);
  std::vector<std::string_view> lines;
  {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      lines.push_back(std::string_view(text).substr(start, end - start));
      start = end + 1;
    }
  }
  // Is the document hard-wrapped? Then most lines are about as long as the longest ones.
  std::vector<std::size_t> lengths;
  for (std::string_view line : lines) {
    std::size_t n = Utf8Length(Trim(line));
    if (n > 0) lengths.push_back(n);
  }
  std::size_t width = 0;
  if (!lengths.empty()) {
    std::vector<std::size_t> sorted = lengths;
    std::size_t at = sorted.size() * 9 / 10;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(std::min(at, sorted.size() - 1)), sorted.end());
    width = sorted[std::min(at, sorted.size() - 1)];
  }
  std::size_t nonempty = lengths.size();
  std::size_t blank_separated = 0;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    if (Trim(lines[k]).empty() && !Trim(lines[k - 1]).empty()) ++blank_separated;
  }
  // Wrapped: lines are short, and paragraphs are not already one line each between blank lines.
  bool wrapped = width > 0 && width <= 160 && blank_separated * 10 < nonempty * 9;

  // The document's own vocabulary, for gluing words split across lines.
  std::unordered_map<std::string, int> vocabulary;
  if (wrapped) {
    std::string folded = Fold(text);
    for (const Token& token : Tokenize(folded)) {
      if (token.kind == TokenKind::kWord) ++vocabulary[std::string(token.text)];
    }
  }
  auto known = [&](const std::string& word) { return vocabulary.count(word) != 0; };

  std::vector<Paragraph> paragraphs;
  std::string current;
  std::string first_line;
  std::size_t last_length = 0;
  std::string previous_line;
  auto flush = [&] {
    std::string collapsed = CollapseWhitespace(current);
    if (!collapsed.empty()) {
      Paragraph paragraph;
      paragraph.marker = ReadMarker(first_line);
      paragraph.text = std::move(collapsed);
      // The marker was read on the raw first line (for its indentation); re-read its extent on
      // the collapsed text.
      Marker on_text = ReadMarker(paragraph.text);
      paragraph.marker.length = on_text.length;
      if (on_text.kind != paragraph.marker.kind) paragraph.marker = on_text;
      paragraphs.push_back(std::move(paragraph));
    }
    current.clear();
    first_line.clear();
  };
  for (std::string_view raw_line : lines) {
    std::string line = Trim(raw_line);
    // A table's cell separator on a line of its own ("|") ends a paragraph like a blank line.
    if (line.empty() || line == "|" || line == "+") {
      flush();
      previous_line.clear();
      continue;
    }
    struct Remember {
      std::string& target;
      const std::string& value;
      ~Remember() { target = value; }
    } remember{previous_line, line};
    Marker marker = ReadMarker(raw_line);
    bool starts_item = marker.kind != MarkerKind::kNone;
    if (starts_item || current.empty() || !wrapped) {
      if (!current.empty() && (starts_item || !wrapped)) flush();
      if (current.empty()) {
        first_line = std::string(raw_line);
        current = line;
        last_length = Utf8Length(line);
        continue;
      }
    }
    // A wrapped document: does the previous line end its paragraph? A title in capitals is a
    // paragraph of its own.
    char last = current.back();
    auto all_capitals = [](std::string_view l) {
      bool letters = false;
      for (char c : l) letters = letters || (c >= 'A' && c <= 'Z');
      return letters && HasNoLowerCase(l);
    };
    if (all_capitals(previous_line) != all_capitals(line)) {
      flush();
      first_line = std::string(raw_line);
      current = line;
      last_length = Utf8Length(line);
      previous_line = line;
      continue;
    }
    bool sentence_end = last == '.' || last == ':' || last == ';' || last == '!' || last == '?';
    // A short line without final punctuation followed by a capitalised line is a title or a
    // date line ("Ciudad de México, 5 y 6 de septiembre de 2019").
    bool short_title =
        !sentence_end && last != '-' && last != ',' && last_length * 5 < width * 3 && StartsUpperCase(line);
    if ((sentence_end && last_length * 4 < width * 3) || short_title) {
      flush();
      first_line = std::string(raw_line);
      current = line;
      last_length = Utf8Length(line);
      continue;
    }
    // Join, mending hyphenation and split words. The pieces occur once here already, so a
    // piece is "known" when it occurs somewhere else too.
    auto elsewhere = [&](const std::string& word) {
      auto it = vocabulary.find(word);
      return it != vocabulary.end() && it->second >= 2;
    };
    std::string tail = LastWord(current);
    std::string head = FirstWord(line);
    if (current.size() >= 2 && last == '-' && IsAsciiLetter(current[current.size() - 2]) && IsLowerStart(line)) {
      std::string prefix = LastWord(std::string_view(current).substr(0, current.size() - 1));
      // "follow-\nup" stays a compound when both halves are words of the document and the glued
      // word is not; "recom-\nmend" and "co-\noperation" are glued.
      bool compound = elsewhere(prefix) && elsewhere(head) && !known(prefix + head);
      if (!compound) current.pop_back();
      current += line;
    } else if (!tail.empty() && !head.empty() && IsLowerStart(line) && known(tail + head) &&
               (!elsewhere(tail) || !elsewhere(head))) {
      current += line;
    } else {
      current.push_back(' ');
      current += line;
    }
    last_length = Utf8Length(line);
  }
  flush();
  // A table's number cell ("1") on its own, then the cell with the text: one numbered item.
  for (std::size_t k = 0; k + 1 < paragraphs.size(); ++k) {
    const std::string& number = paragraphs[k].text;
    bool digits = !number.empty() && number.size() <= 3 &&
                  std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || paragraphs[k + 1].marker.kind != MarkerKind::kNone) continue;
    std::string merged = number + ". " + paragraphs[k + 1].text;
    paragraphs[k].marker = ReadMarker(merged);
    paragraphs[k].text = std::move(merged);
    paragraphs.erase(paragraphs.begin() + static_cast<long>(k + 1));
  }
  std::vector<Paragraph> split;
  for (Paragraph& paragraph : paragraphs) {
    for (Paragraph& piece : SplitInlineItems(std::move(paragraph))) split.push_back(std::move(piece));
  }
  return split;
}

}  // namespace enlace
