// Calendar dates and numbers as people write them in English and Spanish reports, read from the
// tokens of folded text (text_fold.hpp).
//
// "November 15, 2016", "15 November 2016", "3 and 4 May 2018", "May 3-4, 2018", "3 y 4 de mayo de
// 2018", "del 12 al 14 de marzo de 2019", "30 de noviembre al 1 de diciembre de 2016", "1ro de
// junio", "March 2018", "15/11/2016". A part that is not written (the year of "by 15 June") stays
// zero and is filled in by whoever knows the context (the deadline reader, the meeting reader).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {

struct PartialDate {
  int year = 0;        // 0 when not written
  unsigned month = 0;  // 1..12, 0 when not written
  unsigned day = 0;    // 1..31, 0 when not written
};

struct DateExpression {
  std::size_t first_token = 0;  // [first_token, end_token) in the token vector
  std::size_t end_token = 0;
  PartialDate first;
  std::optional<PartialDate> last;  // the last day of a range ("3 y 4 de mayo" → 4 May)
};

// Month number from a folded English or Spanish month name or abbreviation ("nov", "sept", "set").
std::optional<unsigned> MonthFromWord(std::string_view folded_word);

// A number written with digits or words in English or Spanish ("90", "two", "dos", "treinta y
// cinco", "twenty-one", "sixty (60)"); `next` is the token after it.
std::optional<int> NumberAt(const std::vector<Token>& tokens, std::size_t index, std::size_t& next);

// A date expression starting exactly at token `index`. Month-only expressions ("September") are
// returned only when `allow_month_alone` is set, and never for the word "may".
std::optional<DateExpression> DateExpressionAt(const std::vector<Token>& tokens, std::size_t index,
                                               bool allow_month_alone = false, bool day_first_numeric = true);

// Every date expression in the tokens, left to right, not overlapping.
std::vector<DateExpression> FindDateExpressions(const std::vector<Token>& tokens, bool day_first_numeric = true);

// A full date from a partial one whose year is known; nullopt if impossible (30 February).
std::optional<Date> ToDate(int year, unsigned month, unsigned day);

}  // namespace enlace
