#include "imports/testing/reader_fixtures.hpp"

#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "imports/reader/importer.hpp"

#ifndef ENLACE_SOURCE_DIR
#define ENLACE_SOURCE_DIR "."
#endif

namespace enlace::testing {

const Gazetteer& ReferenceGazetteer() {
  static const Gazetteer gazetteer = [] {
    auto loaded = LoadGazetteer(std::filesystem::path(ENLACE_SOURCE_DIR) / "data/reference/rcm");
    if (!loaded) {
      std::cerr << "reference data missing: " << loaded.error().detail << "\n";
      std::abort();
    }
    return *loaded;
  }();
  return gazetteer;
}

std::string MakeZip(const std::map<std::string, std::string>& parts) {
  char name[] = "/tmp/enlace-zip-XXXXXX";
  int fd = mkstemp(name);
  if (fd < 0) return "";
  close(fd);
  int error = 0;
  zip_t* archive = zip_open(name, ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) return "";
  for (const auto& [part, content] : parts) {
    // libzip reads the buffer at zip_close: keep copies alive until then.
    char* copy = static_cast<char*>(std::malloc(content.size() + 1));
    std::copy(content.begin(), content.end(), copy);
    zip_source_t* source = zip_source_buffer(archive, copy, content.size(), 1);
    zip_file_add(archive, part.c_str(), source, ZIP_FL_OVERWRITE);
  }
  zip_close(archive);
  std::ifstream in(name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::remove(name);
  return buffer.str();
}

std::string MakeDocx(const std::string& body_xml, const std::string& numbering_xml) {
  const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ns + "><w:body>" + body_xml +
                                "</w:body></w:document>"},
  };
  if (!numbering_xml.empty()) {
    parts["word/numbering.xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + ns + ">" + numbering_xml + "</w:numbering>";
  }
  return MakeZip(parts);
}

}  // namespace enlace::testing
