#include "kernel/http/body_file.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace enlace::http {
namespace {

constexpr const char* kBodyFileHeader = "X-Enlace-Body-File";

struct BodyFileTable {
  std::mutex mutex;
  std::map<std::uint64_t, TakenFileBody> files;
  std::uint64_t next = 1;
};

BodyFileTable& BodyFiles() {
  static BodyFileTable table;
  return table;
}

}  // namespace

void SendFileBody(Response& response, int descriptor, std::int64_t size) {
  auto& table = BodyFiles();
  std::uint64_t key = 0;
  {
    std::lock_guard lock(table.mutex);
    key = table.next++;
    table.files[key] = TakenFileBody{descriptor, size};
  }
  response.body.clear();
  response.With(kBodyFileHeader, std::to_string(key));
}

std::optional<TakenFileBody> TakeFileBody(Response& response) {
  auto found = std::find_if(response.headers.begin(), response.headers.end(),
                            [](const auto& header) { return header.first == kBodyFileHeader; });
  if (found == response.headers.end()) return std::nullopt;
  std::uint64_t key = 0;
  try {
    key = std::stoull(found->second);
  } catch (const std::exception&) {
  }
  response.headers.erase(found);
  auto& table = BodyFiles();
  std::lock_guard lock(table.mutex);
  auto entry = table.files.find(key);
  if (entry == table.files.end()) return std::nullopt;
  auto taken = entry->second;
  table.files.erase(entry);
  return taken;
}

}  // namespace enlace::http
