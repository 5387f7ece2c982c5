#include "kernel/domain/texts.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kernel/domain/reasons.hpp"

namespace enlace {

using reasons::kInvalidCatalogue;

std::string Interpolate(std::string text, const TextParams& params) {
  // One pass, so that a value holding "{…}" (a name, an agreement's text) is never read as a
  // placeholder itself.
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    auto open = text.find('{', at);
    auto close = open == std::string::npos ? std::string::npos : text.find('}', open + 1);
    if (close == std::string::npos) break;
    out.append(text, at, open - at);
    auto found = params.find(text.substr(open + 1, close - open - 1));
    if (found != params.end()) {
      out += found->second;
      at = close + 1;
    } else {
      out += '{';
      at = open + 1;
    }
  }
  out.append(text, at);
  return out;
}

Result<void> Texts::Add(std::string_view origin, EmbeddedFiles files) {
  constexpr std::string_view kFolder = "texts/";
  for (const auto& file : files) {
    if (!file.name.starts_with(kFolder) || !file.name.ends_with(".json")) continue;
    std::string language(file.name.substr(kFolder.size(), file.name.size() - kFolder.size() - 5));
    auto where = std::string(origin) + "/" + std::string(file.name);
    auto json = nlohmann::json::parse(file.content, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
      return std::unexpected(Error::Invalid(kInvalidCatalogue, where + " is not a JSON object"));
    }
    if (std::find(languages_.begin(), languages_.end(), language) == languages_.end()) languages_.push_back(language);
    auto& catalogue = catalogues_[language];
    for (const auto& [section, entries] : json.items()) {
      if ((section != "errors" && section != "texts") || !entries.is_object()) {
        return std::unexpected(Error::Invalid(kInvalidCatalogue, where + ": unknown section " + section));
      }
      auto& target = section == "errors" ? catalogue.errors : catalogue.texts;
      for (const auto& [key, value] : entries.items()) {
        if (!value.is_string()) {
          return std::unexpected(Error::Invalid(kInvalidCatalogue, where + ": " + key + " is not a string"));
        }
        auto owner = owners_.emplace(language + ":" + section + ":" + key, std::string(origin));
        if (!owner.second) {
          return std::unexpected(
              Error::Invalid(kInvalidCatalogue, where + ": " + key + " is already defined by " + owner.first->second));
        }
        target.emplace(key, value.get<std::string>());
      }
    }
  }
  return {};
}

const Texts::Catalogue* Texts::Find(std::string_view language) const {
  auto found = catalogues_.find(language);
  return found == catalogues_.end() ? nullptr : &found->second;
}

bool Texts::HasLanguage(std::string_view language) const { return catalogues_.contains(language); }

bool Texts::HasError(std::string_view language, std::string_view reason) const {
  const auto* catalogue = Find(language);
  return catalogue && catalogue->errors.contains(reason);
}

bool Texts::HasText(std::string_view language, std::string_view key) const {
  const auto* catalogue = Find(language);
  return catalogue && catalogue->texts.contains(key);
}

std::string Texts::Error(std::string_view language, std::string_view reason, const TextParams& params) const {
  for (auto candidate : {language, kFallbackLanguage}) {
    if (const auto* catalogue = Find(candidate)) {
      if (auto found = catalogue->errors.find(reason); found != catalogue->errors.end()) {
        return Interpolate(found->second, params);
      }
    }
  }
  for (auto candidate : {language, kFallbackLanguage}) {
    if (const auto* catalogue = Find(candidate)) {
      if (auto found = catalogue->errors.find("invalid_value"); found != catalogue->errors.end()) return found->second;
    }
  }
  return std::string(reason);
}

std::string Texts::Text(std::string_view language, std::string_view key, const TextParams& params) const {
  for (auto candidate : {language, kFallbackLanguage}) {
    if (const auto* catalogue = Find(candidate)) {
      if (auto found = catalogue->texts.find(key); found != catalogue->texts.end()) {
        return Interpolate(found->second, params);
      }
    }
  }
  return std::string(key);
}

std::set<std::string> Texts::ErrorReasons(std::string_view language) const {
  std::set<std::string> reasons;
  if (const auto* catalogue = Find(language)) {
    for (const auto& [reason, message] : catalogue->errors) reasons.insert(reason);
  }
  return reasons;
}

std::set<std::string> Texts::TextKeys(std::string_view language) const {
  std::set<std::string> keys;
  if (const auto* catalogue = Find(language)) {
    for (const auto& [key, text] : catalogue->texts) keys.insert(key);
  }
  return keys;
}

}  // namespace enlace
