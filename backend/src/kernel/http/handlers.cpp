#include "kernel/http/handlers.hpp"

namespace enlace::http {

Response FileDownloadResponse(const Request& request, const Result<FileDownload>& download) {
  if (!download) return ErrorResponse(download.error(), request);
  auto response = Attachment(download->file.content_type, download->file.file_name, download->content);
  response.With("Cache-Control", "private, no-store");
  return response;
}

Response NoContentOr(const Request& request, const Result<void>& done) {
  if (!done) return ErrorResponse(done.error(), request);
  return NoContent();
}

}  // namespace enlace::http
