-- Report imports (M5): an uploaded or pasted report and the importer's reading of it, kept while
-- the Technical Secretariat reviews it and after it was confirmed into a meeting. The fingerprint
-- recognises the same report uploaded again (see domain/import_service.hpp).

CREATE TABLE imports (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  created_by {{bigint}} NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  file_name TEXT,
  source_format TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  reading_json TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed')),
  meeting_id {{bigint}} REFERENCES meetings(id) ON DELETE SET NULL,
  confirmed_at TEXT
);
CREATE INDEX imports_process ON imports (process_id, id);
CREATE INDEX imports_fingerprint ON imports (process_id, fingerprint);
