// Paragraphs → the preamble and the agreements.
//
// The agreements start after an introducer ("The Network submits the following report …:",
// "agreed:", "acordaron:", a heading "ACUERDOS" even with a typo such as "ACEURDOS"), or, without
// one, at the first item numbered 1. Each numbered or lettered item is one agreement; an item
// ending in ":" followed by sub-items is a heading. Numbering is the intended one, not the printed
// one: items are counted in order, so a list whose numbers a conversion restarted (1, 2, 3, 1, 2)
// or flattened (1, 1, 1) reads 1..n, and numbers restarting after a heading item are its
// sub-items (2.a, 2.b). Unnumbered paragraphs or bullets after an introducer are numbered 1..n.
// Unmarked paragraphs between items belong to the item above; narrative after the last item, a
// closing ("Done in …", "San Pedro Sula, 15 de noviembre de 2016") or an annex ends the list.
#pragma once

#include <string>
#include <vector>

#include "imports/reader/document_text.hpp"

namespace enlace {

struct SegmentedItem {
  std::string number;   // "1", "2.a", "2.1"
  std::string printed;  // the marker as printed, "" when none
  std::string text;     // without the marker
  bool heading = false;
  bool has_children = false;
  int parent = -1;  // index of the parent item for sub-items
};

struct Segmentation {
  std::vector<std::string> preamble;  // paragraphs before the agreements (introducer included)
  std::vector<SegmentedItem> items;
  std::vector<std::string> warnings;
};

Segmentation Segment(const std::vector<Paragraph>& paragraphs);

// True when the paragraph introduces the agreements.
bool IsIntroducer(const std::string& paragraph);

}  // namespace enlace
