// Guards for reasons and texts, over the sources of backend/src and the catalogues of every
// capability of this build:
//
//   (a) every Reason declared in a reasons.hpp has a message in "errors" in every language;
//   (b) the application makes reasons and text keys from literals only in reasons.hpp and
//       text_keys.hpp, so that (a) and (d) see all of them (tests may make their own);
//   (c) every language has the same error reasons and text keys, each with the same
//       {placeholders};
//   (d) every text key declared in a text_keys.hpp is in "texts" in every language, and every
//       text in a catalogue is declared (no text that no code can ask for).
//
// Each check is a function that returns the problems it finds, so that the tests at the end can
// show it finds a deliberate violation as well as that the real sources have none.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/capabilities.hpp"
#include "kernel/testing/test_kernel.hpp"

namespace enlace {
namespace {

struct SourceFile {
  std::string path;  // relative to backend/src: "meetings/domain/reasons.hpp"
  std::string text;
};

std::vector<SourceFile> BackendSources() {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(ENLACE_SOURCE_DIR) / "backend" / "src";
  std::vector<SourceFile> sources;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    auto extension = entry.path().extension();
    if (extension != ".cpp" && extension != ".hpp") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    sources.push_back({fs::relative(entry.path(), root).generic_string(), text.str()});
  }
  return sources;
}

const Texts& ApplicationTexts() {
  static const Texts texts = testing::CatalogueTexts(Capabilities());
  return texts;
}

bool Named(const SourceFile& file, std::string_view name) {
  return file.path == name || file.path.ends_with("/" + std::string(name));
}

// The literals of the declarations `<type> kName{"…"}` and `<type>{"…"}` in `text`.
std::vector<std::string> Declared(const std::string& text, const std::string& type) {
  std::regex declaration("\\b" + type + "\\b(?:\\s+\\w+)?\\s*\\{\\s*\"([^\"]*)\"\\s*\\}");
  std::vector<std::string> found;
  for (std::sregex_iterator match(text.begin(), text.end(), declaration), end; match != end; ++match) {
    found.push_back((*match)[1]);
  }
  return found;
}

// `text` without its comments and #include lines: what is left of a header of constants is
// declarations.
std::string Code(const std::string& text) {
  static const std::regex comments("//[^\n]*|#include[^\n]*");
  return std::regex_replace(text, comments, "");
}

// (a)
std::vector<std::string> ReasonsWithoutMessages(const std::vector<SourceFile>& sources, const Texts& texts) {
  std::vector<std::string> problems;
  for (const auto& file : sources) {
    if (!Named(file, "reasons.hpp")) continue;
    for (const auto& reason : Declared(Code(file.text), "Reason")) {
      for (const auto& language : texts.Languages()) {
        if (!texts.HasError(language, reason)) {
          problems.push_back(file.path + ": " + reason + " has no message in " + language);
        }
      }
    }
  }
  return problems;
}

// (b)
std::vector<std::string> LiteralsOutsideTheirHeaders(const std::vector<SourceFile>& sources) {
  // Made in place or declared under a name: Reason{"…"}, TextKey("…"), Reason kName{"…"}.
  static const std::regex reason_literal(R"(\bReason\b(\s+\w+)?\s*[{(]\s*")");
  static const std::regex key_literal(R"(\bTextKey\b(\s+\w+)?\s*[{(]\s*")");
  std::vector<std::string> problems;
  for (const auto& file : sources) {
    if (file.path.ends_with("_test.cpp")) continue;  // keys and reasons of the test alone
    std::string code = Code(file.text);
    if (!Named(file, "reasons.hpp") && std::regex_search(code, reason_literal)) {
      problems.push_back(file.path + " makes a Reason from a literal: declare it in a reasons.hpp");
    }
    if (!Named(file, "text_keys.hpp") && std::regex_search(code, key_literal)) {
      problems.push_back(file.path + " makes a TextKey from a literal: declare it in a text_keys.hpp");
    }
  }
  return problems;
}

std::set<std::string> Placeholders(const std::string& text) {
  static const std::regex placeholder(R"(\{(\w+)\})");
  std::set<std::string> names;
  for (std::sregex_iterator match(text.begin(), text.end(), placeholder), end; match != end; ++match) {
    names.insert((*match)[1]);
  }
  return names;
}

std::string Joined(const std::set<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return "{" + out + "}";
}

// (c)
std::vector<std::string> DifferencesBetweenLanguages(const Texts& texts) {
  std::vector<std::string> problems;
  const auto& languages = texts.Languages();
  if (languages.empty()) return {"no language at all"};
  struct Section {
    const char* name;
    std::set<std::string> (Texts::*keys)(std::string_view) const;
    std::string (Texts::*text)(std::string_view, std::string_view, const TextParams&) const;
  };
  for (const Section& section :
       {Section{"errors", &Texts::ErrorReasons, &Texts::Error}, Section{"texts", &Texts::TextKeys, &Texts::Text}}) {
    std::set<std::string> all;
    for (const auto& language : languages) {
      auto keys = (texts.*section.keys)(language);
      all.insert(keys.begin(), keys.end());
    }
    for (const auto& key : all) {
      // The placeholders of the first language that has the key are the reference.
      std::optional<std::pair<std::string, std::set<std::string>>> reference;
      for (const auto& language : languages) {
        if (!(texts.*section.keys)(language).contains(key)) {
          problems.push_back(std::string(section.name) + ": " + key + " is missing in " + language);
          continue;
        }
        auto placeholders = Placeholders((texts.*section.text)(language, key, {}));
        if (!reference) {
          reference.emplace(language, placeholders);
          continue;
        }
        const auto& [first, expected] = *reference;
        if (placeholders != expected) {
          problems.push_back(std::string(section.name) + ": " + key + " has " + Joined(placeholders) + " in " +
                             language + " but " + Joined(expected) + " in " + first);
        }
      }
    }
  }
  return problems;
}

// (d)
std::vector<std::string> KeysWithoutTexts(const std::vector<SourceFile>& sources, const Texts& texts) {
  static const std::regex literal("\"[^\"]*\"");
  std::vector<std::string> problems;
  std::set<std::string> declared;
  for (const auto& file : sources) {
    if (!Named(file, "text_keys.hpp")) continue;
    std::string code = Code(file.text);
    auto keys = Declared(code, "TextKey");
    auto literals = std::distance(std::sregex_iterator(code.begin(), code.end(), literal), std::sregex_iterator());
    if (literals != static_cast<long>(keys.size())) {
      problems.push_back(file.path + " holds a literal that is not a TextKey{\"…\"}: write keys only that way");
    }
    for (const auto& key : keys) {
      declared.insert(key);
      for (const auto& language : texts.Languages()) {
        if (!texts.HasText(language, key)) problems.push_back(file.path + ": " + key + " has no text in " + language);
      }
    }
  }
  for (const auto& language : texts.Languages()) {
    for (const auto& key : texts.TextKeys(language)) {
      if (!declared.contains(key)) {
        problems.push_back("texts/" + language + ".json: " + key + " is declared in no text_keys.hpp");
      }
    }
  }
  return problems;
}

std::string Listed(const std::vector<std::string>& problems) {
  std::string out;
  for (const auto& problem : problems) out += "\n  " + problem;
  return out;
}

TEST(TextsTest, TheApplicationSpeaksSpanishAndEnglish) {
  EXPECT_EQ(ApplicationTexts().Languages().size(), 2u);
  EXPECT_TRUE(ApplicationTexts().HasLanguage("es"));
  EXPECT_TRUE(ApplicationTexts().HasLanguage("en"));
}

TEST(TextsTest, EveryReasonHasAMessageInEveryLanguage) {
  auto sources = BackendSources();
  std::size_t reasons = 0;
  for (const auto& file : sources) reasons += Named(file, "reasons.hpp") ? Declared(file.text, "Reason").size() : 0;
  EXPECT_GT(reasons, 50u) << "the scan found too few reasons to be reading the sources";
  auto problems = ReasonsWithoutMessages(sources, ApplicationTexts());
  EXPECT_TRUE(problems.empty()) << Listed(problems);
}

TEST(TextsTest, ReasonsAndTextKeysAreMadeFromLiteralsOnlyInTheirHeaders) {
  auto problems = LiteralsOutsideTheirHeaders(BackendSources());
  EXPECT_TRUE(problems.empty()) << Listed(problems);
}

TEST(TextsTest, EveryLanguageHasTheSameKeysWithTheSamePlaceholders) {
  auto problems = DifferencesBetweenLanguages(ApplicationTexts());
  EXPECT_TRUE(problems.empty()) << Listed(problems);
}

TEST(TextsTest, EveryTextKeyOfTheCodeHasATextInEveryLanguageAndEveryTextAKey) {
  auto sources = BackendSources();
  EXPECT_GT(ApplicationTexts().TextKeys("es").size(), 100u) << "the catalogues hold too few texts";
  auto problems = KeysWithoutTexts(sources, ApplicationTexts());
  EXPECT_TRUE(problems.empty()) << Listed(problems);
}

// The guards themselves, each on a deliberate violation.

Texts CatalogueOf(std::string_view es, std::string_view en) {
  const EmbeddedFile files[] = {{"texts/es.json", es}, {"texts/en.json", en}};
  Texts texts;
  EXPECT_TRUE(texts.Add("test", files));
  return texts;
}

TEST(TextsTest, TheGuardsFindADeliberateViolation) {
  Texts texts = CatalogueOf(R"({"errors": {"known": "Conocido {max}"}, "texts": {"a.b": "A {x}", "a.c": "C"}})",
                            R"({"errors": {"known": "Known {min}"}, "texts": {"a.b": "A {y}"}})");
  std::vector<SourceFile> sources = {
      {"x/domain/reasons.hpp", "inline constexpr Reason kKnown{\"known\"};\ninline constexpr Reason kNew{\"new\"};"},
      {"x/domain/service.cpp", "return Error::Invalid(Reason{\"inline\"});"},
      {"x/domain/other_service.cpp", "static const Reason kLocal{\"local\"};"},
      {"x/domain/text_keys.hpp",
       "inline constexpr TextKey kB{\"a.b\"};\ninline constexpr TextKey kD{\"a.d\"};\n"
       "inline constexpr const char* kStray = \"a.e\";"},
      {"x/domain/writer.cpp", "words(TextKey{\"a.f\"});"},
      {"x/domain/writer_test.cpp", "words(TextKey{\"a.g\"});"},
  };
  EXPECT_EQ(ReasonsWithoutMessages(sources, texts),
            (std::vector<std::string>{"x/domain/reasons.hpp: new has no message in es",
                                      "x/domain/reasons.hpp: new has no message in en"}));
  EXPECT_EQ(
      LiteralsOutsideTheirHeaders(sources),
      (std::vector<std::string>{"x/domain/service.cpp makes a Reason from a literal: declare it in a reasons.hpp",
                                "x/domain/other_service.cpp makes a Reason from a literal: declare it in a reasons.hpp",
                                "x/domain/writer.cpp makes a TextKey from a literal: declare it in a text_keys.hpp"}));
  EXPECT_EQ(DifferencesBetweenLanguages(texts),
            (std::vector<std::string>{"errors: known has {min} in en but {max} in es",
                                      "texts: a.b has {y} in en but {x} in es", "texts: a.c is missing in en"}));
  EXPECT_EQ(KeysWithoutTexts(sources, texts),
            (std::vector<std::string>{
                "x/domain/text_keys.hpp holds a literal that is not a TextKey{\"…\"}: write keys only that way",
                "x/domain/text_keys.hpp: a.d has no text in es", "x/domain/text_keys.hpp: a.d has no text in en",
                "texts/es.json: a.c is declared in no text_keys.hpp"}));
}

}  // namespace
}  // namespace enlace
