#include "kernel/storage/sql.hpp"
#include "meetings/storage/soci_meeting_repositories.hpp"

namespace enlace::storage {
namespace {

constexpr const char* kFileColumns =
    "SELECT id, file_name, content_type, size, sha256, uploaded_by, uploaded_at FROM files";

MeetingFile FileFrom(const Row& row) {
  MeetingFile file;
  file.id = AttachmentId{row.IntOr("id")};
  file.file_name = row.TextOr("file_name");
  file.content_type = row.TextOr("content_type");
  file.size = row.IntOr("size");
  file.sha256 = row.TextOr("sha256");
  file.storage_key = "files/" + std::to_string(file.id);
  if (auto by = OptionalId<UserId>(row.Int("uploaded_by"))) file.uploaded_by = *by;
  file.uploaded_at = TimestampFrom(row.TextOr("uploaded_at"));
  return file;
}

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

}  // namespace

std::string Base64Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned value = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(value >> 18) & 63];
    out += kAlphabet[(value >> 12) & 63];
    out += kAlphabet[(value >> 6) & 63];
    out += kAlphabet[value & 63];
  }
  if (i < bytes.size()) {
    unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(value >> 18) & 63];
    out += kAlphabet[(value >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(value >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::optional<std::string> Base64Decode(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3);
  unsigned value = 0;
  int bits = -8;
  for (char c : text) {
    if (c == '=') break;
    auto position = kAlphabet.find(c);
    if (position == std::string_view::npos) return std::nullopt;
    value = (value << 6) | static_cast<unsigned>(position);
    bits += 6;
    if (bits >= 0) {
      out.push_back(static_cast<char>((value >> bits) & 0xFF));
      bits -= 8;
    }
  }
  return out;
}

MeetingFile SociFileRepository::Add(ProcessId process, const MeetingFile& file, const std::string& content,
                                    std::optional<MeetingId> meeting, std::optional<std::int64_t> update) {
  auto row =
      Sql(session_,
          "INSERT INTO files (process_id, meeting_id, update_id, file_name, content_type, size, sha256, "
          "content_base64, uploaded_by, uploaded_at) VALUES (:process, :meeting, :update_id, :name, :type, :size, "
          ":sha, :content, :by, :at) RETURNING id")
          .Bind("process", static_cast<long long>(process))
          .Bind("meeting", meeting ? std::optional<long long>(*meeting) : std::nullopt)
          .Bind("update_id", update ? std::optional<long long>(*update) : std::nullopt)
          .Bind("name", file.file_name)
          .Bind("type", file.content_type)
          .Bind("size", static_cast<long long>(content.size()))
          .Bind("sha", file.sha256)
          .Bind("content", Base64Encode(content))
          .Bind("by", file.uploaded_by ? std::optional<long long>(*file.uploaded_by) : std::nullopt)
          .Bind("at", FormatIsoTimestamp(file.uploaded_at))
          .FetchOne();
  return *Find(process, AttachmentId{row->IntOr("id")});
}

std::optional<MeetingFile> SociFileRepository::Find(ProcessId process, AttachmentId id) {
  auto row = Sql(session_, std::string(kFileColumns) + " WHERE id = :id AND process_id = :process")
                 .Bind("id", static_cast<long long>(id))
                 .Bind("process", static_cast<long long>(process))
                 .FetchOne();
  if (!row) return std::nullopt;
  return FileFrom(*row);
}

std::optional<std::string> SociFileRepository::Content(AttachmentId id) {
  auto row = Sql(session_, "SELECT content_base64 FROM files WHERE id = :id")
                 .Bind("id", static_cast<long long>(id))
                 .FetchOne();
  if (!row) return std::nullopt;
  auto decoded = Base64Decode(row->TextOr("content_base64"));
  if (!decoded) throw StorageFailure("stored file " + std::to_string(id) + " is not valid base64");
  return decoded;
}

std::vector<MeetingFile> SociFileRepository::OfMeeting(MeetingId meeting) {
  std::vector<MeetingFile> files;
  for (const auto& row : Sql(session_, std::string(kFileColumns) + " WHERE meeting_id = :meeting ORDER BY id")
                             .Bind("meeting", static_cast<long long>(meeting))
                             .Fetch()) {
    files.push_back(FileFrom(row));
  }
  return files;
}

std::vector<MeetingFile> SociFileRepository::OfUpdate(std::int64_t update) {
  std::vector<MeetingFile> files;
  for (const auto& row : Sql(session_, std::string(kFileColumns) + " WHERE update_id = :update_id ORDER BY id")
                             .Bind("update_id", static_cast<long long>(update))
                             .Fetch()) {
    files.push_back(FileFrom(row));
  }
  return files;
}

std::pair<std::optional<MeetingId>, std::optional<std::int64_t>> SociFileRepository::Owner(AttachmentId id) {
  auto row = Sql(session_, "SELECT meeting_id, update_id FROM files WHERE id = :id")
                 .Bind("id", static_cast<long long>(id))
                 .FetchOne();
  if (!row) return {};
  std::pair<std::optional<MeetingId>, std::optional<std::int64_t>> owner;
  if (auto meeting = OptionalId<MeetingId>(row->Int("meeting_id"))) owner.first = *meeting;
  if (auto update = row->Int("update_id")) owner.second = *update;
  return owner;
}

void SociFileRepository::Delete(AttachmentId id) {
  Sql(session_, "DELETE FROM files WHERE id = :id").Bind("id", static_cast<long long>(id)).Execute();
}

}  // namespace enlace::storage
