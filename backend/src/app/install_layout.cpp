#include "app/install_layout.hpp"

#include <cstdlib>
#include <optional>

namespace enlace {
namespace {

// An installed layout (reference/ and web/) or a source tree (data/reference and frontend/dist).
std::optional<InstallLayout> LayoutAt(const std::filesystem::path& folder) {
  std::error_code error;
  if (std::filesystem::exists(folder / "reference", error)) return InstallLayout{folder / "reference", folder / "web"};
  if (std::filesystem::exists(folder / "data" / "reference", error)) {
    return InstallLayout{folder / "data" / "reference", folder / "frontend" / "dist"};
  }
  return std::nullopt;
}

}  // namespace

InstallLayout FindInstallLayout(const char* argv0) {
  if (const char* home = std::getenv("ENLACE_HOME"); home && *home) {
    if (auto layout = LayoutAt(home)) return *layout;
  }
  std::error_code error;
  auto executable = std::filesystem::canonical(std::filesystem::path(argv0), error);
  if (error) executable = std::filesystem::canonical("/proc/self/exe", error);
  if (!error) {
    auto bin = executable.parent_path();
    if (auto installed = LayoutAt(bin.parent_path() / "share" / "enlace")) return *installed;
    for (auto folder = bin; !folder.empty() && folder != folder.parent_path(); folder = folder.parent_path()) {
      if (std::filesystem::exists(folder / "data" / "reference", error)) return *LayoutAt(folder);
    }
  }
  auto current = std::filesystem::current_path(error);
  if (auto layout = LayoutAt(current)) return *layout;
  return InstallLayout{current / "data" / "reference", current / "frontend" / "dist"};
}

}  // namespace enlace
