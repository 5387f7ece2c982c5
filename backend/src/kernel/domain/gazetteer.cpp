#include "kernel/domain/gazetteer.hpp"

#include <algorithm>

#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

std::vector<std::string> FoldedWords(std::string_view name) {
  std::string folded = Fold(name);
  std::vector<std::string> words;
  for (const Token& token : Tokenize(folded)) {
    if (token.kind != TokenKind::kPunctuation) words.emplace_back(token.text);
  }
  return words;
}

// Two words of a name may be separated in a text by spaces, hyphens, parentheses or apostrophes,
// but not by a comma, a full stop or a colon: "Costa, Rica" is two things.
bool Joinable(std::string_view folded, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    char c = folded[i];
    if (c != ' ' && c != '\n' && c != '-' && c != '(' && c != ')' && c != '\'') return false;
  }
  return true;
}

bool IsShortCapitalAbbreviation(std::string_view name) {
  int letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.' && c != ' ') {
      return false;
    }
  }
  return letters > 0 && letters <= 6;
}

}  // namespace

std::size_t Gazetteer::AddEntity(GazetteerEntity entity) {
  if (auto it = by_code_.find(entity.code); it != by_code_.end()) return it->second;
  std::size_t index = entities_.size();
  by_code_.emplace(entity.code, index);
  entities_.push_back(std::move(entity));
  return index;
}

bool Gazetteer::AddName(std::string_view code, std::string_view name, NameForm form) {
  auto it = by_code_.find(std::string(code));
  if (it == by_code_.end()) return false;
  std::vector<std::string> words = FoldedWords(name);
  if (words.empty()) return false;
  bool case_sensitive = IsShortCapitalAbbreviation(name);
  std::vector<Name>& bucket = by_first_word_[words.front()];
  for (const Name& existing : bucket) {
    if (existing.words == words && existing.entity == it->second && existing.case_sensitive == case_sensitive) {
      return true;  // the same spelling twice (English and Spanish abbreviations often agree)
    }
  }
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += word;
  }
  if (form != NameForm::kDemonym) by_folded_name_.emplace(joined, it->second);
  bucket.push_back(Name{std::move(words), it->second, form, case_sensitive});
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Name& a, const Name& b) { return a.words.size() > b.words.size(); });
  ++name_count_;
  return true;
}

std::vector<GazetteerMention> Gazetteer::Find(std::string_view text) const {
  FoldedText folded = FoldText(text);
  std::vector<Token> tokens = Tokenize(folded.text);
  std::vector<GazetteerMention> mentions;
  // The longest name starting at token i: its length in tokens (0 when none) and the name.
  auto longest_at = [&](std::size_t i, const Name*& matched) -> std::size_t {
    std::size_t matched_length = 0;
    matched = nullptr;
    const Token& first = tokens[i];
    if (first.kind != TokenKind::kPunctuation) {
      auto bucket = by_first_word_.find(std::string(first.text));
      if (bucket != by_first_word_.end()) {
        for (const Name& name : bucket->second) {
          // Walk the name's words over the tokens, allowing joinable gaps and skipping
          // parentheses and hyphens that are tokens of their own.
          std::size_t t = i;
          std::size_t w = 0;
          bool ok = true;
          while (w < name.words.size()) {
            if (t >= tokens.size()) {
              ok = false;
              break;
            }
            const Token& token = tokens[t];
            if (token.kind == TokenKind::kPunctuation) {
              if (w == 0 || (token.text != "(" && token.text != ")" && token.text != "-" && token.text != "'")) {
                ok = false;
                break;
              }
              ++t;
              continue;
            }
            if (token.text != name.words[w]) {
              ok = false;
              break;
            }
            if (w > 0 && !Joinable(folded.text, tokens[t - 1].end, token.begin)) {
              ok = false;
              break;
            }
            ++t;
            ++w;
          }
          if (!ok) continue;
          std::size_t length = t - i;
          if (name.case_sensitive) {
            std::size_t source_begin = folded.source_offset[tokens[i].begin];
            std::size_t source_end = folded.source_offset[tokens[t - 1].end];
            if (!HasNoLowerCase(text.substr(source_begin, source_end - source_begin))) continue;
          }
          if (length > matched_length) {
            matched_length = length;
            matched = &name;
          }
          // Names are sorted longest first, but a shorter name in words may still span fewer
          // tokens; keep looking only for strictly longer spans.
        }
      }
    }
    return matched_length;
  };
  std::size_t i = 0;
  while (i < tokens.size()) {
    const Name* matched = nullptr;
    std::size_t matched_length = longest_at(i, matched);
    // A name starting inside this one and reaching further wins: "los Países Miembros" is
    // "Países Miembros", not "los países" followed by a stray word.
    if (matched != nullptr) {
      bool overtaken = false;
      for (std::size_t k = i + 1; k < i + matched_length && !overtaken; ++k) {
        const Name* inner = nullptr;
        std::size_t inner_length = longest_at(k, inner);
        if (inner != nullptr && k + inner_length > i + matched_length) overtaken = true;
      }
      if (overtaken) {
        ++i;
        continue;
      }
    }
    if (matched != nullptr) {
      std::size_t last = i + matched_length - 1;
      while (last > i && tokens[last].kind == TokenKind::kPunctuation) --last;
      mentions.push_back(GazetteerMention{matched->entity, folded.source_offset[tokens[i].begin],
                                          folded.source_offset[tokens[last].end], matched->form});
      i += matched_length;
    } else {
      ++i;
    }
  }
  return mentions;
}

std::vector<std::pair<std::size_t, std::vector<std::string>>> Gazetteer::FullNames() const {
  std::vector<std::pair<std::size_t, std::vector<std::string>>> out;
  for (const auto& [first, bucket] : by_first_word_) {
    for (const Name& name : bucket) {
      if (name.form == NameForm::kName) out.emplace_back(name.entity, name.words);
    }
  }
  return out;
}

std::optional<std::size_t> Gazetteer::Lookup(std::string_view name) const {
  std::string joined;
  for (const std::string& word : FoldedWords(name)) {
    if (!joined.empty()) joined.push_back(' ');
    joined += word;
  }
  if (auto it = by_folded_name_.find(joined); it != by_folded_name_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::size_t> Gazetteer::FindCode(std::string_view code) const {
  if (auto it = by_code_.find(std::string(code)); it != by_code_.end()) return it->second;
  return std::nullopt;
}

}  // namespace enlace
