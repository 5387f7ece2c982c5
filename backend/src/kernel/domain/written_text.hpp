// Text as the exported documents write it: dates the way people write them, lists of names
// joined with the language's conjunction, and the cleaning every text goes through before it
// reaches a PDF, a DOCX or a calendar.
//
// The words and the order of dates and lists are in the kernel's catalogue (text_keys.hpp:
// date.*, list.*), so that each language writes them its own way: "15 de noviembre de 2016",
// "15 al 17 de noviembre de 2016" / "15 November 2016", "15–17 November 2016".
//
// Text stored in enlace came from forms and imported reports: it may hold control characters,
// stray carriage returns or bytes that are not UTF-8. XML 1.0 cannot carry most control characters
// at all, and pango refuses invalid UTF-8, so every text is cleaned once here instead of each
// writer guessing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/date.hpp"
#include "kernel/domain/wording.hpp"

namespace enlace {

// "15 de noviembre de 2016" / "15 November 2016"; "?" for an impossible date.
std::string WrittenDate(Date date, const Wording& words);

// A meeting's days as a heading writes them: "15 de noviembre de 2016", "15 al 17 de noviembre
// de 2016", "30 de noviembre al 2 de diciembre de 2016" / "15 November 2016", "15–17 November
// 2016", "30 November – 2 December 2016". `last` equal to or before `first` means one day.
std::string WrittenDateSpan(Date first, Date last, const Wording& words);

// The same inside a sentence: "el 15 de noviembre de 2016", "del 15 al 17 de noviembre de 2016"
// / "on 15 November 2016", "from 15 to 17 November 2016".
std::string DatePhrase(Date first, Date last, const Wording& words);

// "A, B y C" / "A, B and C" (Spanish writes "e" before a word sounding /i/: "Chile e Irlanda").
std::string JoinNames(const std::vector<std::string>& names, const Wording& words);

enum class LineBreaks { kKeep, kToSpaces };

// Valid UTF-8 with no characters that XML 1.0 forbids: invalid bytes become U+FFFD; control
// characters other than tab and newline are dropped, as are U+FFFE and U+FFFF; "\r\n" and "\r"
// become "\n". With LineBreaks::kToSpaces, tabs and newlines become single spaces and the text
// is trimmed (for names, places and table cells).
std::string CleanText(std::string_view text, LineBreaks line_breaks = LineBreaks::kKeep);

}  // namespace enlace
