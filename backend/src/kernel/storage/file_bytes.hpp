// The bytes of uploaded files in the database (issue 13): a BLOB on SQLite, a BYTEA on PostgreSQL,
// never base64 text. Several servers may share one PostgreSQL, so the bytes stay in the database.
//
// How SOCI 4.0 carries them (checked by tests/contract/file_bytes_contract_test.cpp):
// - SQLite: a std::string is bound as TEXT with its exact length (NUL bytes and invalid UTF-8
//   included); `CAST(:bytes AS BLOB)` stores those bytes as a BLOB, and a BLOB column reads back
//   into a std::string byte for byte. `substr` on a BLOB counts bytes.
// - PostgreSQL: SOCI's `blob` is a large object, not BYTEA, and a TEXT parameter may hold neither a
//   NUL byte nor invalid UTF-8; so the bytes travel as hexadecimal text: `decode(:hex, 'hex')` in,
//   `encode(substring(column from … for …), 'hex')` out.
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/storage/migrations.hpp"

namespace enlace::storage {

// The SQL expression that stores the bound parameter `name` as bytes, and the value to bind there.
std::string BytesParameter(Dialect dialect, const std::string& name);
std::string BytesParameterValue(Dialect dialect, std::string_view bytes);

// The SQL expression that reads `length` bytes of `column` from byte `offset` (0-based), and the
// bytes back from what that expression returned. Throws StorageFailure on a malformed value.
std::string BytesRangeColumn(Dialect dialect, const std::string& column, std::int64_t offset, std::int64_t length);
std::string BytesFromColumn(Dialect dialect, std::string value);

// SQLite: up to `length` bytes of the BLOB `column` of the row `rowid` of `table` from byte
// `offset`, read with SQLite's incremental blob I/O, which reads only those pages (substr would
// load the whole value for every piece); nullopt when there is no such row. Throws StorageFailure
// when SQLite fails otherwise.
std::optional<std::string> ReadSqliteBlobRange(soci::session& session, const char* table, const char* column,
                                               long long rowid, std::int64_t offset, std::int64_t length);

// Registers on a SQLite connection the functions its SQL lacks that the migrations use:
// enlace_unbase64(text, size) → the decoded BLOB, an error (the migration rolls back) when the text
// is not base64 or does not decode to exactly `size` bytes.
void RegisterSqliteByteFunctions(soci::session& session);

// Standard base64 ("=" padding); nullopt on any other character.
std::optional<std::string> DecodeStoredBase64(std::string_view text);
std::string EncodeStoredBase64(std::string_view bytes);

}  // namespace enlace::storage
