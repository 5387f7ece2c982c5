#include "matrices/domain/word_diff.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <dtl/dtl.hpp>
#include <memory>

#include "kernel/domain/text.hpp"

namespace enlace {

std::string_view ToString(DiffOp op) {
  switch (op) {
    case DiffOp::kEqual:
      return "equal";
    case DiffOp::kInsert:
      return "insert";
    case DiffOp::kDelete:
      return "delete";
  }
  return "equal";
}

std::vector<std::string> WordPieces(std::string_view text) {
  std::vector<std::string> pieces;
  if (text.empty()) return pieces;
  if (!IsValidUtf8(text)) return {std::string(text)};
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words) return {std::string(text)};
  words->setText(unicode);
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
    std::string piece;
    unicode.tempSubStringBetween(start, end).toUTF8String(piece);
    pieces.push_back(std::move(piece));
  }
  return pieces;
}

std::vector<DiffSegment> WordDiff(std::string_view before, std::string_view after) {
  auto a = WordPieces(before);
  auto b = WordPieces(after);
  dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
  diff.compose();
  std::vector<DiffSegment> segments;
  // dtl interleaves deletions and insertions of one change; keep them apart, deletions first, so
  // that a change reads "old words" struck then "new words" added.
  std::string deleted, inserted;
  auto flush = [&] {
    if (!deleted.empty()) segments.push_back({DiffOp::kDelete, std::move(deleted)});
    if (!inserted.empty()) segments.push_back({DiffOp::kInsert, std::move(inserted)});
    deleted.clear();
    inserted.clear();
  };
  for (const auto& [piece, info] : diff.getSes().getSequence()) {
    if (info.type == dtl::SES_DELETE) {
      deleted += piece;
    } else if (info.type == dtl::SES_ADD) {
      inserted += piece;
    } else {
      flush();
      if (!segments.empty() && segments.back().op == DiffOp::kEqual) {
        segments.back().text += piece;
      } else {
        segments.push_back({DiffOp::kEqual, piece});
      }
    }
  }
  flush();
  return segments;
}

}  // namespace enlace
