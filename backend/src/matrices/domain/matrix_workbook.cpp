#include "matrices/domain/matrix_workbook.hpp"

#include <cstdio>

namespace enlace {
namespace {

void Add(std::uint64_t& hash, std::string_view text) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  // A separator no text holds, so that "ab","c" and "a","bc" differ.
  hash ^= 0x1F;
  hash *= 1099511628211ULL;
}

std::string DateText(const std::optional<Date>& date) { return date ? FormatIsoDate(*date) : std::string(); }

}  // namespace

std::string CellFingerprint(const CellContent& content) {
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a
  for (const auto& provision : content.provisions) {
    Add(hash, "provision");
    Add(hash, provision.law.title);
    Add(hash, provision.law.number);
    Add(hash, DateText(provision.law.date));
    Add(hash, provision.article);
    Add(hash, provision.excerpt.es.value_or(""));
    Add(hash, provision.excerpt.en.value_or(""));
    Add(hash, provision.url);
    Add(hash, DateText(provision.last_amended));
    Add(hash, DateText(provision.as_of));
  }
  Add(hash, content.no_provision ? "no_provision" : "");
  Add(hash, content.note);
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

std::string_view ToString(WorkbookCellState state) {
  switch (state) {
    case WorkbookCellState::kUnchanged:
      return "unchanged";
    case WorkbookCellState::kChanged:
      return "changed";
    case WorkbookCellState::kConflict:
      return "conflict";
    case WorkbookCellState::kInvalid:
      return "invalid";
  }
  return "unchanged";
}

}  // namespace enlace
