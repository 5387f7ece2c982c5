#include "matrices/domain/matrix_import.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "kernel/domain/date.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "matrices/domain/reasons.hpp"

namespace enlace {

namespace {

std::string ImportValue(const MatrixImportRow& row, std::string_view column) {
  auto found = row.values.find(std::string(column));
  return found == row.values.end() ? std::string() : Trim(found->second);
}

std::optional<int> ImportNumber(const std::string& text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

bool ImportYes(const std::string& text) {
  auto lower = text;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower == "yes" || lower == "sí" || lower == "si" || lower == "true" || lower == "1" || lower == "x";
}

// A date column: empty is none; a date that is not one is a problem of the line.
std::optional<Date> ImportDate(const MatrixImportRow& row, std::string_view column,
                               std::vector<MatrixImportProblem>& problems) {
  auto text = ImportValue(row, column);
  if (text.empty()) return std::nullopt;
  // A spreadsheet may keep a date cell's time ("2016-05-03T00:00:00"): the day is what counts.
  if (text.size() > 10 && text[10] == 'T') text.resize(10);
  auto date = ParseIsoDate(text);
  if (!date) problems.push_back({row.line, FieldError(std::string(column), reasons::kInvalidDate)});
  return date;
}

// The provision a row states, with its text in `language`.
Provision ImportProvision(const MatrixImportRow& row, const std::string& language,
                          std::vector<MatrixImportProblem>& problems) {
  Provision provision;
  provision.law.title = ImportValue(row, "law_title");
  provision.law.number = ImportValue(row, "law_number");
  provision.law.date = ImportDate(row, "law_date", problems);
  provision.article = ImportValue(row, "article");
  provision.url = ImportValue(row, "url");
  provision.last_amended = ImportDate(row, "last_amended", problems);
  provision.as_of = ImportDate(row, "as_of", problems);
  for (const char* code : {"es", "en"}) {
    auto text = ImportValue(row, std::string("excerpt_") + code);
    if (!text.empty()) (std::string_view(code) == "es" ? provision.excerpt.es : provision.excerpt.en) = text;
  }
  if (auto text = ImportValue(row, "excerpt"); !text.empty()) {
    (language == "en" ? provision.excerpt.en : provision.excerpt.es) = text;
  }
  provision.source_language = provision.excerpt.Has(language) ? language : (provision.excerpt.es ? "es" : "en");
  return provision;
}

bool SameProvision(const Provision& a, const Provision& b) {
  return a.law.title == b.law.title && a.law.number == b.law.number && a.article == b.article;
}

}  // namespace

MatrixImportPlan PlanMatrixImport(const Matrix& matrix, const std::vector<MatrixImportRow>& rows,
                                  std::string_view default_language) {
  MatrixImportPlan plan;
  auto& problems = plan.problems;
  std::map<int, MatrixImportTopic> topics;
  for (const auto& topic : matrix.topics) topics[topic.number] = MatrixImportTopic{topic.number, topic.title, false};
  std::set<std::string> countries(matrix.countries.begin(), matrix.countries.end());
  std::map<std::pair<int, std::string>, std::size_t> cell_of;
  for (const auto& row : rows) {
    auto before = problems.size();
    auto number = ImportNumber(ImportValue(row, "topic_number"));
    if (!number) {
      problems.push_back(
          {row.line, FieldError("topic_number", ImportValue(row, "topic_number").empty() ? reasons::kRequired
                                                                                         : reasons::kInvalidValue)});
    }
    auto country = ImportValue(row, "country");
    std::transform(country.begin(), country.end(), country.begin(), [](unsigned char c) { return std::toupper(c); });
    if (country.empty()) {
      problems.push_back({row.line, FieldError("country", reasons::kRequired)});
    } else if (!countries.contains(country)) {
      problems.push_back({row.line, FieldError("country", reasons::kUnknownCountry)});
    }
    auto language = ImportValue(row, "excerpt_language");
    if (language.empty()) language = std::string(default_language);
    if (language != "es" && language != "en") {
      problems.push_back({row.line, FieldError("excerpt_language", reasons::kUnknownLanguage)});
      language = std::string(default_language);
    }
    auto source = ProvisionSource::kSecretariat;
    if (auto text = ImportValue(row, "source"); !text.empty()) {
      if (auto parsed = ParseProvisionSource(text)) {
        source = *parsed;
      } else {
        problems.push_back({row.line, FieldError("source", reasons::kInvalidValue)});
      }
    }
    if (number) {
      auto& topic = topics[*number];
      if (topic.number == 0) topic = MatrixImportTopic{*number, {}, true};
      if (topic.created) {
        // A new topic's title: from any of its lines that gives it.
        for (const char* code : {"es", "en"}) {
          auto text = ImportValue(row, std::string("topic_") + code);
          auto& slot = std::string_view(code) == "es" ? topic.title.es : topic.title.en;
          if (!text.empty() && !slot) slot = text;
        }
        if (auto text = ImportValue(row, "topic"); !text.empty()) {
          auto& slot = language == "en" ? topic.title.en : topic.title.es;
          if (!slot) slot = text;
        }
      }
    }
    auto provision = ImportProvision(row, language, problems);
    if (problems.size() != before || !number) continue;
    auto key = std::make_pair(*number, country);
    auto [found, inserted] = cell_of.try_emplace(key, plan.cells.size());
    if (inserted) plan.cells.push_back(MatrixImportCell{*number, country, {}, source});
    auto& cell = plan.cells[found->second];
    if (ImportYes(ImportValue(row, "no_provision"))) cell.content.no_provision = true;
    if (auto note = ImportValue(row, "note"); !note.empty() && cell.content.note.empty()) cell.content.note = note;
    bool has_text = provision.excerpt.es || provision.excerpt.en;
    bool has_law = !provision.law.title.empty() || !provision.article.empty();
    if (cell.content.no_provision && !has_law) continue;           // the line only says "no specific provision"
    if (!has_text && !has_law && provision.url.empty()) continue;  // a line with only its topic and country
    auto same = std::find_if(cell.content.provisions.begin(), cell.content.provisions.end(),
                             [&](const Provision& other) { return SameProvision(other, provision); });
    if (same != cell.content.provisions.end() && !same->excerpt.Has(language) && provision.excerpt.Has(language)) {
      // The same provision in the other language: one provision with both texts.
      (language == "en" ? same->excerpt.en : same->excerpt.es) = provision.excerpt.In(language);
      continue;
    }
    cell.content.provisions.push_back(std::move(provision));
  }
  // Topic numbers follow on from the matrix's last topic, without gaps (they are the rows' order).
  int expected = static_cast<int>(matrix.topics.size()) + 1;
  for (auto& [number, topic] : topics) {
    if (!topic.created) continue;
    if (number != expected) {
      int line = 0;
      for (const auto& row : rows) {
        if (ImportNumber(ImportValue(row, "topic_number")) == number) {
          line = row.line;
          break;
        }
      }
      problems.push_back(
          {line, FieldError("topic_number", reasons::kMatrixImportTopicNumber, {{"next", std::to_string(expected)}})});
    } else if (!topic.title.es && !topic.title.en) {
      int line = 0;
      for (const auto& row : rows) {
        if (ImportNumber(ImportValue(row, "topic_number")) == number) {
          line = row.line;
          break;
        }
      }
      problems.push_back({line, FieldError("topic", reasons::kRequired)});
    }
    ++expected;
  }
  for (auto& [number, topic] : topics) plan.topics.push_back(topic);
  // Each cell as a person would have typed it: the same rules as a draft written on screen.
  for (auto& cell : plan.cells) {
    if (auto valid = ValidateCell(cell.content); !valid) {
      int line = 0;
      for (const auto& row : rows) {
        auto country = ImportValue(row, "country");
        std::transform(country.begin(), country.end(), country.begin(),
                       [](unsigned char c) { return std::toupper(c); });
        if (ImportNumber(ImportValue(row, "topic_number")) == cell.number && country == cell.country) {
          line = row.line;
          break;
        }
      }
      for (const auto& field : valid.error().fields) {
        // The table's own column names: "provisions[1].law.title" is the line's law_title.
        auto name = field.field;
        if (auto dot = name.find("]."); name.starts_with("provisions[") && dot != std::string::npos) {
          name = name.substr(dot + 2);
        }
        if (name == "law.title" || name == "law.number" || name == "law.date") name[3] = '_';
        if (name.starts_with("excerpt")) name = "excerpt";
        problems.push_back({line, field.Renamed(name)});
      }
    }
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const MatrixImportProblem& a, const MatrixImportProblem& b) { return a.line < b.line; });
  return plan;
}

}  // namespace enlace
