// The operative verbs of agreements, in English and Spanish, and the English lemma each maps to.
//
// An agreement's verb is the English lemma of its first operative verb: "Thank", "Agradecer",
// "agradecieron" and "thanked" are all "thank"; "Tomar nota" and "took note" are "take note".
// Forms are generated from the base form (English) and the infinitive (Spanish) by the regular
// rules, plus the irregular forms listed by hand, so a new verb is one line of the table.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kernel/domain/text_fold.hpp"

namespace enlace {

enum class VerbFormKind {
  kBase,        // "thank", "agradecer", "agradece": the form an agreement starts with
  kFinite,      // "thanked", "agradecieron", "acordó", "thanks": a conjugated form
  kFuture,      // "presentará", "enviarán": Spanish future
  kParticiple,  // "organized", "organizada", "presentados"
  kGerund,      // "organizing", "organizando"
};

struct VerbMatch {
  std::string_view lemma;
  VerbFormKind kind;
  std::size_t length;  // tokens consumed ("take note of" → 2, "se acordó" → 2)
};

// The verb (or verb phrase) starting at token `index` of folded tokens, if any.
std::optional<VerbMatch> VerbAt(const std::vector<Token>& tokens, std::size_t index);

// The Spanish infinitive of a conjugated form in the lexicon ("comparta", "presentará" →
// "compartir", "presentar"), to write an action as a person would ("Compartir con …"); nullopt
// for a word that is not a Spanish verb form of the lexicon, or already an infinitive.
std::optional<std::string_view> SpanishInfinitive(std::string_view folded_word);

// True when the word is a form of a verb in the lexicon (any kind).
bool IsKnownVerbForm(std::string_view folded_word);

}  // namespace enlace
