// What changed between two packages of a meeting (M31): a delegation that already downloaded one
// sees, in the next one's index.html, which files were added, changed or removed since.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace enlace {

struct MeetingPackageChanges {
  std::vector<std::string> added;
  std::vector<std::string> changed;
  std::vector<std::string> removed;
  bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

// Compares two manifests ("<sha256>  <path>" lines, as manifest-sha256.txt), by path. Left out:
// index.html and the manifest, and the reports (report-*), which are made anew, dated, every time.
// A library document's file in another version (documents/<name>-v<n>-<lang>.<ext>, the same but
// for <n>) is that file changed, listed by its new path. Paths come out sorted.
MeetingPackageChanges CompareMeetingPackages(std::string_view before, std::string_view after);

}  // namespace enlace
