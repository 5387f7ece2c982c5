// Files compiled into the binary: each capability's migrations and text catalogues, so that the
// installed `enlace` needs nothing from the source tree. `enlace_embed()` in cmake/EnlaceEmbed.cmake
// generates the function that returns them.
#pragma once

#include <span>
#include <string_view>

namespace enlace {

struct EmbeddedFile {
  std::string_view name;  // relative to its capability's folder: "migrations/0001_meetings.sql", "texts/es.json"
  std::string_view content;
};

using EmbeddedFiles = std::span<const EmbeddedFile>;

}  // namespace enlace
