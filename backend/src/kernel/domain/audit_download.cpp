#include "kernel/domain/audit_download.hpp"

namespace enlace {

FileDownload AuditDownload(Store& store, Timestamp now, const RequestContext& context, const std::string& via,
                           FileDownload download) {
  auto record = AuditRecordFor(context, "file.download", "file", std::to_string(download.file.id));
  record.after = {{"file_name", download.file.file_name},
                  {"sha256", download.file.sha256},
                  {"size", download.file.size},
                  {"via", via}};
  auto transaction = store.Begin(TransactionMode::kWrite);
  transaction->audit().Append(record, now);
  transaction->Commit();
  return download;
}

}  // namespace enlace
