#include "kernel/domain/wording.hpp"

#include <array>

#include "kernel/domain/text_keys.hpp"

namespace enlace {
namespace {

// Whether `word` is one of the words of `list`, separated by spaces.
bool Lists(std::string_view list, std::string_view word) {
  while (!list.empty()) {
    auto end = list.find(' ');
    auto entry = list.substr(0, end);
    if (!entry.empty() && entry == word) return true;
    if (end == std::string_view::npos) break;
    list.remove_prefix(end + 1);
  }
  return false;
}

// The length of the longest entry of `list` that `word` ends with; 0 when none does.
std::size_t LongestEnding(std::string_view list, std::string_view word) {
  std::size_t longest = 0;
  while (!list.empty()) {
    auto end = list.find(' ');
    auto ending = list.substr(0, end);
    if (!ending.empty() && ending.size() > longest && word.ends_with(ending)) longest = ending.size();
    if (end == std::string_view::npos) break;
    list.remove_prefix(end + 1);
  }
  return longest;
}

constexpr std::array<Gender, 4> kGenders = {Gender::kMasculine, Gender::kFeminine, Gender::kMasculinePlural,
                                            Gender::kFemininePlural};

}  // namespace

std::string Wording::operator()(TextKey key, const TextParams& params) const {
  return texts_->Text(language_, key.key(), params);
}

std::string Wording::operator()(const PluralKey& key, long long count, TextParams params) const {
  std::string number = std::to_string(count);
  bool one = Lists((*this)(text_keys::kPluralOne), number);
  params["count"] = std::move(number);
  return (*this)(one ? key.one : key.other, params);
}

std::string Wording::operator()(const GenderKey& key, Gender gender, const TextParams& params) const {
  return (*this)(key.For(gender), params);
}

Gender Wording::GenderOf(std::string_view name) const {
  std::string word;
  for (char c : name) {
    if (c == ' ') break;
    word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  for (Gender gender : kGenders) {
    if (Lists((*this)(text_keys::kGenderWords, gender), word)) return gender;
  }
  Gender chosen = Gender::kMasculine;
  std::size_t longest = 0;
  for (Gender gender : kGenders) {
    std::size_t length = LongestEnding((*this)(text_keys::kGenderEndings, gender), word);
    if (length > longest) longest = length, chosen = gender;
  }
  return chosen;
}

}  // namespace enlace
