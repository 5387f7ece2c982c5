#include "kernel/storage/file_bytes.hpp"
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

// Whole files are read in pieces of this size (PostgreSQL sends each as twice as much hex).
constexpr std::int64_t kFileReadChunk = 4 * 1024 * 1024;

}  // namespace

MeetingFile SociFileRepository::Add(ProcessId process, const MeetingFile& file, const std::string& content,
                                    std::optional<MeetingId> meeting, std::optional<std::int64_t> update) {
  auto row =
      Sql(session_,
          "INSERT INTO files (process_id, meeting_id, update_id, file_name, content_type, size, sha256, "
          "content, uploaded_by, uploaded_at) VALUES (:process, :meeting, :update_id, :name, :type, :size, :sha, " +
              BytesParameter(dialect_, "content") + ", :by, :at) RETURNING id")
          .Bind("process", static_cast<long long>(process))
          .Bind("meeting", meeting ? std::optional<long long>(*meeting) : std::nullopt)
          .Bind("update_id", update ? std::optional<long long>(*update) : std::nullopt)
          .Bind("name", file.file_name)
          .Bind("type", file.content_type)
          .Bind("size", static_cast<long long>(content.size()))
          .Bind("sha", file.sha256)
          .Bind("content", BytesParameterValue(dialect_, content))
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
  auto row = Sql(session_, "SELECT size FROM files WHERE id = :id").Bind("id", static_cast<long long>(id)).FetchOne();
  if (!row) return std::nullopt;
  auto size = row->IntOr("size");
  std::string content;
  content.reserve(static_cast<std::size_t>(size));
  for (std::int64_t offset = 0; offset < size; offset += kFileReadChunk) {
    auto chunk = ContentRange(id, offset, kFileReadChunk);
    if (!chunk) return std::nullopt;
    if (chunk->empty()) break;
    content += *chunk;
  }
  if (static_cast<std::int64_t>(content.size()) != size) {
    throw StorageFailure("stored file " + std::to_string(id) + " does not have its recorded size");
  }
  return content;
}

std::optional<std::string> SociFileRepository::ContentRange(AttachmentId id, std::int64_t offset, std::int64_t length) {
  if (offset < 0 || length < 0) return std::string();
  if (dialect_ == Dialect::kSqlite)
    return ReadSqliteBlobRange(session_, "files", "content", static_cast<long long>(id), offset, length);
  auto row = Sql(session_, "SELECT " + BytesRangeColumn(dialect_, "content", offset, length) +
                               " AS chunk FROM files WHERE id = :id")
                 .Bind("id", static_cast<long long>(id))
                 .FetchOne();
  if (!row) return std::nullopt;
  return BytesFromColumn(dialect_, row->TextOr("chunk"));
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
