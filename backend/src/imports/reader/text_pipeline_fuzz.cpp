// libFuzzer target: the text pipeline (decoding, paragraphs, segmentation, meeting and agreement
// readers, the deadline reader) on arbitrary bytes read as a text report. It must never crash,
// hang or leak, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "imports/reader/docx_reader.hpp"
#include "imports/reader/importer.hpp"
#include "imports/reader/pdf_reader.hpp"
#include "meetings/domain/deadline.hpp"

namespace {

const enlace::Gazetteer& FuzzGazetteer() {
  static const enlace::Gazetteer gazetteer = [] {
    auto loaded = enlace::LoadGazetteer(ENLACE_REFERENCE_DIR);
    return loaded ? *loaded : enlace::Gazetteer{};
  }();
  return gazetteer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The other formats have their own targets; here everything is text.
  if (enlace::LooksLikeZip(bytes) || enlace::LooksLikePdf(bytes)) return 0;
  auto reading = enlace::ReadReport(bytes, "fuzz.txt", FuzzGazetteer(), enlace::ImportOptions{});
  if (reading) {
    (void)enlace::ToJson(*reading).dump();
    (void)enlace::ToText(*reading);
  }
  enlace::DeadlineContext context{enlace::Date{std::chrono::year{2016}, std::chrono::November, std::chrono::day{15}},
                                  enlace::Date{std::chrono::year{2016}, std::chrono::November, std::chrono::day{16}},
                                  "es", &FuzzGazetteer(), "RCGM"};
  (void)enlace::ReadDeadline(bytes.substr(0, 600), context);
  return 0;
}
