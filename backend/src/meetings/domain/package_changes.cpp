#include "meetings/domain/package_changes.hpp"

#include <algorithm>
#include <map>

namespace enlace {
namespace {

// A library document's file is named documents/<name>-v<n>-<lang>.<ext>: another version of it
// is the same file changed, so it is compared by its path without "-v<n>".
std::string MeetingPackageKey(const std::string& path) {
  if (!path.starts_with("documents/")) return path;
  for (auto at = path.rfind("-v"); at != std::string::npos && at > 0; at = path.rfind("-v", at - 1)) {
    auto digits = at + 2;
    auto end = digits;
    while (end < path.size() && path[end] >= '0' && path[end] <= '9') ++end;
    if (end > digits && end < path.size() && path[end] == '-') return path.substr(0, at) + path.substr(end);
  }
  return path;
}

struct PackagedFile {
  std::string path;
  std::string sum;
};

// By key (MeetingPackageKey).
std::map<std::string, PackagedFile> MeetingPackageSums(std::string_view manifest) {
  std::map<std::string, PackagedFile> sums;
  while (!manifest.empty()) {
    auto end = manifest.find('\n');
    auto line = manifest.substr(0, end);
    manifest = end == std::string_view::npos ? std::string_view() : manifest.substr(end + 1);
    auto gap = line.find("  ");
    if (gap == std::string_view::npos) continue;
    std::string path(line.substr(gap + 2));
    if (path == "index.html" || path == "manifest-sha256.txt" || path.starts_with("report-")) continue;
    sums[MeetingPackageKey(path)] = {path, std::string(line.substr(0, gap))};
  }
  return sums;
}

}  // namespace

MeetingPackageChanges CompareMeetingPackages(std::string_view before, std::string_view after) {
  auto old_sums = MeetingPackageSums(before);
  auto new_sums = MeetingPackageSums(after);
  MeetingPackageChanges changes;
  for (const auto& [key, file] : new_sums) {
    auto found = old_sums.find(key);
    if (found == old_sums.end()) {
      changes.added.push_back(file.path);
    } else if (found->second.sum != file.sum || found->second.path != file.path) {
      changes.changed.push_back(file.path);
    }
  }
  for (const auto& [key, file] : old_sums) {
    if (!new_sums.contains(key)) changes.removed.push_back(file.path);
  }
  std::ranges::sort(changes.added);
  std::ranges::sort(changes.changed);
  std::ranges::sort(changes.removed);
  return changes;
}

}  // namespace enlace
