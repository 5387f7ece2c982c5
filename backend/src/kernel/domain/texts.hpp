// The words enlace shows people, in each language: the message of every error reason, and the
// wording of e-mails, reports and calendar files.
//
// Each capability keeps its own catalogue, `texts/<language>.json` in its folder, compiled into
// the binary:  {"errors": {"<reason>": "…"}, "texts": {"<key>": "…"}}. A language is a set of such
// files, so a process with a third language adds files, not code. Placeholders are written
// {name}. Code that writes in one language reads the texts through a Wording (wording.hpp), by
// keys declared in the folder's text_keys.hpp. Tests (app/texts_test.cpp) check that every
// Reason and every text key in the code is in every language, and that every language has the
// same keys with the same placeholders.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/domain/embedded.hpp"
#include "kernel/domain/error.hpp"

namespace enlace {

using TextParams = std::map<std::string, std::string>;

// `text` with every {name} of `params` replaced by its value; other braces are kept as written.
std::string Interpolate(std::string text, const TextParams& params);

class Texts {
 public:
  // Adds the "texts/<language>.json" files among `files`, from the capability `origin`. A key
  // that another capability already defines, or a file that is not such a JSON object, is
  // kInvalidArgument "invalid_catalogue" with the detail.
  Result<void> Add(std::string_view origin, EmbeddedFiles files);

  // The message for `reason` in `language` (the fallback language when that language has none),
  // with placeholders replaced; the generic "invalid_value" message when there is none at all.
  std::string Error(std::string_view language, std::string_view reason, const TextParams& params = {}) const;
  bool HasError(std::string_view language, std::string_view reason) const;
  // The text `key` in `language` (or the fallback language), with placeholders replaced; the key
  // itself when it is missing everywhere, so that a gap shows instead of vanishing.
  std::string Text(std::string_view language, std::string_view key, const TextParams& params = {}) const;
  bool HasText(std::string_view language, std::string_view key) const;

  // "es", "en", … in the order first seen.
  const std::vector<std::string>& Languages() const { return languages_; }
  bool HasLanguage(std::string_view language) const;
  std::set<std::string> ErrorReasons(std::string_view language) const;
  std::set<std::string> TextKeys(std::string_view language) const;

  static constexpr std::string_view kFallbackLanguage = "en";

 private:
  struct Catalogue {
    std::map<std::string, std::string, std::less<>> errors;
    std::map<std::string, std::string, std::less<>> texts;
  };
  const Catalogue* Find(std::string_view language) const;

  std::map<std::string, Catalogue, std::less<>> catalogues_;
  std::map<std::string, std::string, std::less<>> owners_;  // "errors:<reason>" → capability
  std::vector<std::string> languages_;
};

}  // namespace enlace
