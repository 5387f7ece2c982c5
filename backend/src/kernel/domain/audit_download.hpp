// Downloads in the audit log: who took which file, when (M28). A transaction of its own, after the
// file was read, so that a download never waits for or blocks a write longer than one append.
#pragma once

#include "kernel/domain/files.hpp"
#include "kernel/domain/store.hpp"

namespace enlace {

// Appends "file.download" for `download`, read by `context` through `via` ("meeting 4",
// "commitment 12", "cooperation_request 3"), and returns it unchanged.
FileDownload AuditDownload(Store& store, Timestamp now, const RequestContext& context, const std::string& via,
                           FileDownload download);

}  // namespace enlace
