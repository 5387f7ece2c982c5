// The words of search: what a text is indexed under and what a query looks for, the same on
// SQLite and PostgreSQL because both are computed here.
//
// A word is indexed under its folded form (lower case, no accents: "tráfico" → "trafico") and
// under the Snowball stems of its language, taken both from the word as written and from its
// folded form and then folded ("migrantes" → "migrant", "educación" → "educ" and "educacion"), so
// that a query typed with or without accents finds it. A query word looks for any of its forms in
// Spanish and in English (the language of a query is not known); every query word must be found.
// "año" and "ano" fold to one word: accepted, as in every accent-insensitive search.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace enlace::search {

// The index terms of `text` written in `language` ("es", "en", or "" when unknown: both), space
// separated, each term [a-z0-9] for Latin text.
std::string IndexTerms(std::string_view text, std::string_view language);

// A word of a query and the terms that find it.
struct QueryWord {
  std::string word;                // folded
  std::vector<std::string> terms;  // any of these matches
};
// The words of a query, without Spanish and English stop words ("de", "the") unless the query
// has nothing else; at most 12 words.
std::vector<QueryWord> ParseQuery(std::string_view query);

// A passage of `text` (about `words` words) around the first word a query word finds, with every
// found word between "<mark>" and "</mark>"; the text itself is not escaped. The start of the
// text, unmarked, when nothing in it is found.
std::string Snippet(std::string_view text, std::string_view language, const std::vector<QueryWord>& query,
                    int words = 30);

}  // namespace enlace::search
