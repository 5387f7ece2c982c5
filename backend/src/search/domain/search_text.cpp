#include "search/domain/search_text.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <unordered_set>

#include "kernel/domain/text_fold.hpp"

namespace enlace::search {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using Stemmer = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// A Snowball stemmer is not thread-safe: one per thread and language.
sb_stemmer* StemmerFor(std::string_view language) {
  thread_local Stemmer spanish{sb_stemmer_new("spanish", "UTF_8")};
  thread_local Stemmer english{sb_stemmer_new("english", "UTF_8")};
  return language == "en" ? english.get() : spanish.get();
}

std::string Stem(std::string_view language, std::string_view word) {
  auto* stemmer = StemmerFor(language);
  if (!stemmer || word.empty()) return std::string(word);
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!stemmed) return std::string(word);
  return std::string(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

// Lower case, keeping accents: ASCII and the Latin-1 capitals (À–Þ but ×).
std::string LowerKeepingAccents(std::string_view text) {
  std::string lower(text);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    auto c = static_cast<unsigned char>(lower[i]);
    if (c >= 'A' && c <= 'Z') {
      lower[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < lower.size()) {
      auto next = static_cast<unsigned char>(lower[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) lower[i + 1] = static_cast<char>(next + 32);
      ++i;
    }
  }
  return lower;
}

const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> words = {
      "a",  "al",  "and", "as", "at",  "by",  "con",  "de", "del", "el",   "en",  "for", "in",
      "is", "la",  "las", "lo", "los", "o",   "of",   "on", "or",  "para", "por", "que", "se",
      "su", "sus", "the", "to", "un",  "una", "with", "y",  "e",   "u",    "an",  "be",  "are"};
  return words;
}

// The terms of one word (folded `folded`, as written `written`) in `languages`.
void AddTerms(std::string_view folded, std::string_view written, const std::vector<std::string_view>& languages,
              std::vector<std::string>& terms) {
  auto add = [&terms](std::string term) {
    if (!term.empty() && std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(std::move(term));
  };
  add(std::string(folded));
  if (std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  auto lower = LowerKeepingAccents(written);
  for (auto language : languages) {
    add(Fold(Stem(language, lower)));
    add(Stem(language, folded));
  }
}

std::vector<std::string_view> LanguagesOf(std::string_view language) {
  if (language == "es" || language == "en") return {language};
  return {"es", "en"};
}

bool IsWord(const Token& token) { return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber; }

std::string_view Written(std::string_view text, const FoldedText& folded, const Token& token) {
  auto begin = folded.source_offset[token.begin];
  auto end = folded.source_offset[token.end];
  return text.substr(begin, end - begin);
}

}  // namespace

std::string IndexTerms(std::string_view text, std::string_view language) {
  auto folded = FoldText(text);
  auto languages = LanguagesOf(language);
  std::string out;
  std::vector<std::string> terms;
  for (const auto& token : Tokenize(folded.text)) {
    if (!IsWord(token)) continue;
    terms.clear();
    AddTerms(token.text, Written(text, folded, token), languages, terms);
    for (const auto& term : terms) {
      if (!out.empty()) out += ' ';
      out += term;
    }
  }
  return out;
}

std::vector<QueryWord> ParseQuery(std::string_view query) {
  auto folded = FoldText(query);
  std::vector<QueryWord> all;
  std::vector<QueryWord> content;
  for (const auto& token : Tokenize(folded.text)) {
    if (!IsWord(token)) continue;
    QueryWord word{std::string(token.text), {}};
    if (std::any_of(all.begin(), all.end(), [&word](const QueryWord& w) { return w.word == word.word; })) continue;
    AddTerms(token.text, Written(query, folded, token), {"es", "en"}, word.terms);
    if (!StopWords().contains(word.word)) content.push_back(word);
    all.push_back(std::move(word));
  }
  auto& chosen = content.empty() ? all : content;
  if (chosen.size() > 12) chosen.resize(12);
  return chosen;
}

namespace {

// The snippet of `text`, a part of a longer text when `before` / `after` (then "… " / " …" mark it).
std::string SearchSnippetOf(std::string_view text, std::string_view language, const std::set<std::string>& wanted,
                            const std::vector<std::string>& starts, int words, bool before, bool after) {
  auto folded = FoldText(text);
  std::vector<Token> tokens;
  for (const auto& token : Tokenize(folded.text)) tokens.push_back(token);
  auto languages = LanguagesOf(language);
  auto may_match = [&starts](std::string_view word) {
    return std::any_of(starts.begin(), starts.end(),
                       [word](const std::string& start) { return word.starts_with(start); });
  };
  std::vector<bool> found(tokens.size(), false);
  std::optional<std::size_t> first;
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!IsWord(tokens[i]) || !may_match(tokens[i].text)) continue;
    terms.clear();
    AddTerms(tokens[i].text, Written(text, folded, tokens[i]), languages, terms);
    found[i] = std::any_of(terms.begin(), terms.end(), [&wanted](const std::string& t) { return wanted.contains(t); });
    if (found[i] && !first) first = i;
  }
  if (tokens.empty()) return {};
  auto span = static_cast<std::size_t>(std::max(words, 1));
  std::size_t begin = first ? (*first > span / 4 ? *first - span / 4 : 0) : 0;
  std::size_t end = std::min(tokens.size(), begin + span);
  std::string out;
  if (begin > 0 || before) out += "… ";
  std::size_t at = folded.source_offset[tokens[begin].begin];
  for (std::size_t i = begin; i < end; ++i) {
    auto from = folded.source_offset[tokens[i].begin];
    auto to = folded.source_offset[tokens[i].end];
    out += text.substr(at, from - at);
    if (found[i]) out += "<mark>";
    out += text.substr(from, to - from);
    if (found[i]) out += "</mark>";
    at = to;
  }
  if (end < tokens.size() || after) out += " …";
  return CollapseWhitespace(out);
}

bool SearchSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string Snippet(std::string_view text, std::string_view language, const std::vector<QueryWord>& query, int words) {
  std::set<std::string> wanted;
  for (const auto& word : query) wanted.insert(word.terms.begin(), word.terms.end());
  // Stems change the end of a word, never its first letters: a word that begins like no wanted term
  // cannot give one, and is not stemmed (stemming every word of every hit was most of a search).
  std::vector<std::string> starts;
  bool ascii = true;
  for (const auto& term : wanted) {
    starts.push_back(term.substr(0, std::min<std::size_t>(2, term.size())));
    ascii = ascii && std::all_of(starts.back().begin(), starts.back().end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  }
  if (!ascii) return SearchSnippetOf(text, language, wanted, starts, words, false, false);
  // The text is not folded whole (folding was most of a snippet's time, and a document's PDF text is
  // long): its space-separated pieces are read until one may hold a wanted word (it has a non-ASCII
  // letter, or a wanted term's first letters in any case) and does; only the pieces of the window
  // around it are folded (a piece holds at least one token, so span / 4 pieces before it and the
  // rest of the span after it hold the window the whole text would give).
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::optional<std::size_t> hit;
  std::vector<std::string> terms;
  auto languages = LanguagesOf(language);
  auto span = static_cast<std::size_t>(std::max(words, 1));
  for (std::size_t at = 0; at < text.size();) {
    while (at < text.size() && SearchSpace(text[at])) ++at;
    if (at == text.size()) break;
    auto from = at;
    while (at < text.size() && !SearchSpace(text[at])) ++at;
    pieces.emplace_back(from, at);
    if (hit) {
      if (pieces.size() > *hit + span + 1) break;
      continue;
    }
    auto piece = text.substr(from, at - from);
    std::string lower(piece);
    bool candidate = false;
    for (auto& c : lower) {
      if (static_cast<unsigned char>(c) >= 0x80) candidate = true;
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (const auto& start : starts) candidate = candidate || lower.find(start) != std::string::npos;
    if (!candidate) continue;
    auto folded = FoldText(piece);
    for (const auto& token : Tokenize(folded.text)) {
      if (!IsWord(token)) continue;
      terms.clear();
      AddTerms(token.text, Written(piece, folded, token), languages, terms);
      if (std::any_of(terms.begin(), terms.end(), [&wanted](const std::string& t) { return wanted.contains(t); })) {
        hit = pieces.size() - 1;
        break;
      }
    }
  }
  if (pieces.empty()) return {};
  auto first = hit ? (*hit > span / 4 ? *hit - span / 4 : 0) : 0;
  auto last = std::min(pieces.size(), first + span + 1);
  auto from = pieces[first].first;
  auto to = pieces[last - 1].second;
  bool after = last < pieces.size() || std::any_of(text.begin() + static_cast<std::ptrdiff_t>(to), text.end(),
                                                   [](char c) { return !SearchSpace(c); });
  return SearchSnippetOf(text.substr(from, to - from), language, wanted, starts, words, first > 0, after);
}

}  // namespace enlace::search
