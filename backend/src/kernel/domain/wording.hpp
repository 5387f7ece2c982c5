// The texts of one language, for code that writes in that language: an e-mail, a report, a
// calendar. Functions that write take a `const Wording&` instead of a language code, and ask it
// for texts by key; they hold no words of their own and never branch on the language.
//
//   Wording words(texts, "es");
//   words(text_keys::kGreeting, {{"name", "Ana"}})             → "Estimado/a Ana:"
//   words(text_keys::kDaysLeft, 3, {{"headline", …}})          → "Quedan 3 días: …"
//   words(text_keys::kNameAfterTo, Gender::kFeminine, {{"name", "Red"}})  → "a la Red"
//
// What differs between languages in the grammar is data in the kernel's catalogue, under
// "grammar.": which counts take the "one" form of a PluralKey (grammar.plural.one, a list such
// as "1"), and which words and endings make a name feminine or plural (grammar.gender.*, lists
// separated by spaces). A language without genders leaves the lists empty.
//
// Thread-safety: a Wording only reads its Texts; it may be used from several threads at once
// while the Texts it refers to lives and is not changed.
#pragma once

#include <string>
#include <string_view>

#include "kernel/domain/text_key.hpp"
#include "kernel/domain/texts.hpp"

namespace enlace {

class Wording {
 public:
  // `texts` must outlive the Wording. A language without catalogues reads in the fallback
  // language, key by key (see Texts::Text).
  Wording(const Texts& texts, std::string_view language) : texts_(&texts), language_(language) {}

  // The language a reader gets when theirs has no catalogues: Spanish, the working language of
  // the network's documents.
  static constexpr std::string_view kDefaultLanguage = "es";
  // The wording for a reader of `language`: that language when `texts` has it, else
  // kDefaultLanguage.
  static Wording ForReader(const Texts& texts, std::string_view language) {
    return Wording(texts, texts.HasLanguage(language) ? language : kDefaultLanguage);
  }

  const std::string& language() const { return language_; }

  std::string operator()(TextKey key, const TextParams& params = {}) const;
  // The form for `count`, with {count} among the parameters.
  std::string operator()(const PluralKey& key, long long count, TextParams params = {}) const;
  std::string operator()(const GenderKey& key, Gender gender, const TextParams& params = {}) const;

  // The gender and number of a name, read off its first word (lower-cased): a word that
  // grammar.gender.<form>_words lists decides; otherwise the longest ending that
  // grammar.gender.<form>_endings lists; otherwise masculine. "Red de Funcionarios…" → feminine,
  // "Grupo Regional…" → masculine, "Países Miembros…" → masculine plural. Good enough for the
  // names of regional bodies; a name it misreads only changes an article.
  Gender GenderOf(std::string_view name) const;

 private:
  const Texts* texts_;
  std::string language_;
};

}  // namespace enlace
