#include "kernel/storage/file_bytes.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>

#include "kernel/domain/store.hpp"

namespace enlace::storage {
namespace {

constexpr std::string_view kFileBytesBase64Alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kFileBytesHexDigits = "0123456789abcdef";

int FileBytesHexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void FileBytesUnbase64(sqlite_api::sqlite3_context* context, int count, sqlite_api::sqlite3_value** values) {
  using namespace sqlite_api;
  if (count != 2 || sqlite3_value_type(values[0]) == SQLITE_NULL) {
    sqlite3_result_error(context, "enlace_unbase64: needs the text and its size", -1);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
  std::string_view view(text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(values[0])));
  auto decoded = DecodeStoredBase64(view);
  if (!decoded) {
    sqlite3_result_error(context, "enlace_unbase64: a stored file is not valid base64", -1);
    return;
  }
  if (static_cast<sqlite3_int64>(decoded->size()) != sqlite3_value_int64(values[1])) {
    sqlite3_result_error(context, "enlace_unbase64: a stored file does not decode to its recorded size", -1);
    return;
  }
  sqlite3_result_blob64(context, decoded->data(), decoded->size(), SQLITE_TRANSIENT);
}

}  // namespace

std::string BytesParameter(Dialect dialect, const std::string& name) {
  return dialect == Dialect::kSqlite ? "CAST(:" + name + " AS BLOB)" : "decode(:" + name + ", 'hex')";
}

std::string BytesParameterValue(Dialect dialect, std::string_view bytes) {
  if (dialect == Dialect::kSqlite) return std::string(bytes);
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    hex += kFileBytesHexDigits[c >> 4];
    hex += kFileBytesHexDigits[c & 15];
  }
  return hex;
}

std::string BytesRangeColumn(Dialect dialect, const std::string& column, std::int64_t offset, std::int64_t length) {
  // Numbers written into the SQL, not bound: PostgreSQL would have to guess the parameters' types.
  auto from = std::to_string(offset + 1);
  auto count = std::to_string(length);
  return dialect == Dialect::kSqlite ? "substr(" + column + ", " + from + ", " + count + ")"
                                     : "encode(substring(" + column + " from " + from + " for " + count + "), 'hex')";
}

std::string BytesFromColumn(Dialect dialect, std::string value) {
  if (dialect == Dialect::kSqlite) return value;
  if (value.size() % 2 != 0) throw StorageFailure("stored bytes: odd hexadecimal length");
  std::string bytes;
  bytes.resize(value.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    int high = FileBytesHexValue(value[2 * i]);
    int low = FileBytesHexValue(value[2 * i + 1]);
    if (high < 0 || low < 0) throw StorageFailure("stored bytes: not hexadecimal");
    bytes[i] = static_cast<char>((high << 4) | low);
  }
  return bytes;
}

std::optional<std::string> ReadSqliteBlobRange(soci::session& session, const char* table, const char* column,
                                               long long rowid, std::int64_t offset, std::int64_t length) {
  using namespace sqlite_api;
  if (session.get_backend_name() != "sqlite3") throw StorageFailure("ReadSqliteBlobRange: not a SQLite session");
  auto* connection = static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
  sqlite3_blob* blob = nullptr;
  if (sqlite3_blob_open(connection, "main", table, column, rowid, 0, &blob) != SQLITE_OK) {
    std::string message = sqlite3_errmsg(connection);
    sqlite3_blob_close(blob);
    if (message.find("no such rowid") != std::string::npos) return std::nullopt;
    throw StorageFailure("cannot read stored bytes: " + message);
  }
  std::int64_t size = sqlite3_blob_bytes(blob);
  std::string bytes;
  if (offset < size && length > 0) {
    bytes.resize(static_cast<std::size_t>(std::min(length, size - offset)));
    if (sqlite3_blob_read(blob, bytes.data(), static_cast<int>(bytes.size()), static_cast<int>(offset)) != SQLITE_OK) {
      std::string message = sqlite3_errmsg(connection);
      sqlite3_blob_close(blob);
      throw StorageFailure("cannot read stored bytes: " + message);
    }
  }
  sqlite3_blob_close(blob);
  return bytes;
}

void RegisterSqliteByteFunctions(soci::session& session) {
  using namespace sqlite_api;
  // (static_cast: SOCI's shared library does not export the backend's type information.)
  if (session.get_backend_name() != "sqlite3") return;
  auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
  int rc = sqlite3_create_function_v2(backend->conn_, "enlace_unbase64", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      &FileBytesUnbase64, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) throw StorageFailure("could not register enlace_unbase64 on SQLite");
}

std::optional<std::string> DecodeStoredBase64(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3);
  unsigned value = 0;
  int bits = -8;
  for (char c : text) {
    if (c == '=') break;
    auto position = kFileBytesBase64Alphabet.find(c);
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

std::string EncodeStoredBase64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned value = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
    out += kFileBytesBase64Alphabet[(value >> 18) & 63];
    out += kFileBytesBase64Alphabet[(value >> 12) & 63];
    out += kFileBytesBase64Alphabet[(value >> 6) & 63];
    out += kFileBytesBase64Alphabet[value & 63];
  }
  if (i < bytes.size()) {
    unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kFileBytesBase64Alphabet[(value >> 18) & 63];
    out += kFileBytesBase64Alphabet[(value >> 12) & 63];
    out += i + 1 < bytes.size() ? kFileBytesBase64Alphabet[(value >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace enlace::storage
