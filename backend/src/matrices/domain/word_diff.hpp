// A word-level "what changed" between two texts, computed on the server so that the screen, the
// XLSX and the PDF show the same words struck and added.
//
// The texts are cut at word boundaries by ICU's word break iterator (so "tráfico," is the word
// "tráfico" then ","; Spanish accents and any script are words), and the two sequences of pieces
// — words, spaces and punctuation alike, so that the text can be put back together exactly — are
// compared by dtl's O(NP) shortest edit script. Runs of the same kind are merged, so a replaced
// phrase reads as one deletion followed by one insertion rather than word by word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace enlace {

enum class DiffOp { kEqual, kInsert, kDelete };
std::string_view ToString(DiffOp op);

struct DiffSegment {
  DiffOp op = DiffOp::kEqual;
  std::string text;
  bool operator==(const DiffSegment&) const = default;
};

// The pieces of `text` at ICU word boundaries (words, spaces, punctuation); joined they give
// `text` back. Text that is not valid UTF-8 is one piece.
std::vector<std::string> WordPieces(std::string_view text);

// The segments that turn `before` into `after`: equal pieces, then deleted ones before inserted
// ones at each change. Concatenating equal+delete gives `before`, equal+insert gives `after`.
std::vector<DiffSegment> WordDiff(std::string_view before, std::string_view after);

}  // namespace enlace
