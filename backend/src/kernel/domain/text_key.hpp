// The names of texts in the catalogues, as the code asks for them.
//
// A text key is made only from a literal, at compile time, and is declared in the text_keys.hpp
// of the folder whose catalogue holds it (as reasons are in reasons.hpp), so that a test can read
// every key the code may ask for and check that each language has it. A text that varies with a
// count or with the gender of a noun is a small set of such keys, one per form: the forms are in
// the catalogue, and the code only chooses among them.
#pragma once

#include <string_view>

namespace enlace {

class TextKey {
 public:
  consteval explicit TextKey(const char* key) : key_(key) {}
  constexpr std::string_view key() const { return key_; }

 private:
  std::string_view key_;
};

// A text that depends on a count ("Queda 1 día" / "Quedan 3 días"): `one` for the counts that the
// language's "grammar.plural.one" lists, `other` for the rest. Both get the count as {count}.
struct PluralKey {
  TextKey one;
  TextKey other;
};

// The gender and number of a noun, as the words around it agree with it: Spanish "el Grupo",
// "la Red", "los Países", "las Américas". A language without genders gives every form the same
// text.
enum class Gender { kMasculine, kFeminine, kMasculinePlural, kFemininePlural };

// A text in one form per Gender.
struct GenderKey {
  TextKey masculine;
  TextKey feminine;
  TextKey masculine_plural;
  TextKey feminine_plural;

  constexpr TextKey For(Gender gender) const {
    switch (gender) {
      case Gender::kMasculine:
        return masculine;
      case Gender::kFeminine:
        return feminine;
      case Gender::kMasculinePlural:
        return masculine_plural;
      case Gender::kFemininePlural:
        return feminine_plural;
    }
    return masculine;
  }
};

}  // namespace enlace
