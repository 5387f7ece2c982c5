#include "meetings/domain/package_changes.hpp"

#include <map>

namespace enlace {
namespace {

std::map<std::string, std::string> MeetingPackageSums(std::string_view manifest) {
  std::map<std::string, std::string> sums;
  while (!manifest.empty()) {
    auto end = manifest.find('\n');
    auto line = manifest.substr(0, end);
    manifest = end == std::string_view::npos ? std::string_view() : manifest.substr(end + 1);
    auto gap = line.find("  ");
    if (gap == std::string_view::npos) continue;
    std::string path(line.substr(gap + 2));
    if (path == "index.html" || path == "manifest-sha256.txt" || path.starts_with("report-")) continue;
    sums[path] = std::string(line.substr(0, gap));
  }
  return sums;
}

}  // namespace

MeetingPackageChanges CompareMeetingPackages(std::string_view before, std::string_view after) {
  auto old_sums = MeetingPackageSums(before);
  auto new_sums = MeetingPackageSums(after);
  MeetingPackageChanges changes;
  for (const auto& [path, sum] : new_sums) {
    auto found = old_sums.find(path);
    if (found == old_sums.end()) {
      changes.added.push_back(path);
    } else if (found->second != sum) {
      changes.changed.push_back(path);
    }
  }
  for (const auto& [path, sum] : old_sums) {
    if (!new_sums.contains(path)) changes.removed.push_back(path);
  }
  return changes;
}

}  // namespace enlace
