// DOCX → text: the paragraphs of word/document.xml in order (tables included, deleted revisions
// and field codes left out), each on its own line followed by a blank line, with the label that
// Word's automatic numbering shows in front of it ("1.", "a)", "•") although the digits are not
// in the text. Labels are computed from word/numbering.xml (levels, formats, start values and
// overrides) and from numbering attached to paragraph styles in word/styles.xml.
//
// A DOCX is untrusted: the archive and each part read are bounded in size and compression ratio
// ("docx_too_large": zip bombs), and XML with a document type or entity declaration is refused
// ("docx_entity_refused"), so no entity expansion can happen whatever the parser does. The walks
// over the XML are iterative and refuse a document nested deeper than kMaxXmlDepth elements
// ("document_too_deep"): real documents nest a few dozen levels, and the depth is the sender's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kernel/domain/error.hpp"

namespace enlace {

inline constexpr int kMaxXmlDepth = 256;

struct DocxLimits {
  std::size_t max_archive_bytes = 64u << 20;        // the .docx itself
  std::size_t max_part_bytes = 64u << 20;           // one uncompressed part we read
  std::size_t max_total_declared_bytes = 1u << 30;  // all parts, as the directory declares them
  std::size_t max_ratio = 200;                      // uncompressed / compressed, per part
  std::size_t max_entries = 5000;
};

// True when the bytes look like a ZIP archive.
bool LooksLikeZip(std::string_view bytes);

Result<std::string> ReadDocxText(std::string_view bytes, const DocxLimits& limits = {});

}  // namespace enlace
