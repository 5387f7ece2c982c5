#include "matrices/domain/matrix.hpp"

#include <algorithm>
#include <map>

#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"
#include "matrices/domain/reasons.hpp"

namespace enlace {

std::string_view ToString(ProvisionSource source) {
  switch (source) {
    case ProvisionSource::kCountry:
      return "country";
    case ProvisionSource::kSecretariat:
      return "secretariat";
    case ProvisionSource::kOrganization:
      return "organization";
  }
  return "country";
}

std::optional<ProvisionSource> ParseProvisionSource(std::string_view text) {
  for (auto source : {ProvisionSource::kCountry, ProvisionSource::kSecretariat, ProvisionSource::kOrganization}) {
    if (ToString(source) == text) return source;
  }
  return std::nullopt;
}

std::string_view ToString(RoundState state) { return state == RoundState::kOpen ? "open" : "closed"; }

std::string_view ToString(ColumnState state) {
  switch (state) {
    case ColumnState::kNotStarted:
      return "not_started";
    case ColumnState::kDraft:
      return "draft";
    case ColumnState::kSubmitted:
      return "submitted";
    case ColumnState::kReturned:
      return "returned";
    case ColumnState::kValidated:
      return "validated";
  }
  return "not_started";
}

bool ColumnEditable(ColumnState state) {
  return state == ColumnState::kNotStarted || state == ColumnState::kDraft || state == ColumnState::kReturned;
}

std::string_view ToString(ColumnAction action) {
  switch (action) {
    case ColumnAction::kEdit:
      return "edit";
    case ColumnAction::kSubmit:
      return "submit";
    case ColumnAction::kReturn:
      return "return";
    case ColumnAction::kValidate:
      return "validate";
  }
  return "edit";
}

Result<ColumnState> NextColumnState(ColumnState from, ColumnAction action) {
  switch (action) {
    case ColumnAction::kEdit:
      if (!ColumnEditable(from)) return std::unexpected(Error::Conflict(reasons::kMatrixColumnNotEditable));
      return ColumnState::kDraft;
    case ColumnAction::kSubmit:
      // A country may submit without changes: "nothing changed since the last round" is an answer.
      if (!ColumnEditable(from)) return std::unexpected(Error::Conflict(reasons::kMatrixColumnNotEditable));
      return ColumnState::kSubmitted;
    case ColumnAction::kReturn:
      if (from != ColumnState::kSubmitted && from != ColumnState::kValidated) {
        return std::unexpected(Error::Conflict(reasons::kMatrixColumnNotSubmitted));
      }
      return ColumnState::kReturned;
    case ColumnAction::kValidate:
      if (from != ColumnState::kSubmitted) return std::unexpected(Error::Conflict(reasons::kMatrixColumnNotSubmitted));
      return ColumnState::kValidated;
  }
  return std::unexpected(Error::Conflict(reasons::kMatrixColumnNotEditable));
}

namespace {

// A text in one or both languages, trimmed; at least one when `required`.
void CheckLocalized(FieldErrors& errors, const std::string& field, LocalizedText& text, std::size_t maximum,
                    bool required) {
  for (auto* side : {&text.es, &text.en}) {
    if (!*side) continue;
    **side = Trim(**side);
    if ((*side)->empty()) side->reset();
  }
  if (required && !text.es && !text.en) {
    errors.Add(field, reasons::kRequired);
    return;
  }
  for (const auto& [language, side] : {std::pair{"es", &text.es}, std::pair{"en", &text.en}}) {
    if (!*side) continue;
    if (!IsValidUtf8(**side)) {
      errors.Add(field + "." + language, reasons::kInvalidValue);
    } else if (Utf8Length(**side) > maximum) {
      errors.Add(field + "." + language, reasons::kTooLong, {{"max", std::to_string(maximum)}});
    }
  }
}

void CheckPlain(FieldErrors& errors, const std::string& field, std::string& text, std::size_t maximum) {
  text = Trim(text);
  if (!IsValidUtf8(text)) {
    errors.Add(field, reasons::kInvalidValue);
  } else if (Utf8Length(text) > maximum) {
    errors.Add(field, reasons::kTooLong, {{"max", std::to_string(maximum)}});
  }
}

bool IsSubjectCode(std::string_view subject) {
  if (subject.empty() || subject.size() > 60) return false;
  return std::all_of(subject.begin(), subject.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// "6", "6.1", "6.1.a": a Protocol article and its paragraphs.
bool IsArticle(std::string_view article) {
  if (article.empty() || article.size() > 20) return false;
  if (article.front() < '0' || article.front() > '9') return false;
  return std::all_of(article.begin(), article.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '(' || c == ')';
  });
}

}  // namespace

Result<void> ValidateMatrix(MatrixInput& input) {
  FieldErrors errors;
  input.subject = Trim(input.subject);
  if (input.subject.empty()) {
    errors.Add("subject", reasons::kRequired);
  } else if (!IsSubjectCode(input.subject)) {
    errors.Add("subject", reasons::kInvalidValue);
  }
  CheckLocalized(errors, "title", input.title, kMaximumTitleLength, true);
  if (input.outdated_after_days && (*input.outdated_after_days < 1 || *input.outdated_after_days > 36500)) {
    errors.Add("outdated_after_days", reasons::kInvalidValue);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Result<void> ValidateTopic(TopicInput& input) {
  FieldErrors errors;
  CheckLocalized(errors, "title", input.title, kMaximumTitleLength, true);
  CheckLocalized(errors, "note", input.note, kMaximumNoteLength, false);
  for (std::size_t i = 0; i < input.articles.size(); ++i) {
    input.articles[i] = Trim(input.articles[i]);
    if (!IsArticle(input.articles[i])) errors.Add("articles[" + std::to_string(i) + "]", reasons::kInvalidValue);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

Result<void> ValidateCell(CellContent& content) {
  FieldErrors errors;
  if (content.no_provision && !content.provisions.empty()) {
    errors.Add("no_provision", reasons::kNoProvisionWithProvisions);
  }
  if (content.provisions.size() > kMaximumProvisions) {
    errors.Add("provisions", reasons::kTooManyProvisions, {{"max", std::to_string(kMaximumProvisions)}});
  }
  CheckPlain(errors, "note", content.note, kMaximumNoteLength);
  for (std::size_t i = 0; i < content.provisions.size(); ++i) {
    auto& provision = content.provisions[i];
    auto field = "provisions[" + std::to_string(i) + "]";
    CheckPlain(errors, field + ".law.title", provision.law.title, kMaximumTitleLength);
    CheckPlain(errors, field + ".law.number", provision.law.number, 100);
    CheckPlain(errors, field + ".article", provision.article, 100);
    CheckPlain(errors, field + ".url", provision.url, 2000);
    CheckLocalized(errors, field + ".excerpt", provision.excerpt, kMaximumExcerptLength, false);
    if (provision.law.title.empty() && provision.article.empty()) {
      errors.Add(field + ".law.title", reasons::kRequired);
    }
    if (!provision.excerpt.es && !provision.excerpt.en) {
      errors.Add(field + ".excerpt", reasons::kProvisionWithoutText);
    }
    if (!provision.url.empty() && !provision.url.starts_with("https://") && !provision.url.starts_with("http://")) {
      errors.Add(field + ".url", reasons::kInvalidProvisionUrl);
    }
    if (!provision.source_language.empty() && provision.source_language != "es" && provision.source_language != "en") {
      errors.Add(field + ".source_language", reasons::kUnknownLanguage);
    }
    if (provision.source_language.empty() || !provision.excerpt.Has(provision.source_language)) {
      provision.source_language = provision.excerpt.es ? "es" : "en";
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

void MarkStaleTranslations(const CellContent* previous, CellContent& next) {
  for (std::size_t i = 0; i < next.provisions.size(); ++i) {
    auto& provision = next.provisions[i];
    const Provision* before = previous && i < previous->provisions.size() ? &previous->provisions[i] : nullptr;
    std::vector<std::string> stale;
    const auto& source = provision.source_language;
    for (const char* language : {"es", "en"}) {
      if (language == source || !provision.excerpt.Has(language)) continue;
      if (!before) continue;  // a new provision: its translation is as fresh as its source
      bool source_changed = before->excerpt.Get(source) != provision.excerpt.Get(source);
      bool translation_changed = before->excerpt.Get(language) != provision.excerpt.Get(language);
      bool was_stale = std::find(before->stale.begin(), before->stale.end(), language) != before->stale.end();
      if (translation_changed) continue;  // rewritten now: fresh
      if (source_changed || was_stale) stale.push_back(language);
    }
    provision.stale = std::move(stale);
  }
}

bool IsOutdated(const Provision& provision, Date today, int outdated_after_days) {
  if (!provision.as_of) return false;
  return DaysBetween(*provision.as_of, today) > outdated_after_days;
}

bool IsOutdated(const CellContent& content, Date today, int outdated_after_days) {
  return std::any_of(content.provisions.begin(), content.provisions.end(),
                     [&](const Provision& p) { return IsOutdated(p, today, outdated_after_days); });
}

std::vector<MatrixCell> SnapshotAsOf(const std::vector<MatrixCell>& versions, std::optional<int> round_number) {
  std::map<std::pair<std::int64_t, std::string>, const MatrixCell*> latest;
  for (const auto& cell : versions) {
    if (round_number && cell.round > *round_number) continue;
    auto& slot = latest[{cell.topic.value(), cell.country}];
    if (!slot || slot->round < cell.round) slot = &cell;
  }
  std::vector<MatrixCell> snapshot;
  snapshot.reserve(latest.size());
  for (const auto& [_, cell] : latest) snapshot.push_back(*cell);
  return snapshot;
}

std::vector<TranslationGap> TranslationGaps(const std::vector<MatrixCell>& cells) {
  std::vector<TranslationGap> gaps;
  for (const auto& cell : cells) {
    for (std::size_t i = 0; i < cell.content.provisions.size(); ++i) {
      const auto& provision = cell.content.provisions[i];
      TranslationGap gap{cell.topic, cell.country, static_cast<int>(i), provision.source_language, {}, provision.stale};
      for (const char* language : {"es", "en"}) {
        if (!provision.excerpt.Has(language)) gap.missing.push_back(language);
      }
      if (!gap.missing.empty() || !gap.stale.empty()) gaps.push_back(std::move(gap));
    }
  }
  return gaps;
}

std::string CellText(const CellContent& content, std::string_view language, std::string_view no_provision_wording) {
  std::string text;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty()) text += "\n";
    text += part;
  };
  if (content.no_provision) add(std::string(no_provision_wording));
  for (const auto& provision : content.provisions) {
    std::string head = provision.law.title;
    std::string details = provision.law.number;
    if (provision.law.date) details += (details.empty() ? "" : ", ") + FormatIsoDate(*provision.law.date);
    if (!details.empty()) head += (head.empty() ? "" : " ") + ("(" + details + ")");
    if (!provision.article.empty()) head += (head.empty() ? "" : ", ") + provision.article;
    const auto& excerpt = provision.excerpt.In(language);
    add(head.empty() ? excerpt : head + ": " + excerpt);
  }
  add(content.note);
  return text;
}

}  // namespace enlace
