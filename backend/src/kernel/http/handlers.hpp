// The steps that most route handlers share, so that each handler says only what is its own.
#pragma once

#include <cstdint>
#include <utility>

#include "kernel/domain/files.hpp"
#include "kernel/http/errors.hpp"
#include "kernel/http/json_input.hpp"
#include "kernel/http/message.hpp"

namespace enlace::http {

// A route /…/{id}: the id from the path, as the type of `act`'s parameter, then `act(id)`.
template <typename IdType, typename Act>
Response WithId(Request& request, Act&& act) {
  auto id = PathId<IdType>(request);
  if (!id) return ErrorResponse(id.error(), request);
  return act(*id);
}

// A write to /…/{id} with a JSON body: the id from the path, then the body read by
// `read(JsonInput&)`; every malformed field is answered at once, before `act(id, value)` runs.
template <typename IdType, typename Read, typename Act>
Response WithIdAndBody(Request& request, Read&& read, Act&& act) {
  auto id = PathId<IdType>(request);
  if (!id) return ErrorResponse(id.error(), request);
  auto input = JsonInput::Parse(request);
  if (!input) return ErrorResponse(input.error(), request);
  auto value = read(*input);
  if (auto done = input->Finish(); !done) return ErrorResponse(done.error(), request);
  return act(*id, std::move(value));
}

// A route /…/{id}/files/{file}: both ids from the path, then `act(id, file)`.
template <typename IdType, typename Act>
Response WithFileIds(Request& request, Act&& act) {
  auto id = PathId<IdType>(request);
  if (!id) return ErrorResponse(id.error(), request);
  auto file = PathId<AttachmentId>(request, "file");
  if (!file) return ErrorResponse(file.error(), request);
  return act(*id, *file);
}

// A stored file sent as an attachment that no cache keeps; the service's error otherwise.
Response FileDownloadResponse(const Request& request, const Result<FileDownload>& download);

// A write whose answer has no body: 204, or the service's error.
Response NoContentOr(const Request& request, const Result<void>& done);

// A record the service stored or found, answered with `status`, `to_body(record)` and the record's
// version as its ETag; the service's error otherwise.
template <typename T, typename ToBody>
Response VersionedRecord(const Request& request, const Result<T>& result, int status, ToBody&& to_body) {
  if (!result) return ErrorResponse(result.error(), request);
  return VersionedJson(status, to_body(*result), result->version);
}

// The same with the record's own JSON form, ToJson(record).
template <typename T>
Response VersionedRecord(const Request& request, const Result<T>& result, int status = 200) {
  return VersionedRecord(request, result, status, [](const T& record) { return ToJson(record); });
}

}  // namespace enlace::http
