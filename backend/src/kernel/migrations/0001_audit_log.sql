-- The audit log (M28), which every capability appends to.

-- Ids are assigned by the application under a lock (previous id + 1), so that a missing entry is
-- visible as a gap; each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
  id {{bigint}} PRIMARY KEY,
  at TEXT NOT NULL,
  process_id {{bigint}},
  actor_id {{bigint}},
  actor_email TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  reason TEXT NOT NULL,
  request_id TEXT NOT NULL,
  ip TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_process ON audit_log (process_id, id);
