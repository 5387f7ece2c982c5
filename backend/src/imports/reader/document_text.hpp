// Text lines → paragraphs, mending what conversions do to a report.
//
// Removed: "[bookmark: OLE_LINK31]" markers and pandoc anchors, soft hyphens, zero-width
// characters, carriage returns. Mended: sentences broken across lines (a PDF or a hard-wrapped
// text file), words hyphenated at the end of a line ("recom-\nmend") and words split across lines
// without a hyphen ("organiza\ntion"): a split is glued when the glued word occurs elsewhere in
// the same document and one of the pieces does not, so "follow-\nup" stays hyphenated when the
// report writes "follow-up" elsewhere. A paragraph ends at a blank line, before a line that opens
// with a list marker, or after a short line that ends a sentence in a wrapped document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imports/reader/list_marker.hpp"

namespace enlace {

struct Paragraph {
  std::string text;  // whitespace collapsed, marker included
  Marker marker;
};

std::string RemoveConversionNoise(std::string_view text);
std::vector<Paragraph> SplitParagraphs(std::string_view text);

}  // namespace enlace
