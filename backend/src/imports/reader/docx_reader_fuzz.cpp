// libFuzzer target: the DOCX reader (ZIP directory, part limits, XML parsing, Word numbering) and
// what follows it, on arbitrary bytes. Seeds are the DOCX golden inputs; libFuzzer mutates them
// into broken archives, bombs and hostile XML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "imports/reader/document_text.hpp"
#include "imports/reader/docx_reader.hpp"
#include "imports/reader/segmenter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  enlace::DocxLimits limits;
  limits.max_part_bytes = 8u << 20;  // keep each run fast; the limit logic is what is exercised
  auto text = enlace::ReadDocxText(bytes, limits);
  if (text) {
    auto segmentation = enlace::Segment(enlace::SplitParagraphs(*text));
    (void)segmentation;
  }
  return 0;
}
