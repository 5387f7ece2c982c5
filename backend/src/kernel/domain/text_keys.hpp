// The kernel's texts (texts/<language>.json, "texts"): how dates and lists are written, how a name
// takes its article, and the grammar data that Wording reads. Every key here is in every language;
// a test checks it (see text_key.hpp).
#pragma once

#include <array>

#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

// Dates (written_text.hpp). {day}, {month} and {year} of one date; spans and phrases get them for
// the first and the last day ({first_day}, {last_month}, …) and the two dates written out
// ({first}, {last}).
inline constexpr std::array<TextKey, 12> kMonths = {
    TextKey{"date.month.january"}, TextKey{"date.month.february"}, TextKey{"date.month.march"},
    TextKey{"date.month.april"},   TextKey{"date.month.may"},      TextKey{"date.month.june"},
    TextKey{"date.month.july"},    TextKey{"date.month.august"},   TextKey{"date.month.september"},
    TextKey{"date.month.october"}, TextKey{"date.month.november"}, TextKey{"date.month.december"},
};
inline constexpr TextKey kDate{"date.written"};                       // "15 de noviembre de 2016"
inline constexpr TextKey kSpanInOneMonth{"date.span.same_month"};     // "15 al 17 de noviembre de 2016"
inline constexpr TextKey kSpanInOneYear{"date.span.same_year"};       // "30 de noviembre al 2 de diciembre de 2016"
inline constexpr TextKey kSpanAcrossYears{"date.span.across_years"};  // "30 de diciembre de 2016 al 2 de enero de 2017"
inline constexpr TextKey kPhraseOneDay{"date.phrase.one_day"};        // "el 15 de noviembre de 2016"
inline constexpr TextKey kPhraseInOneMonth{"date.phrase.same_month"};  // "del 15 al 17 de noviembre de 2016"
inline constexpr TextKey kPhraseInOneYear{"date.phrase.same_year"};  // "del 30 de noviembre al 2 de diciembre de 2016"
inline constexpr TextKey kPhraseAcrossYears{
    "date.phrase.across_years"};  // "del 30 de diciembre de 2016 al 2 de enero de 2017"

// Lists of names: "A, B y C". The last separator has a second form for a last name that starts
// with the sound /i/, where Spanish writes "e" ("Chile e Irlanda"); languages without such a rule
// give both forms the same text.
inline constexpr TextKey kListSeparator{"list.separator"};
inline constexpr TextKey kListLastSeparator{"list.last_separator"};
inline constexpr TextKey kListLastSeparatorBeforeISound{"list.last_separator_before_i_sound"};

// A name with its definite article, in the form the gender and number of the name ask for
// (Wording::GenderOf): opening a sentence ("La Red", "The Network"), after "to" ("a la Red",
// "to the Network") and after "of" ("de la Red", "of the Network"). {name}.
inline constexpr GenderKey kNameAsSubject{TextKey{"names.subject.masculine"}, TextKey{"names.subject.feminine"},
                                          TextKey{"names.subject.masculine_plural"},
                                          TextKey{"names.subject.feminine_plural"}};
inline constexpr GenderKey kNameAfterTo{TextKey{"names.to.masculine"}, TextKey{"names.to.feminine"},
                                        TextKey{"names.to.masculine_plural"}, TextKey{"names.to.feminine_plural"}};
inline constexpr GenderKey kNameAfterOf{TextKey{"names.of.masculine"}, TextKey{"names.of.feminine"},
                                        TextKey{"names.of.masculine_plural"}, TextKey{"names.of.feminine_plural"}};

// Grammar data read by Wording (see wording.hpp): lists separated by spaces, not shown to anyone.
inline constexpr TextKey kPluralOne{"grammar.plural.one"};
inline constexpr GenderKey kGenderWords{
    TextKey{"grammar.gender.masculine_words"}, TextKey{"grammar.gender.feminine_words"},
    TextKey{"grammar.gender.masculine_plural_words"}, TextKey{"grammar.gender.feminine_plural_words"}};
inline constexpr GenderKey kGenderEndings{
    TextKey{"grammar.gender.masculine_endings"}, TextKey{"grammar.gender.feminine_endings"},
    TextKey{"grammar.gender.masculine_plural_endings"}, TextKey{"grammar.gender.feminine_plural_endings"}};

}  // namespace enlace::text_keys
