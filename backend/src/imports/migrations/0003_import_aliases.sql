-- Names the Technical Secretariat mapped to codes while reviewing an import (issue 11): aliases of
-- the process that the next import of its reports applies, so that a body written the process's
-- own way is read right the second time. `name_key` is the name folded (ImportAliasKey).

CREATE TABLE import_aliases (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  code TEXT NOT NULL,
  created_by {{bigint}} NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  UNIQUE (process_id, name_key)
);
